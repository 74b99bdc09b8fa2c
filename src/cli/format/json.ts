import type { Report } from "../../core/findings";

/**
 * A report as JSON in the shape of ../shared/spec/findings.md, on one line. Several files give
 * several lines (JSON Lines): each line is one complete report, so a single file's output is
 * plain JSON and a batch can be read line by line.
 */
export function renderJson(report: Report): string {
  return JSON.stringify(report) + "\n";
}
