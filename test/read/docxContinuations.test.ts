// Which Word tables are parts of one table: a headerless table on the same grid
// right after another (only empty paragraphs and breaks between).
import { describe, expect, it } from "vitest";
import { continuationFamilies, continuesPrevious } from "../../src/read/docxContinuations.js";
import type { DocxBlock, DocxParagraph, DocxTable } from "../../src/read/docxModel.js";

const table = (grid: number[], header: boolean): DocxTable => ({ kind: "table", grid, rows: [{ header, cells: [] }] });
const para = (text: string): DocxParagraph => ({ kind: "paragraph", lines: [[text]], indent: 0, align: null, images: 0 });
const headerless = (t: DocxTable) => !t.rows[0]!.header;

describe("continuationFamilies", () => {
  const GRID = [120, 50, 50];

  it("joins headerless tables on the same grid across empty paragraphs and page breaks", () => {
    const [a, b, c] = [table(GRID, true), table(GRID, false), table([...GRID.slice(0, 2), 50.4], false)];
    const blocks: DocxBlock[] = [a, para(""), { kind: "pageBreak", soft: true }, b, { kind: "pageBreak", soft: false }, c];
    const families = continuationFamilies(blocks, headerless);
    expect(families.get(c)).toEqual([a, b, c]);
    expect(families.get(a)).toBe(families.get(b));
    expect([a, b, c].map((t) => continuesPrevious(t, families))).toEqual([false, true, true]);
  });

  it("does not join across text, to a table with a header row, or on another grid", () => {
    const [a, b] = [table(GRID, true), table(GRID, false)];
    const [c, d] = [table(GRID, true), table([120, 60, 50], false)];
    const [e, f] = [table([], true), table([], false)];
    const families = continuationFamilies([a, para("* Fotnote"), b, c, d, e, f], headerless);
    for (const t of [a, b, c, d, e, f]) expect(families.get(t)).toEqual([t]);
  });
});
