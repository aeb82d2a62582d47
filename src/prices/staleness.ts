// "Is the newest figure old?" A series whose newest figure (embedded or imported,
// of any status) is more than 15 months before today gets a warning, so that a
// user knows to import newer figures. Today comes in as a value: it can be fixed.
import type { SeriesId, Warning } from "../model/types.js";
import { PriceDataError } from "./errors.js";
import { periodIndex, type Period, type PriceSeries } from "./priceSeries.js";
import { periodText } from "./status.js";

export const STALE_AFTER_MONTHS = 15;

/** The environment variable that fixes today's date (YYYY-MM-DD), for tests and reproducible runs. */
export const TODAY_ENV = "BOP_REAL_TODAY";

export interface Today {
  year: number;
  month: number;
  day: number;
  /** "2026-11-24". */
  iso: string;
}

/** `text` (YYYY-MM-DD) when given, else the local date of `now`. */
export function parseToday(text: string | undefined, now: Date = new Date()): Today {
  if (text === undefined || text === "") {
    return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() + 1 !== Number(m[2]) || date.getUTCDate() !== Number(m[3])) {
    throw new PriceDataError(`${TODAY_ENV}="${text}" is not a date like 2026-11-24. Fix it, or unset it to use today's date.`);
  }
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

function dayOf(year: number, month: number, day: number): Today {
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { year, month, day, iso };
}

/** Whole months from the end of `period` (a year ends in December) to today's month. */
export function ageInMonths(period: Period, today: Today): number {
  return today.year * 12 + today.month - periodIndex(period);
}

const HINTS: Record<SeriesId, string> = {
  kpi:
    "Download SSB table 14700 (or 14701) as JSON-stat from ssb.no/statbank and run bop-real series import FILE.",
  "kpi-jae": "Download SSB table 05327 (or 05335) as JSON-stat from ssb.no/statbank and run bop-real series import FILE.",
  deflator:
    "Put the newest kommunal deflator (national budget, TBU) in a CSV of year,percent and run bop-real series import FILE.",
  custom: "Add the newer years to your file.",
};

export function staleWarning(series: Pick<PriceSeries, "id" | "name" | "latest">, today: Today): Warning | null {
  const latest = series.latest;
  if (latest === null) return null;
  const age = ageInMonths(latest, today);
  if (age <= STALE_AFTER_MONTHS) return null;
  const message =
    `${series.name}: the newest figure is for ${periodText(latest.year, latest.month)}, ${age} months before ` +
    `${today.iso}; newer figures are probably out. ${HINTS[series.id]}`;
  return { code: "stale_series", message };
}

/** The series with the stale-data warning (if any) among its notices. */
export function checkedForAge(series: PriceSeries, today: Today): PriceSeries {
  const warning = staleWarning(series, today);
  return warning === null ? series : { ...series, notices: [...series.notices, warning] };
}
