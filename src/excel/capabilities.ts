/**
 * What the host can do, from `Office.context.requirements.isSetSupported("ExcelApi", v)`.
 * Every feature beyond the baseline is optional: the add-in degrades, never fails.
 */
import type { HostCapabilities } from "./types";

/* global Office */

function isSet(version: string): boolean {
  try {
    const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return !!req && typeof req.isSetSupported === "function" && req.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function hostCapabilities(): HostCapabilities {
  const v19 = isSet("1.9");
  return {
    baseline: isSet("1.4"),
    onChanged: isSet("1.7"),
    workbookName: isSet("1.7"),
    enableEvents: isSet("1.8"),
    getRanges: v19,
    cellProperties: v19,
    tablesAtRange: v19,
    suspendScreenUpdating: v19,
    comments: isSet("1.10"),
    mergedAreas: isSet("1.13"),
    notes: isSet("1.18"),
  };
}

/** How findings reach the sheet on this host: fill + note, fill + comment, or only the list. */
export type MarkMode = "notes" | "comments" | "fill" | "list";

export function markMode(caps: HostCapabilities): MarkMode {
  if (!caps.getRanges || !caps.cellProperties) return "list";
  if (caps.notes) return "notes";
  if (caps.comments) return "comments";
  return "fill";
}

/** True when the pane runs in Excel on the web, where the 5 MB payload limit applies. */
export function isWebHost(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType?.OfficeOnline;
  } catch {
    return false;
  }
}
