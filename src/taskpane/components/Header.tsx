import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { CheckmarkSquare24Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
});

export function Header({ t }: { t: Translate }) {
  const s = useStyles();
  return (
    <header className={s.root}>
      <CheckmarkSquare24Regular className={s.icon} aria-hidden />
      <div className={s.text}>
        <Subtitle1 as="h1">{t("app.title")}</Subtitle1>
        <Caption1>{t("app.subtitle")}</Caption1>
      </div>
    </header>
  );
}
