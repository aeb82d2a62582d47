// The price figures as read from data/series/*.csv and from the user's imports:
// plain records, checked once by the parser so that the series code can trust them.
import type { Decimal } from "decimal.js";

/** The `status` column as the CSV files spell it (`estimate` becomes an anslag). */
export type DataStatus = "published" | "derived" | "estimate";

export const DATA_STATUSES: readonly DataStatus[] = ["published", "derived", "estimate"];

/**
 * Where a figure came from when it is not one of the embedded ones: the import
 * that stored it, e.g. "ssb-14700.json, imported 2026-11-24". Undefined: embedded.
 */
export type Origin = string | undefined;

/** One annual index figure. */
export interface AnnualIndexRow {
  year: number;
  value: Decimal;
  status: DataStatus;
  source: string;
  note: string;
  origin?: Origin;
}

/** One monthly index figure. */
export interface MonthlyIndexRow {
  year: number;
  /** 1–12. */
  month: number;
  value: Decimal;
  status: DataStatus;
  source: string;
  origin?: Origin;
}

/** An official forecast of growth for a year without figures. */
export interface ForecastRow {
  /** "kpi", "kpi-jae", "wages". */
  series: string;
  year: number;
  growthPercent: Decimal;
  source: string;
  /** "YYYY-MM" (or "YYYY-MM-DD"): the newest forecast for a year wins. */
  published: string;
}

/** A growth rate per year (the kommunal deflator is published this way, not as an index). */
export interface GrowthRow {
  year: number;
  growthPercent: Decimal;
  status: DataStatus;
  source: string;
  note: string;
  origin?: Origin;
}

export interface PriceData {
  /** The folder the embedded figures were read from, named in error messages. */
  dir: string;
  /** The folder of the user's imported figures, when one was read. */
  importDir?: string;
  /** KPI total, annual, 2015=100 (SSB table 03014). */
  kpiAnnual2015: AnnualIndexRow[];
  /** KPI total, monthly, 2015=100 (SSB table 03013; none embedded, only imported). */
  kpiMonthly2015: MonthlyIndexRow[];
  /** KPI total, annual, 2025=100 (SSB table 14701; none embedded, only imported). */
  kpiAnnual2025: AnnualIndexRow[];
  /** KPI total, monthly, 2025=100 (SSB table 14700). */
  kpiMonthly2025: MonthlyIndexRow[];
  /** KPI-JAE, annual, 2015=100 (means of 05327's months, or SSB table 05335). */
  kpiJaeAnnual2015: AnnualIndexRow[];
  /** KPI-JAE, monthly, 2015=100 (SSB table 05327). */
  kpiJaeMonthly2015: MonthlyIndexRow[];
  forecasts: ForecastRow[];
  kommunalDeflator: GrowthRow[];
}
