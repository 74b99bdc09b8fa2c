/*
 * The ribbon's function commands (manifest: ExecuteFunction). They run without the pane:
 * 检查 checks and marks the active sheet and reports the counts; 生成综述 writes the narrative sheet.
 */
import { type Locale, summarize } from "../core/findings";
import { narrate } from "../core/narrative";
import { getBuiltinSchema, type Schema } from "../core/schema";
import { checkActiveSheet, writeNarrativeSheet } from "../excel";
import { commandMessages } from "./messages";

/* global Office, localStorage, window */

/** The pane stores the user's built-in schema choice under this key (see src/taskpane/App.tsx). */
const SCHEMA_STORAGE_KEY = "jiaohe.schema";

function currentLocale(): Locale {
  const lang = Office.context?.displayLanguage;
  return lang && /^en\b/i.test(lang) ? "en-US" : "zh-CN";
}

function currentSchema(): { id: string; schema: Schema } {
  let id = "civil-affairs";
  try {
    id = localStorage.getItem(SCHEMA_STORAGE_KEY) ?? id;
  } catch {
    // storage denied: the default stands
  }
  const schema = getBuiltinSchema(id) ?? getBuiltinSchema("civil-affairs") ?? getBuiltinSchema("generic")!;
  return { id: schema.id, schema };
}

/**
 * Shows a short message in a small dialog and resolves when it closes (by its button, by the user,
 * or after `autoCloseMs`). Excel gives function commands no other way to speak to the user.
 * Resolves at once when the host has no dialog API (the marks on the sheet still say it all).
 */
export function notify(title: string, text: string, locale: Locale, autoCloseMs = 15000): Promise<void> {
  return new Promise((resolve) => {
    const ui = Office.context?.ui;
    if (!ui || typeof ui.displayDialogAsync !== "function") return resolve();
    const q = new URLSearchParams({ title, text, ok: commandMessages(locale).ok, lang: locale });
    const url = `${window.location.origin}/notice.html?${q.toString()}`;
    ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = res.value;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        try {
          dialog.close();
        } catch {
          // already closed by the user
        }
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      window.setTimeout(finish, autoCloseMs);
    });
  });
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** 检查: check and mark the active sheet without opening the pane, then report the counts. */
export async function checkSheet(event: Office.AddinCommands.Event): Promise<void> {
  const locale = currentLocale();
  const msg = commandMessages(locale);
  try {
    const { id, schema } = currentSchema();
    const result = await checkActiveSheet({ schema, schemaId: id, locale, mark: true });
    const s = summarize(result.findings);
    await notify(msg.checkTitle, msg.checkCounts({ error: s.error, warning: s.warning, explained: s.explained ?? 0, info: s.info, marked: result.marked ?? 0 }), locale);
  } catch (e) {
    await notify(msg.failedTitle, messageOf(e), locale);
  } finally {
    event.completed();
  }
}

/** 生成综述: check without marking, then write the narrative to the sheet 情况综述. */
export async function writeNarrative(event: Office.AddinCommands.Event): Promise<void> {
  const locale = currentLocale();
  const msg = commandMessages(locale);
  try {
    const { id, schema } = currentSchema();
    const result = await checkActiveSheet({ schema, schemaId: id, locale, mark: false });
    const narrative = narrate(result.table, result.findings, schema, { locale });
    await writeNarrativeSheet(narrative.paragraphs, {});
  } catch (e) {
    await notify(msg.failedTitle, messageOf(e), locale);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Nothing to prepare: the commands read the sheet when they run.
});

// Bound at load, as the template does, so the manifest's FunctionName finds them at once.
Office.actions.associate("checkSheet", checkSheet);
Office.actions.associate("writeNarrative", writeNarrative);
