// The table's own arithmetic, as a measure of a reading: how many of its Sum
// rows add up and how many do not. Used to choose between readings the
// geometry allows.
import { checkTableSums } from "./checkSums.js";
import { markTotals, tablePartToLineItems } from "./rowsToLineItems.js";
import type { TablePart } from "./types.js";

export interface SumCheck {
  held: number;
  failed: number;
}

/** Sum rows of one part that add up, and those that add up to none of the row sets they can stand for. Nothing of the part is changed. */
export function sumCheck(part: TablePart, file: string): SumCheck {
  // Making line items strips codes from the label tokens and learns the table's label edge: work on copies.
  const copy: TablePart = { ...part, table: { ...part.table }, lines: part.lines.map((l) => ({ ...l, labelTokens: [...l.labelTokens] })) };
  const items = tablePartToLineItems(copy, file, new Map(), []);
  markTotals(items);
  const failed = checkTableSums(items, file).length;
  const sums = items.filter((it) => it.role === "sum" || it.role === "total").length;
  return { held: sums - failed, failed };
}
