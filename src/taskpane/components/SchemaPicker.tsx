import { Button, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, tokens } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Locale } from "../../core/findings";
import { BUILTIN_SCHEMAS, describeJsonError, parseSchemaText, type Schema } from "../../core/schema";
import type { Translate } from "../i18n";

/** The schema in use: a built-in by id, or one the user loaded from a file. */
export interface ChosenSchema {
  id: string;
  schema: Schema;
  /** File name when loaded by the user. */
  file?: string;
}

export interface SchemaPickerProps {
  t: Translate;
  locale: Locale;
  value: ChosenSchema;
  onChange: (chosen: ChosenSchema) => void;
  disabled?: boolean;
}

type LoadProblem = { kind: "syntax"; text: string } | { kind: "problems"; file: string; items: { path: string; message: string }[] };

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  dropdown: { minWidth: "0", flexGrow: 1 },
  // The native file input stays in the DOM for the file dialog; the Fluent button opens it.
  file: { display: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  path: { fontFamily: tokens.fontFamilyMonospace },
});

/** A file's text: Blob.text() where the webview has it (older Safari-based hosts do not), else FileReader. */
function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

function schemaLabel(schema: Schema, locale: Locale): string {
  return locale === "en-US" ? schema.name.en : schema.name.zh;
}

export function SchemaPicker({ t, locale, value, onChange, disabled }: SchemaPickerProps) {
  const s = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [problem, setProblem] = React.useState<LoadProblem | null>(null);

  const options = BUILTIN_SCHEMAS.map((schema) => ({ id: schema.id, label: schemaLabel(schema, locale) }));
  if (value.file) options.push({ id: value.id, label: value.file });

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const text = await readText(file);
    const result = parseSchemaText(text, { locale });
    if (result.ok) {
      setProblem(null);
      onChange({ id: `file:${file.name}`, schema: result.schema, file: file.name });
    } else if ("syntax" in result) {
      const { line, column } = result.syntax;
      setProblem({ kind: "syntax", text: t("schema.syntax", { file: file.name, line, column, reason: describeJsonError(result.syntax, locale) }) });
    } else {
      setProblem({ kind: "problems", file: file.name, items: result.problems });
    }
  }

  return (
    <div>
      <div className={s.row}>
        <Field label={t("schema.label")} className={s.dropdown}>
          <Dropdown
            value={options.find((o) => o.id === value.id)?.label ?? ""}
            selectedOptions={[value.id]}
            disabled={disabled}
            onOptionSelect={(_, data) => {
              const schema = BUILTIN_SCHEMAS.find((b) => b.id === data.optionValue);
              if (schema) {
                setProblem(null);
                onChange({ id: schema.id, schema });
              }
            }}
          >
            {options.map((o) => (
              <Option key={o.id} value={o.id}>
                {o.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => fileInput.current?.click()}>
          {t("schema.load")}
        </Button>
        <input ref={fileInput} className={s.file} type="file" accept=".json,application/json" onChange={onFile} data-testid="schema-file" />
      </div>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {problem.kind === "syntax" ? (
              problem.text
            ) : (
              <>
                {t("schema.broken", { file: problem.file, count: problem.items.length })}
                <ul className={s.list}>
                  {problem.items.map((p, i) => (
                    <li key={i}>
                      <span className={s.path}>{p.path || t("schema.rootPath")}</span>: {p.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
