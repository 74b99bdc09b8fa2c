import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { DocumentSearch24Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    color: tokens.colorNeutralForeground2,
  },
});

export function EmptyState({ t }: { t: Translate }) {
  const s = useStyles();
  return (
    <section className={s.root} aria-labelledby="jiaohe-empty-title">
      <DocumentSearch24Regular aria-hidden />
      <Subtitle2 id="jiaohe-empty-title" as="h2">
        {t("empty.title")}
      </Subtitle2>
      <Body1>{t("empty.body")}</Body1>
    </section>
  );
}
