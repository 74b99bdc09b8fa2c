import { Button, Caption1, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { Copy20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: { width: "100%" },
});

export interface NarrativePanelProps {
  t: Translate;
  /** The rendered text, one paragraph a line. */
  text: string;
  omitted: { row: number; indicator: string; reason: string }[];
  busy?: boolean;
  onInsert: (atSelection: boolean) => void;
  onCopy: () => void;
}

/** 生成综述's preview with 插入到工作表 and 复制. */
export function NarrativePanel({ t, text, omitted, busy, onInsert, onCopy }: NarrativePanelProps) {
  const s = useStyles();
  return (
    <section className={s.root} aria-label={t("narrative.label")}>
      <Field label={t("narrative.label")}>
        <Textarea className={s.preview} readOnly value={text || t("narrative.empty")} rows={8} resize="vertical" data-testid="narrative-preview" />
      </Field>
      {omitted.length > 0 && (
        <Caption1>
          {t("narrative.omitted", { count: omitted.length })} {omitted.map((o) => `${o.indicator}（${o.reason}）`).join("；")}
        </Caption1>
      )}
      <div className={s.actions}>
        <Button appearance="primary" icon={<TableAdd20Regular />} disabled={busy || !text} onClick={() => onInsert(false)}>
          {t("action.insert")}
        </Button>
        <Button disabled={busy || !text} onClick={() => onInsert(true)}>
          {t("action.insertAtSelection")}
        </Button>
        <Button icon={<Copy20Regular />} disabled={busy || !text} onClick={onCopy}>
          {t("action.copy")}
        </Button>
      </div>
    </section>
  );
}
