// WordprocessingML's body → plain blocks (docxModel.ts). Read from the XML
// itself: page breaks, "page break before", section breaks, a table's grid
// (w:tblGrid), merged cells (gridSpan, vMerge) and header rows (w:tblHeader)
// are all in the markup, and nothing here guesses at what Word would draw.
import type { DocxBlock, DocxCell, DocxParagraph } from "./docxModel.js";
import { child, descendants, elements, isOn, textOf, type XmlElement } from "./xml.js";

/** Footnote and endnote references are numbered in document order, one count per kind. */
type NoteCounts = Map<string, number>;

/** How a section starts (w:type of its w:sectPr): on the same page, a new one, or the next even or odd one. */
type SectionStart = "continuous" | "page" | "even" | "odd";

interface Reading {
  notes: NoteCounts;
  /** For the w:sectPr that ends each section: how the section after it starts. */
  nextStart: Map<XmlElement, SectionStart>;
}

export function bodyToBlocks(body: XmlElement): DocxBlock[] {
  return blocksOf(body, { notes: new Map(), nextStart: sectionStarts(body) });
}

/**
 * A section's w:sectPr stands in its last paragraph (the last section's at the
 * end of the body), and its w:type says how that section starts. So the break
 * after a section is the *next* section's type.
 */
function sectionStarts(body: XmlElement): Map<XmlElement, SectionStart> {
  const ends = contentElements(body).flatMap((el) => {
    const s = el.name === "p" ? child(child(el, "pPr"), "sectPr") : undefined;
    return s ? [s] : [];
  });
  const last = child(body, "sectPr");
  const starts = new Map<XmlElement, SectionStart>();
  ends.forEach((s, i) => {
    const next = ends[i + 1] ?? last;
    starts.set(s, startOf(next));
  });
  return starts;
}

function startOf(sectPr: XmlElement | undefined): SectionStart {
  const type = child(sectPr, "type")?.attrs["val"];
  if (type === "continuous") return "continuous";
  if (type === "evenPage") return "even";
  if (type === "oddPage") return "odd";
  return "page"; // nextPage, nextColumn in one column, or unset (nextPage by default)
}

function blocksOf(parent: XmlElement, ctx: Reading): DocxBlock[] {
  return contentElements(parent).flatMap((el): DocxBlock[] => {
    if (el.name === "p") return paragraphToBlocks(el, ctx);
    if (el.name !== "tbl") return [];
    const table = tableOf(el, ctx);
    // A table of one column is a frame around text (and perhaps the real table): read what is in it.
    if (table.rows.every((row) => row.cells.length <= 1)) return table.rows.flatMap((row) => row.cells.flatMap((c) => c.blocks));
    return [{ kind: "table", grid: table.grid, rows: table.rows.map((row) => ({ header: row.header, cells: row.cells.map(toCell) })) }];
  });
}

/**
 * The block-level content of a body or cell: paragraphs and tables, also when
 * wrapped in content controls, custom XML or markup-compatibility choices.
 */
function contentElements(parent: XmlElement): XmlElement[] {
  return elements(parent).flatMap((el): XmlElement[] => {
    if (el.name === "p" || el.name === "tbl" || el.name === "tr" || el.name === "tc") return [el];
    const inner = transparent(el);
    return inner ? contentElements(inner) : [];
  });
}

/** The element whose children stand in for `el`'s, when `el` is only a wrapper; null if it holds nothing to read. */
function transparent(el: XmlElement): XmlElement | null {
  switch (el.name) {
    case "sdt": return child(el, "sdtContent") ?? null;
    case "customXml":
    case "smartTag":
    case "hyperlink":
    case "ins":
    case "moveTo":
    case "fldSimple":
    case "dir":
    case "bdo":
      return el;
    // Word writes a modern choice and an older fallback of the same content; read the fallback only.
    case "mc:AlternateContent": return child(el, "mc:Fallback") ?? null;
    default: return null;
  }
}

// ---- Paragraphs -----------------------------------------------------------------

const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
const toSuperscript = (s: string) => s.replace(/\d/g, (d) => SUPERSCRIPT[d]!);

interface RunStyle {
  caps: boolean;
  superscript: boolean;
}
const PLAIN: RunStyle = { caps: false, superscript: false };

/** A paragraph, split where a page break stands in it; tabs separate segments, line breaks lines. */
function paragraphToBlocks(p: XmlElement, ctx: Reading): DocxBlock[] {
  const props = child(p, "pPr");
  const walk = new ParagraphWalk(props, ctx.notes);
  if (isOn(child(props, "pageBreakBefore"))) walk.pageBreak(true);
  walk.visitAll(p, PLAIN);
  // The paragraph ends a section: the next one starts on a new page unless it is continuous.
  const section = child(props, "sectPr");
  const start = section && ctx.nextStart.get(section);
  if (start && start !== "continuous") walk.pageBreak(false, start === "page" ? undefined : start);
  const blocks = walk.finish();
  // Text boxes anchored in the paragraph are read after it, as paragraphs of their own (before its section break).
  const boxes = walk.textBoxes.flatMap((box) => blocksOf(box, ctx));
  if (boxes.length === 0) return blocks;
  const last = blocks[blocks.length - 1];
  const endsSection = start !== undefined && start !== "continuous" && last?.kind === "pageBreak";
  return endsSection ? [...blocks.slice(0, -1), ...boxes, last] : [...blocks, ...boxes];
}

class ParagraphWalk {
  private readonly blocks: DocxBlock[] = [];
  /** The contents of VML text boxes met in the runs (w:txbxContent). */
  readonly textBoxes: XmlElement[] = [];
  private part: DocxParagraph;
  /** A hard break ended the paragraph's text here: what follows is a new page, not a blank line. */
  private broke = false;

  constructor(
    private readonly props: XmlElement | undefined,
    private readonly notes: NoteCounts,
  ) {
    this.part = this.fresh();
  }

  visitAll(parent: XmlElement, style: RunStyle): void {
    for (const c of elements(parent)) this.visit(c, style);
  }

  private visit(el: XmlElement, style: RunStyle): void {
    switch (el.name) {
      case "r": return this.visitAll(el, runStyle(child(el, "rPr"), style));
      case "t": {
        const text = textOf(el);
        const cased = style.caps ? text.toUpperCase() : text;
        return this.add(style.superscript ? toSuperscript(cased) : cased);
      }
      case "softHyphen": return this.add("\u00ad");
      // A hyphen where the line may not break is still a hyphen in a label.
      case "noBreakHyphen": return this.add("-");
      case "footnoteReference":
      case "endnoteReference": {
        this.notes.set(el.name, (this.notes.get(el.name) ?? 0) + 1);
        return this.add(toSuperscript(String(this.notes.get(el.name))));
      }
      case "tab": return void this.part.lines[this.part.lines.length - 1]!.push("");
      case "cr": return void this.part.lines.push([""]);
      case "br": return el.attrs["type"] === "page" ? this.pageBreak(false) : void this.part.lines.push([""]);
      // A picture counts (a page of nothing else is a scanned page); a chart or a shape does not.
      case "drawing": return void (descendants(el, "a:blip").length > 0 && this.part.images++);
      case "pict": {
        if (descendants(el, "v:imagedata").length > 0) this.part.images++;
        return void this.textBoxes.push(...descendants(el, "txbxContent"));
      }
      default: {
        const inner = transparent(el);
        if (inner) this.visitAll(inner, style);
      }
    }
  }

  finish(): DocxBlock[] {
    const empty = !this.blocks.some((b) => b.kind === "paragraph");
    if (empty && !this.broke) this.blocks.push(this.part); // an empty paragraph is a blank line
    else this.flush();
    return this.blocks;
  }

  /**
   * `soft`: a paragraph's "page break before", which adds no page when the page
   * is still empty; `parity`: the next page must be an even or odd one.
   */
  pageBreak(soft: boolean, parity?: "even" | "odd"): void {
    if (!soft) {
      this.flush();
      this.broke = true;
    }
    this.blocks.push(parity ? { kind: "pageBreak", soft, parity } : { kind: "pageBreak", soft });
  }

  private fresh(): DocxParagraph {
    return { kind: "paragraph", lines: [[""]], indent: indentOf(child(this.props, "ind")), align: alignOf(child(this.props, "jc")?.attrs["val"]), images: 0 };
  }

  private add(text: string): void {
    const line = this.part.lines[this.part.lines.length - 1]!;
    line[line.length - 1] += text;
  }

  private flush(): void {
    if (this.part.images > 0 || this.part.lines.some((l) => l.some((s) => s.trim() !== ""))) this.blocks.push(this.part);
    this.part = this.fresh();
  }
}

/** Run properties set on the run itself (a character style's are not read). */
function runStyle(rPr: XmlElement | undefined, outer: RunStyle): RunStyle {
  if (!rPr) return outer;
  const caps = child(rPr, "caps");
  const vert = child(rPr, "vertAlign")?.attrs["val"];
  return { caps: caps ? isOn(caps) : outer.caps, superscript: vert ? vert === "superscript" : outer.superscript };
}

function indentOf(ind: XmlElement | undefined): number {
  if (!ind) return 0;
  const twips = (v: string | undefined) => (v && /^-?\d+$/.test(v) ? Number(v) : 0);
  const a = ind.attrs;
  return Math.max(0, twips(a["start"] ?? a["left"]) + twips(a["firstLine"]) - twips(a["hanging"])) / 20;
}

function alignOf(a: string | undefined): DocxParagraph["align"] {
  if (a === "right" || a === "end") return "right";
  if (a === "center") return "center";
  if (a === "left" || a === "start" || a === "both" || a === "distribute") return "left";
  return null;
}

// ---- Tables -----------------------------------------------------------------------

/** Twips (twentieths of a point), the unit of w:tblGrid. */
const TWIPS_PER_POINT = 20;

interface ReadCell extends Omit<DocxCell, "paragraphs"> {
  blocks: DocxBlock[];
}
interface ReadTable {
  grid: number[];
  rows: { header: boolean; cells: ReadCell[] }[];
}

/**
 * A table on its grid: each cell's first grid column counts w:gridBefore and
 * the spans before it; a vertically merged cell spans the rows that continue
 * it (whose own cells Word does not show), as in Word.
 */
function tableOf(tbl: XmlElement, ctx: Reading): ReadTable {
  const grid = elements(child(tbl, "tblGrid") ?? tbl)
    .filter((c) => c.name === "gridCol")
    .map((c) => Number(c.attrs["w"] ?? 0) / TWIPS_PER_POINT);
  const raw = contentElements(tbl).filter((el) => el.name === "tr").map((tr) => rowCells(tr));
  const rows = raw.map((row, r) => ({
    header: isOn(child(child(row.tr, "trPr"), "tblHeader")),
    cells: row.cells
      .filter((c) => c.merge !== "continue")
      .map((c): ReadCell => ({ column: c.column, span: c.span, rowSpan: c.merge === "restart" ? 1 + continuedBelow(raw, r, c.column) : 1, blocks: blocksOf(c.tc, ctx) })),
  }));
  return { grid, rows };
}

interface RawCell {
  tc: XmlElement;
  column: number;
  span: number;
  merge: "restart" | "continue" | null;
}

function rowCells(tr: XmlElement): { tr: XmlElement; cells: RawCell[] } {
  let column = Number(child(child(tr, "trPr"), "gridBefore")?.attrs["val"] ?? 0) || 0;
  const cells = contentElements(tr).filter((el) => el.name === "tc").map((tc): RawCell => {
    const props = child(tc, "tcPr");
    const span = Math.max(1, Number(child(props, "gridSpan")?.attrs["val"] ?? 1) || 1);
    const vMerge = child(props, "vMerge");
    const merge = vMerge ? (vMerge.attrs["val"] === "restart" ? "restart" : "continue") : null;
    const cell: RawCell = { tc, column, span, merge };
    column += span;
    return cell;
  });
  return { tr, cells };
}

function continuedBelow(rows: { cells: RawCell[] }[], r: number, column: number): number {
  let n = 0;
  while (rows[r + 1 + n]?.cells.some((c) => c.column === column && c.merge === "continue")) n++;
  return n;
}

/** A cell's paragraphs; a table nested in it gives one line per nested row. */
function toCell(c: ReadCell): DocxCell {
  const paragraphs = c.blocks.flatMap((b): DocxParagraph[] => {
    if (b.kind === "paragraph") return [b];
    if (b.kind !== "table") return [];
    return b.rows.map((r) => ({
      kind: "paragraph",
      lines: [r.cells.map((cell) => cell.paragraphs.flatMap((p) => p.lines.map((l) => l.join(" "))).join(" "))],
      indent: 0,
      align: null,
      images: 0,
    }));
  });
  return { column: c.column, span: c.span, rowSpan: c.rowSpan, paragraphs };
}
