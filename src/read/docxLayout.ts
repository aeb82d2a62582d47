// Lays a Word document's blocks out on synthetic pages, so the extractor finds
// its tables by position as it does in a PDF. A .docx has no fixed pages or
// positions: Word and LibreOffice each paginate it their own way. The layout
// here is plain and regular instead: every character is half an em wide, 9 pt
// text, baselines 13 pt apart; a table's label column is wide enough for its
// longest label and each amount column 70 pt, with amounts right-aligned. Pages
// start at the document's explicit page and section breaks; a page that runs
// past the bottom of an A4 page goes on on a new one (repeating the table's
// header rows, as Word does), so every y stays on its page. A table continued
// as a separate headerless Word table is laid out on its first part's columns
// and, when it lands on the same page, right under it, as one table.
import { continuationFamilies, continuesPrevious } from "./docxContinuations.js";
import { CHAR, LEAD, LEFT, RIGHT, SIZE, widthOf, wrap, type DocxBlock, type DocxParagraph, type DocxTable, type Line } from "./docxModel.js";
import { isHeaderless, layoutTable, type LaidTable } from "./docxTable.js";
import type { RawPage, TextRun } from "./types.js";

const A4 = { width: 595, height: 842 };
const TOP = 72;
const BOTTOM = 770;
const PROSE_CHARS = 100;

class Pager {
  readonly pages: RawPage[] = [];
  private runs: TextRun[] = [];
  private images = 0;
  private y = TOP;
  /** Something (text or a blank paragraph) stands on the page. */
  used = false;

  get room(): number {
    return Math.floor((BOTTOM - this.y) / LEAD) + 1;
  }

  line(placed: Line): void {
    if (this.y > BOTTOM) this.newPage();
    for (const p of placed) this.runs.push({ text: p.text, x: p.x, y: this.y, width: widthOf(p.text), size: SIZE });
    this.y += LEAD;
    this.used = true;
  }

  blank(n: number): void {
    this.y = Math.min(this.y + n * LEAD, BOTTOM + LEAD);
  }

  image(n: number): void {
    this.images += n;
  }

  newPage(): void {
    const right = Math.max(...this.runs.map((r) => r.x + r.width), 0);
    const width = Math.max(A4.width, Math.ceil(right + LEFT));
    this.pages.push({ number: this.pages.length + 1, width, height: A4.height, runs: this.runs, imageOnly: this.runs.length === 0 && this.images > 0 });
    this.runs = [];
    this.images = 0;
    this.y = TOP;
    this.used = false;
  }

  finish(): RawPage[] {
    if (this.used || this.runs.length > 0 || this.pages.length === 0) this.newPage();
    return this.pages;
  }
}

export function blocksToPages(blocks: DocxBlock[]): RawPage[] {
  const families = continuationFamilies(blocks, isHeaderless);
  const laid = new Map<DocxTable, LaidTable>();
  const layout = (t: DocxTable) => laid.get(t) ?? laid.set(t, layoutTable(t, families.get(t))).get(t)!;
  const joins = joinedParts(blocks, families);
  const pager = new Pager();
  blocks.forEach((b, i) => {
    switch (b.kind) {
      case "pageBreak":
        if (!b.soft || pager.used) pager.newPage();
        if (b.parity && (pager.pages.length + 1) % 2 !== (b.parity === "odd" ? 1 : 0)) pager.newPage();
        return;
      case "paragraph":
        if (joins.has(b)) return;
        if (pager.used && pager.room < keepWithTable(blocks, i, layout)) pager.newPage();
        for (const l of paragraphLines(b)) pager.line(l);
        pager.image(b.images);
        return;
      case "table":
        return tableToPager(layout(b), pager, !joins.has(b));
      default:
        return assertNever(b);
    }
  });
  return pager.finish();
}

function assertNever(x: never): never {
  throw new Error(`unexpected block ${JSON.stringify(x)}`);
}

/**
 * A caption or unit line right above a table goes to the next page with it
 * (Word's "keep with next"), or the table would lose its title and unit.
 * Returns the lines that must fit from block i on, or 0 if it leads to no table.
 */
function keepWithTable(blocks: DocxBlock[], i: number, layout: (t: DocxTable) => LaidTable): number {
  let lines = 0;
  for (let j = i; j < blocks.length && j < i + 4; j++) {
    const b = blocks[j]!;
    if (b.kind === "table") {
      const t = layout(b);
      return lines + t.rows.slice(0, t.repeat + 1).reduce((n, r) => n + r.length, 0);
    }
    if (b.kind !== "paragraph" || paragraphLines(b).length !== 1) return 0;
    lines++;
  }
  return 0;
}

function paragraphLines(p: DocxParagraph): Line[] {
  return p.lines.flatMap((segments) => {
    const text = segments.join("\t");
    if (text.trim() === "") return [[]];
    return wrap(text, PROSE_CHARS).map((l) => placeParagraphLine(l, p));
  });
}

/** A tab moves on to the next 36 pt stop; a right-aligned or centred line is placed as a whole. */
function placeParagraphLine(text: string, p: DocxParagraph): Line {
  const indent = Math.min(p.indent, 144);
  if (p.align === "right" || p.align === "center") {
    const t = text.replace(/\t/g, " ");
    const x = p.align === "right" ? RIGHT - widthOf(t) : (LEFT + indent + RIGHT) / 2 - widthOf(t) / 2;
    return [{ text: t, x }];
  }
  const line: Line = [];
  let x = LEFT + indent;
  text.split("\t").forEach((seg, k) => {
    if (k > 0) x = LEFT + Math.ceil((x - LEFT + CHAR) / 36) * 36;
    if (seg !== "") line.push({ text: seg, x });
    x += widthOf(seg);
  });
  return line;
}

/**
 * What joins a table to its continuation: the table itself (no gap after it)
 * and the empty paragraphs between them (not laid out), so that parts on one
 * page read as one table. Page breaks between them still start a page.
 */
function joinedParts(blocks: DocxBlock[], families: Map<DocxTable, DocxTable[]>): Set<DocxBlock> {
  const joins = new Set<DocxBlock>();
  blocks.forEach((b, i) => {
    if (b.kind !== "table" || !continuesPrevious(b, families)) return;
    for (let j = i - 1; j >= 0; j--) {
      const before = blocks[j]!;
      if (before.kind === "pageBreak") continue;
      joins.add(before);
      if (before.kind === "table") break;
    }
  });
  return joins;
}

function tableToPager(t: LaidTable, pager: Pager, gapAfter: boolean): void {
  const head = t.rows.slice(0, t.repeat);
  const firstLines = t.rows.slice(0, t.repeat + 1).reduce((n, r) => n + r.length, 0);
  if (pager.used && pager.room < firstLines) pager.newPage();
  t.rows.forEach((row, r) => {
    if (pager.used && pager.room < row.length) {
      pager.newPage();
      if (r >= t.repeat) for (const l of head.flat()) pager.line(l);
    }
    for (const l of row) pager.line(l);
  });
  // Two blank lines after a table: a gap wider than a row's, which ends the table for the extractor.
  if (gapAfter) pager.blank(2);
}
