import { Checkbox, Dropdown, Field, Label, makeStyles, Option, tokens, useId } from "@fluentui/react-components";
import * as React from "react";
import type { FindingCode, Severity } from "../../core/findings";
import { SEVERITIES } from "../../core/findings";
import type { FindingFilter } from "../findings-view";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severities: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface FindingsFilterProps {
  t: Translate;
  filter: FindingFilter;
  codes: readonly FindingCode[];
  onChange: (f: FindingFilter) => void;
}

export function FindingsFilter({ t, filter, codes, onChange }: FindingsFilterProps) {
  const s = useStyles();
  const severityLabelId = useId("severity-label");
  const severityLabel: Record<Severity, string> = { error: t("counts.error"), warning: t("counts.warning"), info: t("counts.info") };
  function toggle(sev: Severity, on: boolean) {
    const next = SEVERITIES.filter((x) => (x === sev ? on : filter.severities.includes(x)));
    onChange({ ...filter, severities: next });
  }
  return (
    <div className={s.root} role="group" aria-label={t("filter.label")}>
      {/* A labelled group, not a Field: a Field gives its one control an id, and would give it to all three. */}
      <Label id={severityLabelId}>{t("filter.severity")}</Label>
      <div className={s.severities} role="group" aria-labelledby={severityLabelId}>
        {SEVERITIES.map((sev) => (
          <Checkbox key={sev} label={severityLabel[sev]} checked={filter.severities.includes(sev)} onChange={(_, d) => toggle(sev, d.checked === true)} />
        ))}
      </div>
      <Field label={t("filter.code")}>
        <Dropdown
          className={s.dropdown}
          multiselect
          placeholder={t("filter.allCodes")}
          value={filter.codes.join(", ")}
          selectedOptions={[...filter.codes]}
          onOptionSelect={(_, d) => onChange({ ...filter, codes: d.selectedOptions as FindingCode[] })}
        >
          {codes.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
