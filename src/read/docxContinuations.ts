// A table that goes on over a page break is often written as a second Word
// table of body rows only: no header row, no caption, the same column grid.
// Laid out on its own it would get columns sized to its own rows, and the
// extractor, which carries a headerless continuation over by position, would
// find its amounts off the first part's columns. Such parts are grouped here
// so that they are laid out on one set of columns.
import type { DocxBlock, DocxTable } from "./docxModel.js";

/**
 * Grid columns (w:tblGrid) that differ by less than this are the same column:
 * Word rounds widths to whole twips when a table is split or copied, and a
 * real change of layout moves a column by far more than a point.
 */
const SAME_WIDTH_PT = 1;

/**
 * Each table's family: itself and the tables it continues or that continue it,
 * in document order. A table continues the one before it when it has no header
 * (`headerless`), the same grid, and nothing but empty paragraphs and page or
 * section breaks stands between them.
 */
export function continuationFamilies(blocks: DocxBlock[], headerless: (t: DocxTable) => boolean): Map<DocxTable, DocxTable[]> {
  const families = new Map<DocxTable, DocxTable[]>();
  let previous: DocxTable | null = null;
  for (const b of blocks) {
    if (b.kind === "table") {
      const family = previous && headerless(b) && sameGrid(previous.grid, b.grid) ? families.get(previous)! : [];
      family.push(b);
      families.set(b, family);
      previous = b;
    } else if (b.kind === "paragraph" && !isEmpty(b)) previous = null;
  }
  return families;
}

/** The table is not the first part of its family: it goes on from the one before. */
export function continuesPrevious(t: DocxTable, families: Map<DocxTable, DocxTable[]>): boolean {
  return (families.get(t)?.indexOf(t) ?? 0) > 0;
}

function sameGrid(a: number[], b: number[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, i) => Math.abs(w - b[i]!) < SAME_WIDTH_PT);
}

function isEmpty(p: Extract<DocxBlock, { kind: "paragraph" }>): boolean {
  return p.images === 0 && p.lines.every((l) => l.every((s) => s.trim() === ""));
}
