import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ReportSummary } from "../../core/findings";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
});

/** Counts by severity; verified warnings (核实) are counted apart from the open ones. */
export function Counts({ t, summary }: { t: Translate; summary: ReportSummary }) {
  const s = useStyles();
  const items: { key: string; label: string; n: number; color: "danger" | "warning" | "success" | "informative" }[] = [
    { key: "error", label: t("counts.error"), n: summary.error, color: "danger" },
    { key: "warning", label: t("counts.warning"), n: summary.warning, color: "warning" },
    { key: "explained", label: t("counts.explained"), n: summary.explained ?? 0, color: "success" },
    { key: "info", label: t("counts.info"), n: summary.info, color: "informative" },
  ];
  return (
    <ul className={s.root} aria-label={t("counts.label")}>
      {items.map((it) => (
        <li key={it.key}>
          <Badge appearance={it.n > 0 ? "filled" : "outline"} color={it.color} size="large" data-testid={`count-${it.key}`}>
            {it.label} {it.n}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
