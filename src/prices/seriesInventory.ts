// What figures each series has and where they came from, for `bop-real series list`.
import type { SeriesId } from "../model/types.js";
import type { DataStatus, PriceData } from "./priceData.js";
import { periodIndex, type Period } from "./priceSeries.js";
import { ageInMonths, STALE_AFTER_MONTHS, type Today } from "./staleness.js";
import { periodText } from "./status.js";

export interface InventoryPart {
  /** "SSB table 14700, monthly, 2025=100". */
  what: string;
  /** "embedded" or "imported from FILE on DATE". */
  origin: string;
  first: string;
  last: string;
  count: number;
  lastStatus: DataStatus;
}

export interface InventorySeries {
  id: Exclude<SeriesId, "custom">;
  name: string;
  flag: string;
  parts: InventoryPart[];
  /** The newest period with a figure, and whether it is older than the warning limit. */
  last: string;
  stale: boolean;
}

interface Row {
  year: number;
  month?: number;
  status: DataStatus;
  origin?: string;
}

export function seriesInventory(data: PriceData, today: Today): InventorySeries[] {
  return [
    series("kpi", "KPI", "--cpi", today, [
      ["SSB table 03014, annual, 2015=100", data.kpiAnnual2015],
      ["SSB table 03013, monthly, 2015=100", data.kpiMonthly2015],
      ["SSB table 14701, annual, 2025=100", data.kpiAnnual2025],
      ["SSB table 14700, monthly, 2025=100", data.kpiMonthly2025],
    ]),
    series("kpi-jae", "KPI-JAE", "--cpi-jae", today, [
      ["annual, 2015=100 (means of SSB table 05327's months, or table 05335)", data.kpiJaeAnnual2015],
      ["SSB table 05327, monthly, 2015=100", data.kpiJaeMonthly2015],
    ]),
    series("deflator", "kommunal deflator", "--deflator", today, [
      ["Finansdepartementet, growth per year", data.kommunalDeflator],
    ]),
  ];
}

function series(
  id: InventorySeries["id"],
  name: string,
  flag: string,
  today: Today,
  components: Array<[string, readonly Row[]]>,
): InventorySeries {
  const parts = components.flatMap(([what, rows]) => partsOf(what, rows));
  const all = components.flatMap(([, rows]) => rows);
  const newest = all.reduce<Row | null>((a, b) => (a === null || periodIndex(b) > periodIndex(a) ? b : a), null);
  const period: Period | null = newest === null ? null : newest;
  return {
    id,
    name,
    flag,
    parts,
    last: period === null ? "none" : periodText(period.year, period.month),
    stale: period !== null && ageInMonths(period, today) > STALE_AFTER_MONTHS,
  };
}

/** One part per origin: the embedded rows, and the rows of each import. */
function partsOf(what: string, rows: readonly Row[]): InventoryPart[] {
  const origins = [...new Set(rows.map((r) => r.origin ?? "embedded"))];
  return origins.map((origin) => {
    const mine = rows.filter((r) => (r.origin ?? "embedded") === origin).sort((a, b) => periodIndex(a) - periodIndex(b));
    const first = mine[0]!;
    const last = mine[mine.length - 1]!;
    return {
      what,
      origin,
      first: periodText(first.year, first.month),
      last: periodText(last.year, last.month),
      count: mine.length,
      lastStatus: last.status,
    };
  });
}
