import type { Locale } from "../findings/types";
import type { ColumnRole, IndicatorKind } from "../table/types";

/** Which cell a figure in the text was read from, and how. */
export type FigureRole = Extract<ColumnRole, "value" | "previous" | "growth" | "target" | "completion"> | "change";

/** One figure of a paragraph's text with the cell it came from (for the add-in's links). */
export interface NarrativeFigure {
  /** The figure as written in the text (4.48亿元, 4.8%, 3.2个百分点). */
  text: string;
  /** 0-based offset and length in UTF-16 units within the paragraph's `text`. */
  offset: number;
  length: number;
  /** A1 address of the source cell; for a figure computed from two cells, the first of them. */
  cell: string;
  /** 1-based worksheet row. */
  row: number;
  /** What the figure states: the value, last year's, the growth, the target, the completion, or a change computed from value and previous. */
  role?: FigureRole;
  /** For computed figures (a growth or change the table did not state): every cell it was computed from. */
  derivedFrom?: string[];
}

export interface NarrativeParagraph {
  /** The category as the table (or the schema) names it; "" when the table has none. */
  category: string;
  /** The outline heading: (一)社会救助。 ("" for an uncategorised table's only paragraph). */
  heading: string;
  /** The sentences, without the heading. */
  text: string;
  figures: NarrativeFigure[];
}

export interface NarrativeOmission {
  /** 1-based worksheet row. */
  row: number;
  indicator: string;
  /** Why it is not stated as fact, in the narrative's language. */
  reason: string;
  /** True when a marker stands in its place in the text. */
  marked?: boolean;
}

export interface Narrative {
  paragraphs: NarrativeParagraph[];
  omitted: NarrativeOmission[];
}

export interface NarrateOptions {
  locale?: Locale;
  /** A row with an error finding: a visible 【待核实…】 marker in place (default) or left out. */
  onError?: "mark" | "omit";
  /**
   * Follow a row that has warnings with a 【请留意…】 marker (default false: they are narrated
   * plainly). Warnings that doubt the figure as written (non-integer-count, scale-suspect) are
   * handled as errors whatever this says, until someone records an explanation.
   */
  markWarnings?: boolean;
}

export type { IndicatorKind };
