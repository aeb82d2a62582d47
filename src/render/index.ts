// The rendering stage's public surface. Every renderer is pure: data and options in,
// a string out. Colour is an option, never detected here; the CLI does the I/O.
import type { ExtractedDocument, RealTermsReport } from "../model/types.js";
import { extractionToCsv, realTermsToCsv } from "./csv.js";
import { extractionToJson } from "./extractionJson.js";
import { extractionToTerminal } from "./extractionTable.js";
import type { Lang } from "./format.js";
import { realTermsToJson } from "./json.js";
import { realTermsToMarkdown } from "./markdown.js";
import { realTermsToTerminal } from "./terminal.js";

export { formatKroner, formatPercent, langs, type Lang } from "./format.js";
export { renderSentence } from "./sentence.js";
export { explainToText } from "./explain.js";

export const realTermsFormats = ["table", "csv", "md", "json"] as const;
export type RealTermsFormat = (typeof realTermsFormats)[number];

export const extractionFormats = ["table", "csv", "json"] as const;
export type ExtractionFormat = (typeof extractionFormats)[number];

export interface RealTermsRenderOptions {
  format: RealTermsFormat;
  color: boolean;
  /** Language of headers and notes in `table` and `md` (default "nb"). CSV and JSON keys do not change. */
  lang?: Lang;
}

export interface ExtractionRenderOptions {
  format: ExtractionFormat;
  color: boolean;
}

export function renderRealTerms(report: RealTermsReport, options: RealTermsRenderOptions): string {
  const lang = options.lang ?? "nb";
  switch (options.format) {
    case "table":
      return realTermsToTerminal(report, { color: options.color, lang });
    case "csv":
      return realTermsToCsv(report);
    case "md":
      return realTermsToMarkdown(report, lang);
    case "json":
      return realTermsToJson(report);
    default: {
      const unreachable: never = options.format;
      return unreachable;
    }
  }
}

export function renderExtraction(docs: readonly ExtractedDocument[], options: ExtractionRenderOptions): string {
  switch (options.format) {
    case "table":
      return extractionToTerminal(docs, options.color);
    case "csv":
      return extractionToCsv(docs);
    case "json":
      return extractionToJson(docs);
    default: {
      const unreachable: never = options.format;
      return unreachable;
    }
  }
}
