import { Body1, Button, Caption1, Card, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../core/findings";
import { canExplain } from "../findings-view";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FindingDetailProps {
  t: Translate;
  finding: Finding;
  busy?: boolean;
  onExplain: (finding: Finding, text: string) => void;
  onUnexplain: (finding: Finding) => void;
}

/** The selected finding, and 核实: a warning may stand once someone records why the figure is right. */
export function FindingDetail({ t, finding, busy, onExplain, onUnexplain }: FindingDetailProps) {
  const s = useStyles();
  const [text, setText] = React.useState(finding.explanation ?? "");
  React.useEffect(() => setText(finding.explanation ?? ""), [finding]);
  return (
    <Card className={s.root} aria-label={t("detail.label")} data-testid="finding-detail">
      <Text>
        <span className={s.cell}>{finding.cell ?? t("findings.noCell")}</span> {finding.indicator ?? finding.column ?? ""} · {finding.code}
      </Text>
      <Body1>{finding.message}</Body1>
      {finding.severity === "error" && <Caption1>{t("detail.errorCannotExplain")}</Caption1>}
      {finding.severity === "info" && <Caption1>{t("detail.infoNoExplain")}</Caption1>}
      {canExplain(finding) && (
        <>
          <Field label={t("detail.explainLabel")}>
            <Textarea value={text} placeholder={t("detail.explainPlaceholder")} onChange={(_, d) => setText(d.value)} resize="vertical" />
          </Field>
          <div className={s.actions}>
            <Button appearance="primary" disabled={busy || !text.trim() || text.trim() === finding.explanation} onClick={() => onExplain(finding, text.trim())}>
              {t("action.explain")}
            </Button>
            {finding.explanation && (
              <Button disabled={busy} onClick={() => onUnexplain(finding)}>
                {t("action.unexplain")}
              </Button>
            )}
          </div>
        </>
      )}
    </Card>
  );
}
