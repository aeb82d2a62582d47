// Command-line values are checked here, once; later stages trust them.
import { Decimal } from "decimal.js";
import { realTermsFormats, extractionFormats, langs, type Lang, type RealTermsFormat, type ExtractionFormat } from "../render/index.js";
import { UsageError } from "./errors.js";

const SERIES_HELP = "--cpi (KPI), --cpi-jae (KPI-JAE), --deflator (kommunal deflator) or --series FILE";

export interface CompareOptions {
  from: number;
  to: number;
  files: string[];
  example: boolean;
  series: { kind: "kpi" } | { kind: "kpi-jae" } | { kind: "deflator" } | { kind: "custom"; file: string };
  items: string[];
  columns: string[];
  pricesOf: number;
  format: RealTermsFormat;
  lang: Lang;
  assume: Map<number, Decimal>;
  strict: boolean;
  noColor: boolean;
}

export interface RawCompare {
  cpi?: boolean;
  cpiJae?: boolean;
  deflator?: boolean;
  series?: string;
  item?: string[];
  column?: string[];
  inPricesOf?: string;
  format?: string;
  lang?: string;
  assume?: string[];
  strict?: boolean;
  debug?: boolean;
  example?: boolean;
  color?: boolean;
}

export function parseYear(text: string, what: string): number {
  if (!/^\d{4}$/.test(text.trim())) {
    throw new UsageError(`${what} "${text}" is not a year: give four digits, e.g. bop-real 2022 2026 --cpi budsjett.pdf`);
  }
  const year = Number(text);
  if (year < 1900 || year > 2100) throw new UsageError(`${what} ${year} is out of range: give a year between 1900 and 2100`);
  return year;
}

export function compareOptions(fromText: string, toText: string, files: string[], raw: RawCompare): CompareOptions {
  const from = parseYear(fromText, "from-year");
  const to = parseYear(toText, "to-year");
  if (from >= to) throw new UsageError(`the first year (${from}) must come before the second (${to}), e.g. bop-real 2022 2026 --cpi budsjett.pdf`);
  if (files.length === 0 && !raw.example) {
    throw new UsageError("no budget document given: add the path of a PDF, e.g. bop-real 2022 2026 --cpi budsjett.pdf (or --example to try the built-in example)");
  }
  if (files.length > 0 && raw.example) throw new UsageError("give either documents or --example, not both");
  return {
    from,
    to,
    files,
    example: raw.example === true,
    series: seriesChoice(raw),
    items: raw.item ?? [],
    columns: raw.column ?? [],
    pricesOf: raw.inPricesOf === undefined ? from : parseYear(raw.inPricesOf, "--in-prices-of"),
    format: choice(raw.format ?? "table", realTermsFormats, "--format"),
    lang: choice(raw.lang ?? "nb", langs, "--lang"),
    assume: parseAssumptions(raw.assume ?? []),
    strict: raw.strict === true,
    noColor: raw.color === false,
  };
}

function seriesChoice(raw: RawCompare): CompareOptions["series"] {
  const chosen = [raw.cpi && "--cpi", raw.cpiJae && "--cpi-jae", raw.deflator && "--deflator", raw.series !== undefined && "--series"].filter(Boolean);
  if (chosen.length === 0) throw new UsageError(`choose a price series to deflate with: ${SERIES_HELP}`);
  if (chosen.length > 1) throw new UsageError(`choose one price series, not ${chosen.join(" and ")}: ${SERIES_HELP}`);
  if (raw.cpi) return { kind: "kpi" };
  if (raw.cpiJae) return { kind: "kpi-jae" };
  if (raw.deflator) return { kind: "deflator" };
  return { kind: "custom", file: raw.series! };
}

export function choice<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} "${value}" is not one of ${allowed.join(", ")}`);
}

/** `--assume 2026=3.0`: per cent growth on the year before; a decimal comma is fine. */
export function parseAssumptions(texts: readonly string[]): Map<number, Decimal> {
  const out = new Map<number, Decimal>();
  for (const text of texts) {
    const m = /^\s*(\d{4})\s*=\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
    if (!m) throw new UsageError(`--assume "${text}" is not YEAR=PERCENT: write e.g. --assume 2026=3.0 (3.0 % growth on 2025)`);
    out.set(Number(m[1]), new Decimal(m[2]!.replace(",", ".")));
  }
  return out;
}

export interface ExtractOptions {
  files: string[];
  format: ExtractionFormat;
  /** `--explain PAGE`: show how this page was read instead of the items. */
  explainPage: number | null;
  strict: boolean;
  noColor: boolean;
}

export interface RawExtract {
  format?: string;
  explain?: string;
  strict?: boolean;
  debug?: boolean;
  color?: boolean;
}

export function extractOptions(files: string[], raw: RawExtract): ExtractOptions {
  if (files.length === 0) throw new UsageError("no document given: bop-real extract budsjett.pdf");
  return {
    files,
    format: choice(raw.format ?? "table", extractionFormats, "--format"),
    explainPage: explainPage(raw.explain, files),
    strict: raw.strict === true,
    noColor: raw.color === false,
  };
}

function explainPage(raw: string | undefined, files: string[]): number | null {
  if (raw === undefined) return null;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--explain needs a page number (1, 2, …), not "${raw}"`);
  if (files.length !== 1) throw new UsageError("--explain explains one page of one document: give one file");
  return Number(raw);
}
