// LineItem[] -> RealTermsReport: pick the compared columns, put both figures
// in the prices of one year, and keep every figure and assumption used.
import type { Decimal } from "decimal.js";
import { ITEM_FLAGS } from "../model/types.js";
import type {
  AmountValue,
  ItemFlag,
  LineItem,
  RealTermsReport,
  RealTermsRow,
  Warning,
} from "../model/types.js";
import { chooseColumn, columnMatches, foldText, type ColumnChoice } from "./chooseColumn.js";
import { D, HUNDRED, deflateAmount } from "./decimal.js";
import {
  NO_ASSUMPTIONS,
  ignoredAssumptions,
  priceStep,
  uniqueAssumptions,
  uniquePoints,
  withAssumptionWarnings,
  type Assume,
  type PriceSeries,
  type SeriesStep,
} from "./priceSeries.js";

export interface DeflateOptions {
  fromYear: number;
  toYear: number;
  /** The year whose prices every figure is put in; default `fromYear`. */
  pricesOf?: number;
  series: PriceSeries;
  /** The user's --column texts, tried in order before the default choice. */
  columnPrefs?: readonly string[];
  /** The document's budget year, which decides whether a year is past (null: unknown). */
  budgetYear: number | null;
  assume?: Assume;
}

interface Resolved {
  fromYear: number;
  toYear: number;
  pricesOf: number;
  series: PriceSeries;
  columnPrefs: readonly string[];
  budgetYear: number | null;
  stepOf: (fromYear: number, toYear: number) => SeriesStep | null;
}

/** An item's choice for both years, before it is known whether the item can be compared. */
interface Picked {
  item: LineItem;
  from: ColumnChoice | null;
  to: ColumnChoice | null;
}

export function lineItemsToRealRows(
  items: readonly LineItem[],
  options: DeflateOptions,
): RealTermsReport {
  const o = resolveOptions(options);
  const picks = items.map((item) => pick(item, o));
  const computed = picks.flatMap((p) => {
    const from = amountOf(p.from);
    const to = amountOf(p.to);
    return from && to ? [toRealRow(p.item, from, to, o)] : [];
  });
  const used = computed.flatMap((c) => c.used);
  const assumptions = uniqueAssumptions(used.flatMap((s) => s.assumptions));
  const stepWarnings = used.flatMap((s) => s.warnings);
  return {
    fromYear: o.fromYear,
    toYear: o.toYear,
    pricesOf: o.pricesOf,
    seriesName: o.series.name,
    seriesId: o.series.id,
    rows: computed.map((c) => c.row),
    indexPoints: uniquePoints(used.flatMap((s) => s.points)),
    assumptions,
    warnings: [
      ...o.series.notices,
      ...ignoredAssumptions(o.series, options.assume ?? NO_ASSUMPTIONS),
      ...skipWarnings(picks, o),
      ...columnWarnings(picks, o),
      ...withAssumptionWarnings(o.series.name, stepWarnings, assumptions),
    ],
  };
}

function resolveOptions(options: DeflateOptions): Resolved {
  const assume = options.assume ?? NO_ASSUMPTIONS;
  // One step per pair of price years: every row of a table needs the same few.
  const cache = new Map<string, SeriesStep>();
  const stepOf = (fromYear: number, toYear: number): SeriesStep | null => {
    if (fromYear === toYear) return null;
    const key = `${fromYear}->${toYear}`;
    const step = cache.get(key) ?? priceStep(options.series, fromYear, toYear, assume);
    cache.set(key, step);
    return step;
  };
  return {
    fromYear: options.fromYear,
    toYear: options.toYear,
    pricesOf: options.pricesOf ?? options.fromYear,
    series: options.series,
    // An empty --column text would match every header.
    columnPrefs: (options.columnPrefs ?? []).filter((p) => foldText(p) !== ""),
    budgetYear: options.budgetYear,
    stepOf,
  };
}

function pick(item: LineItem, o: Resolved): Picked {
  return {
    item,
    from: chooseColumn(item.values, o.fromYear, o.columnPrefs, o.budgetYear),
    to: chooseColumn(item.values, o.toYear, o.columnPrefs, o.budgetYear),
  };
}

interface Priced {
  value: AmountValue;
  amount: Decimal;
}

function amountOf(choice: ColumnChoice | null): Priced | null {
  const amount = choice?.value.amountNok;
  return choice && amount ? { value: choice.value, amount } : null;
}

function toRealRow(item: LineItem, from: Priced, to: Priced, o: Resolved) {
  const fromPriceYear = priceYearOf(from.value);
  const toPriceYear = priceYearOf(to.value);
  const fromStep = o.stepOf(fromPriceYear, o.pricesOf);
  const toStep = o.stepOf(toPriceYear, o.pricesOf);
  const used = [...new Set([fromStep, toStep])].filter((s): s is SeriesStep => s !== null);
  const fromInPricesOf = inPricesOf(from.amount, fromStep);
  const toInPricesOf = inPricesOf(to.amount, toStep);
  const nominalChange = new D(to.amount).minus(from.amount);
  const realChange = toInPricesOf.minus(fromInPricesOf);
  const row: RealTermsRow = {
    item,
    from: from.value,
    to: to.value,
    pricesOf: o.pricesOf,
    fromPriceYear,
    toPriceYear,
    fromInPricesOf,
    toInPricesOf,
    nominalChange,
    nominalChangePct: percentOf(nominalChange, from.amount),
    realChange,
    realChangePct: percentOf(realChange, fromInPricesOf),
    steps: used.map((s) => s.step),
    anslag: used.some((s) => s.points.some((p) => p.status === "anslag")),
    flags: rowFlags([item]),
  };
  return { row, used };
}

/**
 * The flags of the items a row's figures come from, once each and in a fixed
 * order: a doubt about either figure is a doubt about the change between them.
 */
function rowFlags(items: readonly LineItem[]): ItemFlag[] {
  return ITEM_FLAGS.filter((flag) => items.some((it) => it.flags.includes(flag)));
}

/**
 * The year whose prices a figure is in. A plan year printed in "faste
 * 2023-priser" is already in 2023 prices; deflating it from its own year
 * would count the inflation in between twice.
 */
export function priceYearOf(value: AmountValue): number {
  const basis = value.priceBasis;
  switch (basis.kind) {
    case "nominal":
      return value.year;
    case "fixed":
      return value.year >= basis.year ? basis.year : value.year;
    default: {
      const never: never = basis;
      return never;
    }
  }
}

function inPricesOf(amount: Decimal, step: SeriesStep | null): Decimal {
  return step ? deflateAmount(amount, step.step.fromPoint.value, step.step.toPoint.value) : new D(amount);
}

/**
 * The change in per cent of the first figure's size. Dividing by the absolute
 * value keeps the sign of the kroner: a revenue row of −43.9 mill. that falls to
 * −48.0 mill. has changed by −9.3 %, not +9.3 %.
 */
export function percentOf(change: Decimal, base: Decimal): Decimal | null {
  return base.isZero() ? null : new D(change).times(HUNDRED).div(new D(base).abs());
}

function skipWarnings(picks: readonly Picked[], o: Resolved): Warning[] {
  const missing = [o.fromYear, o.toYear]
    .filter((year, i, years) => years.indexOf(year) === i)
    .flatMap((year): Warning[] => {
      const n = picks.filter((p) => !chooseFor(p, year, o)).length;
      if (n === 0) return [];
      const rows = n === 1 ? "1 row has no ${year} column and is" : `${n} rows have no ${year} column and are`;
      return [{ code: "rows_missing_year", message: `${rows.replace("${year}", String(year))} left out (bop-real extract FILE shows every row's years).` }];
    });
  const blanks = picks
    .filter((p) => p.from && p.to)
    .flatMap((p) =>
      [p.from, p.to]
        .filter((c) => c?.value.amountNok === null)
        .map((c) => blankWarning(p.item, c)),
    );
  return [...missing, ...blanks];
}

function chooseFor(p: Picked, year: number, o: Resolved): ColumnChoice | null {
  return year === o.fromYear ? p.from : p.to;
}

function blankWarning(item: LineItem, choice: ColumnChoice | null): Warning {
  return {
    code: "blank_cell",
    message: `"${item.label}" has a blank "${choice?.value.column ?? ""}" cell and is left out.`,
    file: item.provenance.file,
    page: item.provenance.page,
    table: item.provenance.tableTitle,
    text: item.printedRow,
  };
}

/**
 * A --column text that picks a column in neither compared year would fall back
 * without a word. One that picks a column in one year only is what the user
 * meant (`--column justert` where only the past year has a revised budget):
 * the other year falls back to the default quietly, and the notes name its column.
 */
function columnWarnings(picks: readonly Picked[], o: Resolved): Warning[] {
  const compared = picks.flatMap((p) => p.item.values.filter((v) => v.year === o.fromYear || v.year === o.toYear));
  const unused = o.columnPrefs.filter((pref) => !compared.some((v) => columnMatches(v.column, pref)));
  if (unused.length === 0 || picks.length === 0) return [];
  const years = o.fromYear === o.toYear ? `${o.fromYear}` : `${o.fromYear} or ${o.toYear}`;
  const used = [...new Set(picks.flatMap((p) => [p.from, p.to]).filter((c) => c?.by === "default").map((c) => `«${c?.value.column}»`))];
  const wanted = unused.map((p) => `"${p}"`).join(" or ");
  const file = picks[0]?.item.provenance.file;
  const instead = used.length === 0 ? "" : `; used ${used.join(", ")} instead`;
  const message = `--column ${wanted} matches no ${years} column${instead}.`;
  return [{ code: "column_not_matched", message, ...(file === undefined ? {} : { file }) }];
}
