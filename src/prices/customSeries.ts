// The user's own series (--series FILE): a CSV of `year,index` or `year,percent`.
// The header decides which; a `;` separator and a decimal comma are accepted, and
// optional `status` and `source` columns say how sure each figure is and where it is from.
import { parse } from "csv-parse/sync";
import type { Decimal } from "decimal.js";
import type { IndexPoint, IndexSource } from "../model/types.js";
import { D } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import { chainBase, chainHasFigure, chainIndexFor, chainRows, type GrowthChain } from "./growthChain.js";
import type { DataStatus, GrowthRow } from "./priceData.js";
import type { PriceSeries } from "./priceSeries.js";
import { indexStatus } from "./status.js";
import { checkText } from "./textFile.js";
import { yearlyIndexFor, type YearlyIndex } from "./yearByYear.js";

const YEAR = /^(year|years|år|aar|ar|årstall)$/;
const INDEX = /^(index|indeks|indekstall|kpi)(_?\d{4}_?(=)?_?100)?$/;
const PERCENT = /^(percent|per_cent|prosent|pct|%|growth|growth_percent|vekst|endring|prosentvis_endring|deflator)$/;
const STATUS = /^status$/;
const SOURCE = /^(source|kilde)$/;

const STATUS_WORDS: Record<string, DataStatus> = {
  published: "published",
  publisert: "published",
  derived: "derived",
  beregnet: "derived",
  berekna: "derived",
  estimate: "estimate",
  anslag: "estimate",
};

interface CustomRow {
  year: number;
  value: Decimal;
  status: DataStatus;
  source: string;
}

export interface CustomTable {
  kind: "index" | "percent";
  /** "2015=100" when the header or a figure of 100 says so. */
  base: string | null;
  rows: CustomRow[];
  /** Whether the file has a status column (else every figure counts as published). */
  hasStatus: boolean;
}

const HELP =
  "Give a CSV with a header of year,index or year,percent (e.g. 2022;104,5 with a semicolon and decimal comma).";

/** Parses the user's file; `name` is how the file is named in messages and in the output. */
export function parseCustomSeries(text: string, name: string): CustomTable {
  checkText(text, name, `${HELP} Save a spreadsheet as CSV first.`);
  const records = csvRecords(text, name);
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, "_"));
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const year = col(YEAR);
  const index = col(INDEX);
  const percent = col(PERCENT);
  if (year < 0 || (index < 0) === (percent < 0)) {
    const found = header.length > 0 ? `its header is "${(records[0] ?? []).join(",")}"` : "it is empty";
    throw new PriceDataError(`${name}: ${found}, which is neither year,index nor year,percent. ${HELP}`);
  }
  checkWidths(records, name);
  const kind = index >= 0 ? "index" : "percent";
  const valueCol = index >= 0 ? index : percent;
  const status = col(STATUS);
  const source = col(SOURCE);
  const rows = records.slice(1).map((record, i) => {
    const where = `${name}, data row ${i + 1}`;
    return {
      year: yearOf(record[year] ?? "", where),
      value: numberOf(record[valueCol] ?? "", where, kind),
      status: status < 0 ? "published" : statusOf(record[status] ?? "", where),
      source: source < 0 ? "" : (record[source] ?? "").trim(),
    } satisfies CustomRow;
  });
  checkRows(rows, name);
  const base = kind === "index" ? indexBase(header[index] ?? "", rows) : null;
  return { kind, base, rows, hasStatus: status >= 0 };
}

function csvRecords(text: string, name: string): string[][] {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : firstLine.includes("\t") ? "\t" : ",";
  let records: string[][];
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, delimiter, relax_column_count: true });
  } catch (error) {
    throw new PriceDataError(`${name} is not a readable CSV file (${(error as Error).message}). ${HELP}`);
  }
  return records;
}

/** "2022,104,5" is three fields under a two-column header: most likely a decimal comma. */
function checkWidths(records: readonly string[][], name: string): void {
  const width = records[0]?.length ?? 0;
  const long = records.findIndex((r) => r.length > width);
  if (long > 0) {
    throw new PriceDataError(
      `${name}, data row ${long}: more fields than the header has. A decimal comma in a comma-separated file? ` +
        `Separate the columns with ; or quote the number ("104,5").`,
    );
  }
}

function yearOf(text: string, where: string): number {
  if (!/^\d{4}$/.test(text.trim())) throw new PriceDataError(`${where}: "${text}" is not a year. ${HELP}`);
  return Number(text.trim());
}

/** "104,5", "104.5", "1 234,5" and "-0,3" are numbers; "1.234,5" is not (ambiguous). */
function numberOf(text: string, where: string, kind: CustomTable["kind"]): Decimal {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(/^\u2212/, "-").replace(/%$/, "");
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) {
    throw new PriceDataError(`${where}: "${text}" is not a number like 104,5. ${HELP}`);
  }
  const value = new D(compact.replace(",", "."));
  if (kind === "index" && (value.isNegative() || value.isZero())) {
    throw new PriceDataError(`${where}: an index must be above zero, not ${text}. ${HELP}`);
  }
  if (kind === "percent" && value.lessThanOrEqualTo(-100)) {
    throw new PriceDataError(`${where}: a growth of ${text} % would take the index to zero or below. ${HELP}`);
  }
  return value;
}

function statusOf(text: string, where: string): DataStatus {
  const word = text.trim().toLowerCase();
  if (word === "") return "published";
  const found = STATUS_WORDS[word];
  if (!found) {
    throw new PriceDataError(`${where}: status "${text}" is not one of published, derived, estimate (or publisert, beregnet, anslag).`);
  }
  return found;
}

function checkRows(rows: readonly CustomRow[], name: string): void {
  if (rows.length === 0) throw new PriceDataError(`${name} has a header but no figures. ${HELP}`);
  const seen = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.year)) throw new PriceDataError(`${name} has ${row.year} twice: keep one figure per year.`);
    seen.add(row.year);
  }
}

/** `index_2015=100` in the header, or the one year whose figure is exactly 100. */
function indexBase(header: string, rows: readonly CustomRow[]): string | null {
  const m = /(\d{4})_?=?_?100$/.exec(header);
  if (m) return `${m[1]}=100`;
  const hundreds = rows.filter((r) => r.value.equals(100));
  return hundreds.length === 1 ? `${hundreds[0]!.year}=100` : null;
}

/** The series over a parsed file. No defaults beyond the file: a missing year needs --assume. */
export function customSeries(table: CustomTable, name: string): PriceSeries {
  const seriesName = `egen serie (${name})`;
  const latest = { year: Math.max(...table.rows.map((r) => r.year)) };
  const common = { id: "custom" as const, name: seriesName, latest, notices: [] };
  if (table.kind === "percent") {
    const rows: GrowthRow[] = table.rows.map((r) => ({
      year: r.year,
      growthPercent: r.value,
      status: r.status,
      source: r.source,
      note: "",
    }));
    const byYear = chainRows(seriesName, rows, name);
    const chain: GrowthChain = {
      name: seriesName,
      rows: byYear,
      anchorYear: Math.min(...byYear.keys()) - 1,
      sourceOf: (row) => row.source || name,
      sourceRefOf: (row) => ({ kind: "named", name: row.source || name }),
      estimateSource: (row) => row.source || name,
      forecasts: [],
      carryForward: false,
    };
    const base = chainBase(chain);
    return {
      ...common,
      baseFor: () => base,
      indexFor: (year, _b, assume) => chainIndexFor(chain, year, assume),
      hasFigure: (year) => chainHasFigure(chain, year),
    };
  }
  const base = table.base ?? `indeks i ${name}`;
  const byYear = new Map(table.rows.map((r) => [r.year, r]));
  const index: YearlyIndex = {
    name: seriesName,
    base,
    firstYear: Math.min(...byYear.keys()),
    official: (year) => {
      const row = byYear.get(year);
      return row ? ownFigure(row, base, name) : null;
    },
    months: () => [],
    monthsSource: () => name,
    monthsSources: () => [{ kind: "named", name }],
    forecasts: [],
    carryForward: false,
  };
  return {
    ...common,
    baseFor: () => base,
    indexFor: (year, _b, assume) => yearlyIndexFor(index, year, assume),
    hasFigure: (year) => {
      const row = byYear.get(year);
      return row !== undefined && row.status !== "estimate";
    },
  };
}

function ownFigure(row: CustomRow, base: string, name: string) {
  const status = indexStatus(row.status);
  const sources: IndexSource[] = [{ kind: "named", name: row.source || name }];
  const point: IndexPoint = { year: row.year, value: row.value, base, status, source: row.source || name, method: { kind: "annual" }, sources };
  if (status === "derived") point.note = `as given in ${name}`;
  const assumptions =
    status === "anslag" ? [{ year: row.year, growthPercent: null, method: "forecast" as const, source: point.source, sources }] : [];
  return { point, points: [point], assumptions };
}
