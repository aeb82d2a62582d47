// CSV text -> PriceData. Pure: the loaders hand in the texts, so that a test or
// `series import` can parse figures that never touched the disk.
import { parse } from "csv-parse/sync";
import type { Decimal } from "decimal.js";
import { D } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import {
  DATA_STATUSES,
  type AnnualIndexRow,
  type DataStatus,
  type ForecastRow,
  type GrowthRow,
  type MonthlyIndexRow,
  type PriceData,
} from "./priceData.js";

/** The files every series folder must hold, by the PriceData field they fill. */
export const SERIES_FILES = {
  kpiAnnual2015: "kpi-annual-2015.csv",
  kpiMonthly2025: "kpi-monthly-2025.csv",
  kpiJaeAnnual2015: "kpi-jae-annual-2015.csv",
  kpiJaeMonthly2015: "kpi-jae-monthly-2015.csv",
  forecasts: "forecasts.csv",
  kommunalDeflator: "kommunal-deflator.csv",
} as const;

/** Files that only an import fills (nothing of them is embedded); absent means no figures. */
export const EXTRA_SERIES_FILES = {
  kpiMonthly2015: "kpi-monthly-2015.csv",
  kpiAnnual2025: "kpi-annual-2025.csv",
} as const;

export type SeriesFileKey = keyof typeof SERIES_FILES;
export type ExtraSeriesFileKey = keyof typeof EXTRA_SERIES_FILES;
export type SeriesTexts = Record<SeriesFileKey, string> & Partial<Record<ExtraSeriesFileKey, string>>;

/** The files an import may write: every figure file, but not the tool's own forecasts. */
export type StoredFileKey = Exclude<SeriesFileKey | ExtraSeriesFileKey, "forecasts">;
export type StoredRows = Partial<Pick<PriceData, StoredFileKey>>;

interface IndexFileSpec {
  shape: "annual" | "monthly";
  value: string;
  source: string;
}

/** The value and source columns of each index file (they differ for historical reasons). */
export const INDEX_FILES: Record<Exclude<StoredFileKey, "kommunalDeflator">, IndexFileSpec> = {
  kpiAnnual2015: { shape: "annual", value: "index_2015_100", source: "sources" },
  kpiMonthly2015: { shape: "monthly", value: "index_2015_100", source: "source" },
  kpiAnnual2025: { shape: "annual", value: "index_2025_100", source: "source" },
  kpiMonthly2025: { shape: "monthly", value: "index_2025_100", source: "source" },
  kpiJaeAnnual2015: { shape: "annual", value: "index_2015_100_mean_of_months", source: "source" },
  kpiJaeMonthly2015: { shape: "monthly", value: "index_2015_100", source: "source" },
};

export function fileNameOf(key: StoredFileKey | "forecasts"): string {
  return key in SERIES_FILES ? SERIES_FILES[key as SeriesFileKey] : EXTRA_SERIES_FILES[key as ExtraSeriesFileKey];
}

/** The column that says which import stored a row; embedded files do not have it. */
export const IMPORTED_COLUMN = "imported";

/** One data row, with where it is so that an error can point at it. */
interface CsvRow {
  where: string;
  get(column: string): string;
}

const FIX = "Fix the file, or restore it from the bop-real package.";

export function parsePriceData(texts: SeriesTexts, dir: string): PriceData {
  return {
    dir,
    kpiAnnual2015: parseAnnualFile("kpiAnnual2015", texts.kpiAnnual2015, FIX),
    kpiMonthly2015: texts.kpiMonthly2015 === undefined ? [] : parseMonthlyFile("kpiMonthly2015", texts.kpiMonthly2015, FIX),
    kpiAnnual2025: texts.kpiAnnual2025 === undefined ? [] : parseAnnualFile("kpiAnnual2025", texts.kpiAnnual2025, FIX),
    kpiMonthly2025: parseMonthlyFile("kpiMonthly2025", texts.kpiMonthly2025, FIX),
    kpiJaeAnnual2015: parseAnnualFile("kpiJaeAnnual2015", texts.kpiJaeAnnual2015, FIX),
    kpiJaeMonthly2015: parseMonthlyFile("kpiJaeMonthly2015", texts.kpiJaeMonthly2015, FIX),
    forecasts: csvRows(texts.forecasts, SERIES_FILES.forecasts, FORECAST_COLUMNS, FIX).map((r) => forecastRow(r, FIX)),
    kommunalDeflator: parseGrowthFile(texts.kommunalDeflator, FIX),
  };
}

/** The figures of the user's data folder: any subset of the files, each as an embedded file plus `imported`. */
export function parseStoredData(texts: Partial<Record<StoredFileKey, string>>, dir: string): StoredRows {
  const fix = `Run bop-real series import again, or delete the file from ${dir} to use the embedded figures.`;
  const out: StoredRows = {};
  const put = <K extends StoredFileKey>(key: K, parse: (text: string) => PriceData[K]) => {
    const text = texts[key];
    if (text !== undefined) out[key] = parse(text);
  };
  put("kpiAnnual2015", (t) => parseAnnualFile("kpiAnnual2015", t, fix));
  put("kpiMonthly2015", (t) => parseMonthlyFile("kpiMonthly2015", t, fix));
  put("kpiAnnual2025", (t) => parseAnnualFile("kpiAnnual2025", t, fix));
  put("kpiMonthly2025", (t) => parseMonthlyFile("kpiMonthly2025", t, fix));
  put("kpiJaeAnnual2015", (t) => parseAnnualFile("kpiJaeAnnual2015", t, fix));
  put("kpiJaeMonthly2015", (t) => parseMonthlyFile("kpiJaeMonthly2015", t, fix));
  put("kommunalDeflator", (t) => parseGrowthFile(t, fix));
  return out;
}

const FORECAST_COLUMNS = ["series", "year", "growth_percent", "source", "published"];
const GROWTH_COLUMNS = ["year", "growth_percent", "status", "source", "note"];

type IndexFileKey = keyof typeof INDEX_FILES;

function parseAnnualFile(key: IndexFileKey, text: string, fix: string): AnnualIndexRow[] {
  const spec = INDEX_FILES[key];
  const file = fileNameOf(key);
  const rows = csvRows(text, file, ["year", spec.value, "status", spec.source], fix);
  return uniqueYears(rows.map((r) => annualRow(r, spec, fix)), file, fix);
}

function parseMonthlyFile(key: IndexFileKey, text: string, fix: string): MonthlyIndexRow[] {
  const spec = INDEX_FILES[key];
  const file = fileNameOf(key);
  const rows = csvRows(text, file, ["month", spec.value, "status", spec.source], fix);
  return uniqueMonths(rows.map((r) => monthlyRow(r, spec, fix)), file, fix);
}

function parseGrowthFile(text: string, fix: string): GrowthRow[] {
  const file = SERIES_FILES.kommunalDeflator;
  return uniqueYears(csvRows(text, file, GROWTH_COLUMNS, fix).map((r) => growthRow(r, fix)), file, fix);
}

function csvRows(text: string, file: string, columns: readonly string[], fix: string): CsvRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true });
  } catch (error) {
    throw new PriceDataError(`${file} is not valid CSV (${(error as Error).message}). ${fix}`);
  }
  const header = records[0] ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new PriceDataError(`${file} lacks the column(s) ${missing.join(", ")}. ${fix}`);
  }
  return records.slice(1).map((record, i) => ({
    where: `${file}, data row ${i + 1}`,
    get: (column) => record[header.indexOf(column)] ?? "",
  }));
}

function origin(r: CsvRow): { origin?: string } {
  const text = r.get(IMPORTED_COLUMN);
  return text === "" ? {} : { origin: text };
}

function annualRow(r: CsvRow, spec: IndexFileSpec, fix: string): AnnualIndexRow {
  return {
    year: year(r, r.get("year"), fix),
    value: positiveDecimal(r, spec.value, fix),
    status: status(r, fix),
    source: r.get(spec.source),
    note: r.get("note"),
    ...origin(r),
  };
}

function monthlyRow(r: CsvRow, spec: IndexFileSpec, fix: string): MonthlyIndexRow {
  const match = /^(\d{4})-(\d{2})$/.exec(r.get("month"));
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    throw new PriceDataError(`${r.where}: month "${r.get("month")}" is not YYYY-MM. ${fix}`);
  }
  return {
    year: Number(match[1]),
    month,
    value: positiveDecimal(r, spec.value, fix),
    status: status(r, fix),
    source: r.get(spec.source),
    ...origin(r),
  };
}

function forecastRow(r: CsvRow, fix: string): ForecastRow {
  const published = r.get("published");
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(published)) {
    throw new PriceDataError(`${r.where}: published "${published}" is not YYYY-MM. ${fix}`);
  }
  return {
    series: r.get("series"),
    year: year(r, r.get("year"), fix),
    growthPercent: decimal(r, "growth_percent", fix),
    source: r.get("source"),
    published,
  };
}

function growthRow(r: CsvRow, fix: string): GrowthRow {
  return {
    year: year(r, r.get("year"), fix),
    growthPercent: decimal(r, "growth_percent", fix),
    status: status(r, fix),
    source: r.get("source"),
    note: r.get("note"),
    ...origin(r),
  };
}

function year(r: CsvRow, text: string, fix: string): number {
  if (!/^\d{4}$/.test(text)) throw new PriceDataError(`${r.where}: "${text}" is not a year. ${fix}`);
  return Number(text);
}

function decimal(r: CsvRow, column: string, fix: string): Decimal {
  const text = r.get(column);
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    throw new PriceDataError(`${r.where}: ${column} "${text}" is not a number like 122.8. ${fix}`);
  }
  return new D(text);
}

/** An index of zero or below would divide by zero or flip signs further on. */
function positiveDecimal(r: CsvRow, column: string, fix: string): Decimal {
  const value = decimal(r, column, fix);
  if (!value.isPositive() || value.isZero()) {
    throw new PriceDataError(`${r.where}: ${column} must be above zero. ${fix}`);
  }
  return value;
}

function status(r: CsvRow, fix: string): DataStatus {
  const text = r.get("status");
  const found = DATA_STATUSES.find((s) => s === text);
  if (!found) {
    throw new PriceDataError(`${r.where}: status "${text}" is not one of ${DATA_STATUSES.join(", ")}. ${fix}`);
  }
  return found;
}

function uniqueYears<T extends { year: number }>(rows: T[], file: string, fix: string): T[] {
  return unique(rows, (r) => String(r.year), file, fix);
}

function uniqueMonths(rows: MonthlyIndexRow[], file: string, fix: string): MonthlyIndexRow[] {
  return unique(rows, (r) => `${r.year}-${String(r.month).padStart(2, "0")}`, file, fix);
}

/** Two figures for one period would make the result depend on row order. */
function unique<T>(rows: T[], key: (row: T) => string, file: string, fix: string): T[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) throw new PriceDataError(`${file} has ${k} twice. ${fix}`);
    seen.add(k);
  }
  return rows;
}
