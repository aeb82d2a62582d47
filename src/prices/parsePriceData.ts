// CSV text -> PriceData. Pure: the loader hands in the texts, so that a test or
// a later `series import` can parse figures that never touched the disk.
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

/** The files of a series folder, by the PriceData field they fill. */
export const SERIES_FILES = {
  kpiAnnual2015: "kpi-annual-2015.csv",
  kpiMonthly2025: "kpi-monthly-2025.csv",
  kpiJaeAnnual2015: "kpi-jae-annual-2015.csv",
  kpiJaeMonthly2015: "kpi-jae-monthly-2015.csv",
  forecasts: "forecasts.csv",
  kommunalDeflator: "kommunal-deflator.csv",
} as const;

export type SeriesFileKey = keyof typeof SERIES_FILES;
export type SeriesTexts = Record<SeriesFileKey, string>;

/** One data row, with where it is so that an error can point at it. */
interface CsvRow {
  where: string;
  get(column: string): string;
}

const FIX = "Fix the file, or restore it from the bop-real package.";

export function parsePriceData(texts: SeriesTexts, dir: string): PriceData {
  const rows = (key: SeriesFileKey, columns: readonly string[]): CsvRow[] =>
    csvRows(texts[key], SERIES_FILES[key], columns);
  return {
    dir,
    kpiAnnual2015: uniqueYears(
      rows("kpiAnnual2015", ["year", "index_2015_100", "status", "sources", "note"]).map((r) =>
        annualRow(r, "index_2015_100", "sources"),
      ),
      SERIES_FILES.kpiAnnual2015,
    ),
    kpiMonthly2025: uniqueMonths(
      rows("kpiMonthly2025", ["month", "index_2025_100", "status", "source"]).map((r) =>
        monthlyRow(r, "index_2025_100"),
      ),
      SERIES_FILES.kpiMonthly2025,
    ),
    kpiJaeAnnual2015: uniqueYears(
      rows("kpiJaeAnnual2015", ["year", "index_2015_100_mean_of_months", "status", "source"]).map(
        (r) => annualRow(r, "index_2015_100_mean_of_months", "source"),
      ),
      SERIES_FILES.kpiJaeAnnual2015,
    ),
    kpiJaeMonthly2015: uniqueMonths(
      rows("kpiJaeMonthly2015", ["month", "index_2015_100", "status", "source"]).map((r) =>
        monthlyRow(r, "index_2015_100"),
      ),
      SERIES_FILES.kpiJaeMonthly2015,
    ),
    forecasts: rows("forecasts", ["series", "year", "growth_percent", "source", "published"]).map(
      forecastRow,
    ),
    kommunalDeflator: uniqueYears(
      rows("kommunalDeflator", ["year", "growth_percent", "status", "source", "note"]).map(growthRow),
      SERIES_FILES.kommunalDeflator,
    ),
  };
}

function csvRows(text: string, file: string, columns: readonly string[]): CsvRow[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true });
  } catch (error) {
    throw new PriceDataError(`${file} is not valid CSV (${(error as Error).message}). ${FIX}`);
  }
  const header = records[0] ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new PriceDataError(`${file} lacks the column(s) ${missing.join(", ")}. ${FIX}`);
  }
  return records.slice(1).map((record, i) => ({
    where: `${file}, data row ${i + 1}`,
    get: (column) => record[header.indexOf(column)] ?? "",
  }));
}

function annualRow(r: CsvRow, valueColumn: string, sourceColumn: string): AnnualIndexRow {
  return {
    year: year(r, r.get("year")),
    value: positiveDecimal(r, valueColumn),
    status: status(r),
    source: r.get(sourceColumn),
    note: r.get("note"),
  };
}

function monthlyRow(r: CsvRow, valueColumn: string): MonthlyIndexRow {
  const match = /^(\d{4})-(\d{2})$/.exec(r.get("month"));
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) {
    throw new PriceDataError(`${r.where}: month "${r.get("month")}" is not YYYY-MM. ${FIX}`);
  }
  return {
    year: Number(match[1]),
    month,
    value: positiveDecimal(r, valueColumn),
    status: status(r),
    source: r.get("source"),
  };
}

function forecastRow(r: CsvRow): ForecastRow {
  const published = r.get("published");
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(published)) {
    throw new PriceDataError(`${r.where}: published "${published}" is not YYYY-MM. ${FIX}`);
  }
  return {
    series: r.get("series"),
    year: year(r, r.get("year")),
    growthPercent: decimal(r, "growth_percent"),
    source: r.get("source"),
    published,
  };
}

function growthRow(r: CsvRow): GrowthRow {
  return {
    year: year(r, r.get("year")),
    growthPercent: decimal(r, "growth_percent"),
    status: status(r),
    source: r.get("source"),
    note: r.get("note"),
  };
}

function year(r: CsvRow, text: string): number {
  if (!/^\d{4}$/.test(text)) throw new PriceDataError(`${r.where}: "${text}" is not a year. ${FIX}`);
  return Number(text);
}

function decimal(r: CsvRow, column: string): Decimal {
  const text = r.get(column);
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    throw new PriceDataError(`${r.where}: ${column} "${text}" is not a number like 122.8. ${FIX}`);
  }
  return new D(text);
}

/** An index of zero or below would divide by zero or flip signs further on. */
function positiveDecimal(r: CsvRow, column: string): Decimal {
  const value = decimal(r, column);
  if (!value.isPositive() || value.isZero()) {
    throw new PriceDataError(`${r.where}: ${column} must be above zero. ${FIX}`);
  }
  return value;
}

function status(r: CsvRow): DataStatus {
  const text = r.get("status");
  const found = DATA_STATUSES.find((s) => s === text);
  if (!found) {
    throw new PriceDataError(
      `${r.where}: status "${text}" is not one of ${DATA_STATUSES.join(", ")}. ${FIX}`,
    );
  }
  return found;
}

function uniqueYears<T extends { year: number }>(rows: T[], file: string): T[] {
  return unique(rows, (r) => String(r.year), file);
}

function uniqueMonths(rows: MonthlyIndexRow[], file: string): MonthlyIndexRow[] {
  return unique(rows, (r) => `${r.year}-${String(r.month).padStart(2, "0")}`, file);
}

/** Two figures for one period would make the result depend on row order. */
function unique<T>(rows: T[], key: (row: T) => string, file: string): T[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) throw new PriceDataError(`${file} has ${k} twice. ${FIX}`);
    seen.add(k);
  }
  return rows;
}
