// A digit group at the end of a label that could be the first group of the
// amount after it: each piece of evidence alone, and the case where nothing
// decides (the row is kept with the joined number but marked uncertain).
import { describe, expect, it } from "vitest";
import { gluedGroupWarnings, resolveLabelDigitGroups } from "../../src/extract/labelDigitGroups.js";
import type { Cell, Column, TableLine, Token } from "../../src/extract/types.js";

const SIZE = 8;
const tok = (text: string, x0: number, x1: number): Token => ({ text, x0, x1, y: 100, size: SIZE });
const column = (center: number, right: number, inValues = true): Column => ({ header: "", year: 2024, kind: "budsjett_forslag", inValues, center, right });
const COLUMNS = [column(300, 320), column(360, 380)];

/** A line: label words, then cells (column, text, x0, x1). */
function line(label: Token[], cells: Cell[]): TableLine {
  const tokens = [...label];
  return { line: { page: 3, y: 100, size: SIZE, tokens, text: label.map((t) => t.text).join(" ") }, labelTokens: label, cells };
}

const cellText = (l: TableLine) => l.cells.map((c) => c.text);

describe("a label that ends in a digit group before its first amount", () => {
  it("joins the group when it stands apart from the label and close to the amount", () => {
    const l = line([tok("Totale", 60, 84), tok("inntekter", 86, 120), tok("3", 283, 287)], [{ column: 0, text: "652 868", x0: 289.5, x1: 320 }]);
    const [d] = resolveLabelDigitGroups([l], COLUMNS);
    expect(d!.reading).toBe("amount");
    expect(cellText(l)).toEqual(["3 652 868"]);
    expect(l.labelTokens.map((t) => t.text)).toEqual(["Totale", "inntekter"]);
    expect(l.uncertain).toBeUndefined();
  });

  it("joins the group when another year of the row has as many digit groups as the joined number", () => {
    const l = line(
      [tok("Skatt", 60, 80), tok("2", 82.5, 86.5)],
      [{ column: 0, text: "496 716", x0: 89, x1: 320 }, { column: 1, text: "2 130 025", x0: 344, x1: 380 }],
    );
    expect(resolveLabelDigitGroups([l], COLUMNS)[0]!.reading).toBe("amount");
    expect(cellText(l)).toEqual(["2 496 716", "2 130 025"]);
  });

  it("keeps a number that ends the label when it stands a word space from the label and far from the amount", () => {
    const l = line([tok("Tiltak", 60, 80), tok("3", 82.5, 86.5)], [{ column: 0, text: "652 868", x0: 290, x1: 320 }]);
    expect(resolveLabelDigitGroups([l], COLUMNS)[0]!.reading).toBe("label");
    expect(cellText(l)).toEqual(["652 868"]);
    expect(l.labelTokens.map((t) => t.text)).toEqual(["Tiltak", "3"]);
  });

  it("flags the row and warns when nothing decides, reading the joined number", () => {
    const l = line([tok("Tiltak", 60, 80), tok("3", 82.5, 86.5)], [{ column: 0, text: "652 868", x0: 89, x1: 320 }, { column: 1, text: "700 100", x0: 350, x1: 380 }]);
    const decisions = resolveLabelDigitGroups([l], COLUMNS);
    expect(decisions[0]!.reading).toBe("unsure");
    expect(cellText(l)).toEqual(["3 652 868", "700 100"]);
    expect(l.uncertain).toContain("3 652 868");
    const warnings = gluedGroupWarnings(decisions, "a.pdf", "Tabell 1");
    expect(warnings).toEqual([expect.objectContaining({ code: "label_in_doubt", page: 3, table: "Tabell 1" })]);
  });

  it("leaves a label alone when the amount cannot take the group ('2024' | 652 868, or 3 | 52 868)", () => {
    const year = line([tok("Tiltak", 60, 80), tok("2024", 200, 218)], [{ column: 0, text: "652 868", x0: 290, x1: 320 }]);
    const short = line([tok("Tiltak", 60, 80), tok("3", 283, 287)], [{ column: 0, text: "52 868", x0: 289.5, x1: 320 }]);
    expect(resolveLabelDigitGroups([year, short], COLUMNS)).toEqual([]);
    expect(cellText(short)).toEqual(["52 868"]);
  });
});

describe("where the geometry does not decide, the table's sum does", () => {
  const group = () => [tok("Tiltak", 60, 80), tok("1", 82.5, 86.5)];
  const sumLine = (text: string) => line([tok("Sum", 60, 75), tok("drift", 77, 95)], [{ column: 0, text, x0: 280, x1: 320 }]);
  const other = () => line([tok("Andre", 60, 80)], [{ column: 0, text: "200 000", x0: 290, x1: 320 }]);

  it("joins the group when the rows then add up to the total", () => {
    const l = line(group(), [{ column: 0, text: "652 868", x0: 89, x1: 320 }]);
    const [d] = resolveLabelDigitGroups([other(), l, sumLine("1 852 868")], COLUMNS);
    expect(d!.reading).toBe("amount");
    expect(l.uncertain).toBeUndefined();
  });

  it("keeps the label's number when the rows add up without it", () => {
    const l = line(group(), [{ column: 0, text: "652 868", x0: 89, x1: 320 }]);
    const [d] = resolveLabelDigitGroups([other(), l, sumLine("852 868")], COLUMNS);
    expect(d!.reading).toBe("label");
    expect(cellText(l)).toEqual(["652 868"]);
  });

  it("decides nothing when the total fits neither reading", () => {
    const l = line(group(), [{ column: 0, text: "652 868", x0: 89, x1: 320 }]);
    expect(resolveLabelDigitGroups([other(), l, sumLine("999 999")], COLUMNS)[0]!.reading).toBe("unsure");
  });
});
