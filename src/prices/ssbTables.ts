// Which SSB tables `series import` reads, and how a JSON-stat cube of one of them
// becomes stored figures: the total group, the index (not the change), months or years.
import { D } from "./decimal.js";
import { PriceDataError } from "./errors.js";
import type { JsonStatCategory, JsonStatCube, JsonStatDimension } from "./jsonStat.js";
import type { StoredFileKey } from "./parsePriceData.js";
import type { AnnualIndexRow, MonthlyIndexRow } from "./priceData.js";

export interface SsbTable {
  id: string;
  series: "KPI" | "KPI-JAE";
  frequency: "month" | "year";
  base: "2015=100" | "2025=100";
  /** The code of the total in the group dimension. */
  total: string;
  key: Exclude<StoredFileKey, "kommunalDeflator">;
}

export const SSB_TABLES: readonly SsbTable[] = [
  { id: "03013", series: "KPI", frequency: "month", base: "2015=100", total: "TOTAL", key: "kpiMonthly2015" },
  { id: "03014", series: "KPI", frequency: "year", base: "2015=100", total: "TOTAL", key: "kpiAnnual2015" },
  { id: "14700", series: "KPI", frequency: "month", base: "2025=100", total: "00", key: "kpiMonthly2025" },
  { id: "14701", series: "KPI", frequency: "year", base: "2025=100", total: "00", key: "kpiAnnual2025" },
  { id: "05327", series: "KPI-JAE", frequency: "month", base: "2015=100", total: "JAE_TOTAL", key: "kpiJaeMonthly2015" },
  { id: "05335", series: "KPI-JAE", frequency: "year", base: "2015=100", total: "JAE_TOTAL", key: "kpiJaeAnnual2015" },
];

const TABLE_LIST = "KPI 03013, 03014, 14700, 14701 and KPI-JAE 05327, 05335";

export interface CubeFigures {
  table: SsbTable;
  rows: AnnualIndexRow[] | MonthlyIndexRow[];
  /** What was read, for the user: "group 00 (I alt), Konsumprisindeks (2025=100)". */
  selection: string;
  /** Periods without a figure (SSB's ".."), left out. */
  missing: number;
}

/** `origin` names the import ("imported from FILE on DATE") on every row. */
export function cubeToFigures(cube: JsonStatCube, name: string, origin: string): CubeFigures {
  if (cube.tableId !== null && !SSB_TABLES.some((t) => t.id === cube.tableId)) {
    throw fail(name, `it is SSB table ${cube.tableId}; the tool reads the price index tables ${TABLE_LIST}`);
  }
  const time = timeDimension(cube, name);
  const frequency = frequencyOf(time, name);
  const metric = metricDimension(cube, time);
  const others = cube.dimensions.filter((d) => d !== time && d !== metric);
  const content = metric ? indexContent(metric, name) : null;
  const base = content ? baseOf(content) : null;
  const table = tableOf(cube, name, frequency, base, others);
  if (table.frequency !== frequency) {
    throw fail(name, `table ${table.id} is ${table.frequency === "month" ? "monthly" : "annual"}, but the file's periods are ${frequency === "month" ? "months" : "years"}`);
  }
  if (base !== null && base !== table.base) {
    throw fail(name, `its index is on ${base}, but table ${table.id} is on ${table.base}`);
  }
  const picks = new Map<JsonStatDimension, number>(others.map((d) => [d, totalPosition(d, table, name)]));
  if (metric && content) picks.set(metric, metric.categories.indexOf(content));
  const source = `SSB table ${table.id}${cube.updated ? `, updated ${cube.updated.slice(0, 10)}` : ""}`;
  let missing = 0;
  const rows = time.categories.flatMap((period, t) => {
    const positions = cube.dimensions.map((d) => (d === time ? t : (picks.get(d) ?? 0)));
    const value = cube.valueAt(positions);
    if (value === null) {
      missing++;
      return [];
    }
    if (value <= 0) throw fail(name, `the figure for ${period.code} is ${value}, not an index above zero`);
    return [row(period.code, new D(String(value)), source, origin)];
  });
  if (rows.length === 0) throw fail(name, "it has no figures for the total index");
  const selection = [...picks.entries()].map(([d, i]) => `${d.id}=${d.categories[i]!.code} (${d.categories[i]!.label})`).join(", ");
  return { table, rows: rows as AnnualIndexRow[] | MonthlyIndexRow[], selection, missing };
}

function row(code: string, value: InstanceType<typeof D>, source: string, origin: string): AnnualIndexRow | MonthlyIndexRow {
  const m = /^(\d{4})M(\d{2})$/.exec(code);
  if (m) return { year: Number(m[1]), month: Number(m[2]), value, status: "published", source, origin };
  return { year: Number(code), value, status: "published", source, note: "", origin };
}

function timeDimension(cube: JsonStatCube, name: string): JsonStatDimension {
  const byRole = cube.dimensions.find((d) => d.id === cube.timeId);
  const found =
    byRole ??
    cube.dimensions.find((d) => d.id === "Tid") ??
    cube.dimensions.find((d) => d.categories.every((c) => /^\d{4}(M\d{2})?$/.test(c.code)));
  if (!found) throw fail(name, "it has no time dimension (role.time, or Tid)");
  return found;
}

function frequencyOf(time: JsonStatDimension, name: string): SsbTable["frequency"] {
  if (time.categories.every((c) => /^\d{4}M(0[1-9]|1[0-2])$/.test(c.code))) return "month";
  if (time.categories.every((c) => /^\d{4}$/.test(c.code))) return "year";
  const odd = time.categories.find((c) => !/^\d{4}(M\d{2})?$/.test(c.code))?.code ?? time.categories[0]?.code;
  throw fail(name, `its periods (e.g. "${odd}") are neither months (2025M01) nor years (2025), or are mixed`);
}

function metricDimension(cube: JsonStatCube, time: JsonStatDimension): JsonStatDimension | null {
  const byRole = cube.dimensions.find((d) => d.id === cube.metricId);
  return byRole ?? cube.dimensions.find((d) => d !== time && d.id === "ContentsCode") ?? null;
}

const CHANGE = /endring|change|vekt|weight|prosent|per cent|percent|bidrag|contribution/i;

/** The index among the contents: by unit ("indeks") or by a label with "=100", never a change or a weight. */
function indexContent(metric: JsonStatDimension, name: string): JsonStatCategory {
  const isIndex = (c: JsonStatCategory) =>
    !CHANGE.test(c.label) && (/^(indeks|index)$/i.test(c.unitBase ?? "") || /=\s*100/.test(c.label));
  const found = metric.categories.filter(isIndex);
  if (found.length === 1) return found[0]!;
  const list = metric.categories.map((c) => `${c.code} (${c.label})`).join(", ");
  if (found.length === 0) {
    throw fail(name, `its contents are ${list}: no index. Download the index itself (e.g. ContentsCode KpiIndMnd or KpiAar)`);
  }
  throw fail(name, `it holds several indices (${list}); download one`);
}

function baseOf(content: JsonStatCategory): string | null {
  const m = /(\d{4})\s*=\s*100/.exec(content.label);
  if (m) return `${m[1]}=100`;
  return content.basePeriod && /^\d{4}$/.test(content.basePeriod) ? `${content.basePeriod}=100` : null;
}

function tableOf(
  cube: JsonStatCube,
  name: string,
  frequency: SsbTable["frequency"],
  base: string | null,
  others: readonly JsonStatDimension[],
): SsbTable {
  if (cube.tableId !== null) {
    const known = SSB_TABLES.find((t) => t.id === cube.tableId);
    if (known) return known;
  }
  // No table number in the file: recognise the table by its total, periods and base.
  const hasTotal = (t: SsbTable) => others.some((d) => d.categories.some((c) => c.code === t.total));
  const candidates = SSB_TABLES.filter(
    (t) => t.frequency === frequency && (base === null || t.base === base) && hasTotal(t),
  );
  if (candidates.length === 1) return candidates[0]!;
  throw fail(name, `it does not say which SSB table it is, and its contents do not tell (the tool reads ${TABLE_LIST})`);
}

/** The total of a group dimension; a dimension with one category that is not the total is refused. */
function totalPosition(d: JsonStatDimension, table: SsbTable, name: string): number {
  const at = d.categories.findIndex((c) => c.code === table.total);
  if (at >= 0) return at;
  const only = d.categories.length === 1 ? d.categories[0] : undefined;
  if (only && !/grp|gruppe|group|konsum/i.test(d.id)) return 0;
  const has = d.categories.slice(0, 4).map((c) => `${c.code} (${c.label})`).join(", ");
  throw fail(
    name,
    `its ${d.id} has no total ${table.total} (it has ${has}${d.categories.length > 4 ? ", …" : ""}). ` +
      `Download table ${table.id} with ${d.id}=${table.total}`,
  );
}

function fail(name: string, why: string): PriceDataError {
  return new PriceDataError(`${name}: ${why}.`);
}
