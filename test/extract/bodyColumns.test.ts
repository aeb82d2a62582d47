// Columns come from the body: the rows' cell edges show a column the header's
// years did not (a per-cent column squeezed between two years), and digit
// groups drawn apart are not taken for column edges.
import { describe, expect, it } from "vitest";
import { unheadedColumns } from "../../src/extract/bodyColumns.js";
import type { Column, Token } from "../../src/extract/types.js";

const SIZE = 6.8;
const DIGIT = 3.78;
/** A number drawn as separate digit groups 1 pt apart, ending at `right` (as d09 draws them). */
function drawnApart(text: string, right: number): Token[] {
  const groups = text.split(" ");
  const tokens: Token[] = [];
  let x1 = right;
  for (const g of [...groups].reverse()) {
    tokens.unshift({ text: g, x0: x1 - g.length * DIGIT, x1, y: 0, size: SIZE });
    x1 -= g.length * DIGIT + 1;
  }
  return tokens;
}
const percent = (text: string, right: number): Token[] => [
  { text, x0: right - 3.4 - text.length * DIGIT, x1: right - 3.4, y: 0, size: SIZE },
  { text: "%", x0: right - 3, x1: right, y: 0, size: SIZE },
];
const year = (y: number, right: number): Column => ({ header: String(y), year: y, kind: null, inValues: true, center: right - 7, right });

const YEARS = [year(2024, 269.3), year(2025, 309.1), year(2026, 348.9)];
const rows = [
  [...drawnApart("151 543 127", 269.3), ...drawnApart("155 639 187", 309.1), ...percent("7,0", 330.6), ...drawnApart("162 146 166", 370.4)],
  [...drawnApart("18 910 572", 269.3), ...drawnApart("19 295 920", 309.1), ...percent("8,2", 330.6), ...drawnApart("20 453 368", 370.4)],
  [...drawnApart("5 623 884", 269.3), ...drawnApart("5 507 256", 309.1), ...percent("-0,1", 330.6), ...drawnApart("5 386 904", 370.4)],
];

describe("columns from the body", () => {
  it("finds the per-cent column the header's years did not show, and only that one", () => {
    const header = [year(2024, 269.3), year(2025, 309.1), year(2026, 370.4)];
    const found = unheadedColumns(rows, header);
    expect(found).toHaveLength(1);
    expect(found[0]!.right).toBeCloseTo(330.6, 1);
    expect(found[0]!.inValues).toBe(false);
    expect(found[0]!.center).toBeGreaterThan(309.1);
    expect(found[0]!.center).toBeLessThan(330.6);
  });

  it("finds nothing when the header has a column for every edge", () => {
    const header = [year(2024, 269.3), year(2025, 309.1), { ...year(2025, 330.6), year: null, inValues: false }, year(2026, 370.4)];
    expect(unheadedColumns(rows, header)).toEqual([]);
  });

  it("does not take the inner edges of digit groups drawn apart for columns", () => {
    const onlyAmounts = rows.map((r) => r.filter((t) => t.x1 < 310));
    expect(unheadedColumns(onlyAmounts, YEARS.slice(0, 2))).toEqual([]);
  });
});
