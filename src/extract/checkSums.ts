import { Decimal } from "decimal.js";
import { parseAmount } from "../amounts/index.js";
import type { LineItem, Warning } from "../model/types.js";

/**
 * Every Sum/total row is checked against the rows it can stand for: the block
 * of rows above it, all top-level rows of its table, the sum before it plus the
 * rows after that, the sub-sums, the opening row plus the changes. A total that
 * none of these add up to means a misread (or a misprint) and is reported, so
 * a wrong figure never passes silently. Overview tables round each row from
 * exact amounts: there a difference of up to half a rounding step per row (at
 * least one step) of the table's last printed digit is accepted.
 */
/** One total checked against its rows: for `--explain`, which shows why a table was trusted or not. */
export interface SumCheck {
  total: LineItem;
  holds: boolean;
  /** The rows that add up to it, or (when none do) the first set it was checked against. */
  rows: LineItem[];
}

export function checkTableSums(items: LineItem[], file: string, checks: SumCheck[] = []): Warning[] {
  const warnings: Warning[] = [];
  const covers = new Map<LineItem, LineItem[]>();
  items.forEach((item, idx) => {
    if (item.role !== "sum" && item.role !== "total") return;
    const candidates = candidateSets(items, idx, covers);
    if (candidates.length === 0) return;
    const match = candidates.find((set) => addsUp(item, set));
    if (match) {
      covers.set(item, match);
      checks.push({ total: item, holds: true, rows: match });
      return;
    }
    checks.push({ total: item, holds: false, rows: candidates[0]! });
    item.flags.push("sum_mismatch");
    for (const row of candidates[0]!) if (!row.flags.includes("in_failed_sum")) row.flags.push("in_failed_sum");
    warnings.push({
      code: "sum_mismatch",
      message: `the rows above "${item.label}" do not add up to it; check these figures against the document`,
      file,
      page: item.provenance.page,
      table: item.provenance.tableTitle,
      tableId: item.tableId,
      text: item.printedRow,
    });
  });
  return warnings;
}

const isSum = (it: LineItem) => it.role === "sum" || it.role === "total";

function candidateSets(items: LineItem[], idx: number, covers: Map<LineItem, LineItem[]>): LineItem[][] {
  const lastTotal = findLastIndex(items.slice(0, idx), (it) => it.role === "total");
  const before = items.slice(lastTotal + 1, idx);
  const lastSum = findLastIndex(before, isSum);
  const run = before.slice(lastSum + 1).filter((it) => !isSum(it));
  const opening = before.length > 0 && !isSum(before[0]!) && before[0]!.indent === 0 && run.length < before.length ? before[0]! : null;
  const sums = before.filter((it) => it.role === "sum");
  const sets: LineItem[][] = [];
  const add = (set: LineItem[]) => {
    if (set.length > 0) sets.push(set);
  };
  add(childrenBelow(items, idx));
  for (let k = 0; k < run.length; k++) add(topLevel(run.slice(k)));
  if (lastSum >= 0) for (let k = 0; k <= run.length; k++) add([before[lastSum]!, ...topLevel(run.slice(k))]);
  add([...sums, ...run.filter((it) => it !== opening)]);
  add(topLevel(before.filter((it) => !isSum(it) && it !== opening)));
  add(topLevel(items.slice(0, idx).filter((it) => !isSum(it))));
  const covered = new Set(before.flatMap((it) => covers.get(it) ?? []));
  const roots = before.filter((it) => !covered.has(it) && it !== opening);
  add(roots);
  // A section total of a balance sheet adds the sub-totals and loose rows of a block above it
  // ("Sum eigenkapital" = "Sum innskoten eigenkapital" + "Sum opptent eigenkapital").
  for (let k = 0; k < before.length; k++) add(uncovered(before.slice(k), covers));
  if (opening) {
    add([opening, ...roots]);
    add([opening, ...sums, ...run.filter((it) => it !== opening)]);
    if (lastSum >= 0) add([opening, before[lastSum]!]);
    add([opening, ...topLevel(before.filter((it) => !isSum(it) && it !== opening))]);
  }
  return sets;
}

/** Some tables print the sum first and its parts indented under it ("Sum folketrygden", then its posts). */
function childrenBelow(items: LineItem[], idx: number): LineItem[] {
  const out: LineItem[] = [];
  for (let k = idx + 1; k < items.length && items[k]!.indent > items[idx]!.indent && !isSum(items[k]!); k++) out.push(items[k]!);
  return out;
}

/** The rows of a block that no sum inside the block already stands for. */
function uncovered(block: LineItem[], covers: Map<LineItem, LineItem[]>): LineItem[] {
  const covered = new Set(block.flatMap((it) => covers.get(it) ?? []));
  return block.filter((it) => !covered.has(it));
}

/** Sub-rows add up to their parent: only the shallowest rows of a set count. */
function topLevel(rows: LineItem[]): LineItem[] {
  if (rows.length === 0) return rows;
  const level = (r: LineItem) => (r.role === "sub" ? 2 : 0) + r.indent;
  const min = Math.min(...rows.map(level));
  return rows.filter((r) => level(r) === min);
}

function addsUp(total: LineItem, rows: LineItem[]): boolean {
  return total.values.every((v) => {
    if (v.amountNok === null) return true;
    let sum = new Decimal(0);
    for (const r of rows) {
      const same = r.values.find((x) => x.column === v.column);
      if (same?.amountNok) sum = sum.plus(same.amountNok);
    }
    const diff = sum.minus(v.amountNok).abs();
    // Rows rounded one by one can be off by half a step each.
    const tolerance = roundingStep(total, v.printed).times(Math.max(1, Math.ceil(rows.length / 2)));
    return diff.isZero() || diff.lte(tolerance);
  });
}

/** One unit of the last printed digit: 0,1 mill. = 100 000 kr; 1 in a 1000-kr table = 1 000 kr. */
function roundingStep(item: LineItem, printed: string): Decimal {
  const cell = parseAmount(printed);
  const decimals = cell.kind === "amount" ? cell.decimals : 0;
  const multiplier = cell.kind === "amount" && cell.cellUnit ? cell.cellUnit.multiplier : item.unit.multiplier;
  return new Decimal(multiplier).dividedBy(new Decimal(10).pow(decimals));
}

function findLastIndex<T>(xs: T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!)) return i;
  return -1;
}
