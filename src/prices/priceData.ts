// The price figures as read from data/series/*.csv: plain records, checked once
// by the loader so that the series code can trust them.
import type { Decimal } from "decimal.js";

/** The `status` column as the CSV files spell it (`estimate` becomes an anslag). */
export type DataStatus = "published" | "derived" | "estimate";

export const DATA_STATUSES: readonly DataStatus[] = ["published", "derived", "estimate"];

/** One annual index figure. */
export interface AnnualIndexRow {
  year: number;
  value: Decimal;
  status: DataStatus;
  source: string;
  note: string;
}

/** One monthly index figure. */
export interface MonthlyIndexRow {
  year: number;
  /** 1–12. */
  month: number;
  value: Decimal;
  status: DataStatus;
  source: string;
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
}

export interface PriceData {
  /** The folder the figures were read from, named in error messages. */
  dir: string;
  /** KPI total, annual, 2015=100. */
  kpiAnnual2015: AnnualIndexRow[];
  /** KPI total, monthly, 2025=100. */
  kpiMonthly2025: MonthlyIndexRow[];
  kpiJaeAnnual2015: AnnualIndexRow[];
  kpiJaeMonthly2015: MonthlyIndexRow[];
  forecasts: ForecastRow[];
  kommunalDeflator: GrowthRow[];
}
