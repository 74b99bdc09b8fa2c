import {
  Button,
  Divider,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  type Theme,
  tokens,
  webLightTheme,
  Field,
  Caption1,
  Switch,
} from "@fluentui/react-components";
import { Broom20Regular, DocumentText20Regular, PlayCircle20Regular, TableSimple20Regular } from "@fluentui/react-icons";
import * as React from "react";
import { type Finding, type Locale, sheetReport, summarize, type Report } from "../core/findings";
import { narrate, renderNarrative, type Narrative } from "../core/narrative";
import { getBuiltinSchema } from "../core/schema";
import type { TableModel } from "../core/table/types";
import * as excel from "../excel";
import { copyText } from "./clipboard";
import { Counts } from "./components/Counts";
import { EmptyState } from "./components/EmptyState";
import { FindingDetail } from "./components/FindingDetail";
import { FindingsFilter } from "./components/FindingsFilter";
import { FindingsTree } from "./components/FindingsTree";
import { Header } from "./components/Header";
import { NarrativePanel } from "./components/NarrativePanel";
import { type ChosenSchema, SchemaPicker } from "./components/SchemaPicker";
import { ALL_SEVERITIES, applyFilter, codesPresent, type FindingFilter, type FindingItem, groupFindings, withExplanation } from "./findings-view";
import { makeTranslate } from "./i18n";

/** The last check's result, as the pane keeps it. */
interface Checked {
  sheet: string;
  table: TableModel;
  findings: Finding[];
  report?: Report;
  marked: number;
  unmarked: number;
  markMode?: excel.CheckOutcome["markMode"];
}

type Status = { intent: "success" | "info" | "warning" | "error"; text: string } | null;
type Progress = { value?: number; text: string } | null;

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "0",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  locale: Locale;
  theme?: Theme;
  /** True when the page runs outside Excel (office.js found no host): say so, keep the pane usable. */
  hostMissing?: boolean;
}

/** The schema the commands (ribbon) also use: the pane remembers a built-in choice here. */
export const SCHEMA_STORAGE_KEY = "jiaohe.schema";

function initialSchema(): ChosenSchema {
  let id = "civil-affairs";
  try {
    id = globalThis.localStorage?.getItem(SCHEMA_STORAGE_KEY) ?? id;
  } catch {
    // storage may be denied; the default stands
  }
  const schema = getBuiltinSchema(id) ?? getBuiltinSchema("civil-affairs") ?? getBuiltinSchema("generic")!;
  return { id: schema.id, schema };
}

/** The excel layer reports reading as a fraction 0..1. */
function progressOf(fraction: number, t: ReturnType<typeof makeTranslate>): Progress {
  return Number.isFinite(fraction) ? { value: Math.max(0, Math.min(1, fraction)), text: t("progress.reading") } : { text: t("progress.reading") };
}

/** Whether the host can re-check on edits (worksheet.onChanged); false when it cannot say. */
function liveSupported(): boolean {
  try {
    return excel.hostCapabilities().onChanged;
  } catch {
    return false;
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function App({ locale, theme = webLightTheme, hostMissing = false }: AppProps) {
  const s = useStyles();
  const t = React.useMemo(() => makeTranslate(locale), [locale]);
  const [chosen, setChosen] = React.useState<ChosenSchema>(initialSchema);
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<Progress>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const [checked, setChecked] = React.useState<Checked | null>(null);
  const [filter, setFilter] = React.useState<FindingFilter>(ALL_SEVERITIES);
  const [activeId, setActiveId] = React.useState<string | null>(null);
  const [narrative, setNarrative] = React.useState<Narrative | null>(null);
  const [live, setLive] = React.useState(false);
  const stopLive = React.useRef<(() => Promise<void>) | null>(null);
  React.useEffect(() => () => void stopLive.current?.(), []);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setStatus(null);
    try {
      await action();
    } catch (e) {
      setStatus({ intent: "error", text: t("error.generic", { message: messageOf(e) }) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  function chooseSchema(c: ChosenSchema) {
    setChosen(c);
    if (!c.file) {
      try {
        globalThis.localStorage?.setItem(SCHEMA_STORAGE_KEY, c.id);
      } catch {
        // storage may be denied; the ribbon then uses its default
      }
    }
  }

  function keep(result: excel.CheckOutcome) {
    setChecked({
      sheet: result.sheet,
      table: result.table,
      findings: result.findings,
      report: result.report,
      marked: result.marked ?? 0,
      unmarked: result.unmarked ?? 0,
      markMode: result.markMode,
    });
  }

  const onCheck = () =>
    run(async () => {
      setProgress({ text: t("progress.reading") });
      const result = await excel.checkActiveSheet({
        schema: chosen.schema,
        schemaId: chosen.id,
        locale,
        mark: true,
        onProgress: (fraction) => setProgress(progressOf(fraction, t)),
      });
      keep(result);
      setActiveId(null);
      setNarrative(null);
      setFilter(ALL_SEVERITIES);
    });

  const onClear = () =>
    run(async () => {
      const { restored } = await excel.clearMarks();
      // The list stays for reference; the sheet no longer carries marks.
      setChecked((c) => (c ? { ...c, marked: 0, unmarked: 0 } : c));
      setStatus({ intent: "success", text: t("clear.done", { count: restored }) });
    });

  const onSelect = (item: FindingItem) => {
    setActiveId(item.id);
    const cell = item.finding.cell;
    if (checked && cell) {
      excel.selectCell(checked.sheet, cell).catch((e: unknown) => setStatus({ intent: "error", text: t("error.generic", { message: messageOf(e) }) }));
    }
  };

  const onExplain = (finding: Finding, text: string) =>
    run(async () => {
      if (!checked || !finding.indicator) return;
      await excel.saveExplanation({ sheet: checked.sheet, indicator: finding.indicator, code: finding.code, text, at: new Date().toISOString() }, { severity: finding.severity });
      setChecked({ ...checked, findings: withExplanation(checked.findings, finding, text) });
      setStatus({ intent: "success", text: t("detail.saved") });
    });

  const onUnexplain = (finding: Finding) =>
    run(async () => {
      if (!checked || !finding.indicator) return;
      await excel.removeExplanation({ sheet: checked.sheet, indicator: finding.indicator, code: finding.code });
      setChecked({ ...checked, findings: withExplanation(checked.findings, finding, undefined) });
      setStatus({ intent: "info", text: t("detail.removed") });
    });

  const onFindingsSheet = () =>
    run(async () => {
      if (!checked) return;
      const report = sheetReport(checked.report?.source ?? checked.sheet, chosen.id, [{ name: checked.sheet, findings: checked.findings }]);
      const { sheet } = await excel.writeFindingsSheet(report, locale);
      setStatus({ intent: "success", text: t("findingsSheet.done", { sheet }) });
    });

  const onLive = (on: boolean) =>
    run(async () => {
      if (!on) {
        const stop = stopLive.current;
        stopLive.current = null;
        setLive(false);
        await stop?.();
        return;
      }
      if (!liveSupported()) {
        setStatus({ intent: "warning", text: t("live.unsupported") });
        return;
      }
      stopLive.current = await excel.startLiveMode({
        schema: chosen.schema,
        schemaId: chosen.id,
        locale,
        onFindings: (result) => {
          keep(result);
          setStatus({ intent: "info", text: t("live.updated") });
        },
        onError: (e) => setStatus({ intent: "error", text: t("error.generic", { message: messageOf(e) }) }),
      });
      setLive(true);
    });

  const onNarrate = () => {
    if (!checked) {
      setStatus({ intent: "warning", text: t("narrative.needsCheck") });
      return;
    }
    setStatus(null);
    setNarrative(narrate(checked.table, checked.findings, chosen.schema, { locale }));
  };

  const narrativeText = narrative ? renderNarrative(narrative, "text").trim() : "";

  const onInsert = (atSelection: boolean) =>
    run(async () => {
      if (!narrative) return;
      await excel.writeNarrativeSheet(narrative.paragraphs, { atSelection });
      setStatus({ intent: "success", text: atSelection ? t("narrative.insertedAtSelection") : t("narrative.inserted") });
    });

  const onCopy = async () => {
    const ok = await copyText(narrativeText);
    setStatus(ok ? { intent: "success", text: t("narrative.copied") } : { intent: "warning", text: t("narrative.copyFailed") });
  };

  const items = checked ? applyFilter(checked.findings, filter) : [];
  const groups = checked ? groupFindings(items, checked.table) : [];
  const active = checked && activeId !== null ? checked.findings[Number(activeId)] : undefined;

  return (
    <FluentProvider theme={theme} className={s.provider} lang={locale}>
      <Header t={t} />
      <main className={s.main}>
        {hostMissing && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("app.noHost")}</MessageBarBody>
          </MessageBar>
        )}
        <SchemaPicker t={t} locale={locale} value={chosen} onChange={chooseSchema} disabled={busy} />
        <div className={s.actions}>
          <Button appearance="primary" icon={<PlayCircle20Regular />} disabled={busy} onClick={onCheck}>
            {busy && progress ? t("action.checking") : t("action.check")}
          </Button>
          <Button icon={<Broom20Regular />} disabled={busy} onClick={onClear}>
            {t("action.clear")}
          </Button>
          <Button icon={<DocumentText20Regular />} disabled={busy || !checked} onClick={onNarrate}>
            {t("action.narrate")}
          </Button>
          <Button icon={<TableSimple20Regular />} disabled={busy || !checked || checked.findings.length === 0} onClick={onFindingsSheet}>
            {t("action.findingsSheet")}
          </Button>
        </div>
        <Switch label={t("live.label")} checked={live} disabled={busy} onChange={(_, d) => onLive(d.checked)} />
        {progress && (
          <Field validationMessage={progress.text} validationState="none">
            <ProgressBar value={progress.value} thickness="large" aria-label={progress.text} />
          </Field>
        )}
        {status && (
          <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        {!checked && !progress && <EmptyState t={t} />}
        {checked && (
          <>
            <Divider />
            <Counts t={t} summary={summarize(checked.findings)} />
            {checked.marked > 0 && <Caption1>{t("counts.marked", { count: checked.marked })}</Caption1>}
            {checked.unmarked > 0 && <Caption1>{t("counts.unmarked", { count: checked.unmarked })}</Caption1>}
            {checked.markMode === "list" && checked.findings.length > 0 && <Caption1>{t("counts.listOnly")}</Caption1>}
            {checked.findings.length === 0 ? (
              <MessageBar intent="success">
                <MessageBarBody>{t("findings.none")}</MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <FindingsFilter t={t} filter={filter} codes={codesPresent(checked.findings)} onChange={setFilter} />
                {groups.length === 0 ? <Caption1>{t("filter.none")}</Caption1> : <FindingsTree t={t} groups={groups} activeId={activeId} onSelect={onSelect} />}
              </>
            )}
            {active && <FindingDetail t={t} finding={active} busy={busy} onExplain={onExplain} onUnexplain={onUnexplain} />}
          </>
        )}
        {narrative && (
          <>
            <Divider />
            <NarrativePanel t={t} text={narrativeText} omitted={narrative.omitted} busy={busy} onInsert={onInsert} onCopy={onCopy} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}
