// DOCX → RawDocument with mammoth's document model. A .docx has no fixed pages
// or positions, so docxLayout.ts lays the content out synthetically; this file
// opens the archive, turns mammoth's objects into plain blocks (H2) and says
// clearly what is wrong with files that are not usable Word documents.
import JSZip from "jszip";
import mammoth from "mammoth";
import { blocksToPages } from "./docxLayout.js";
import type { DocxBlock, DocxCell, DocxParagraph, DocxRow, DocxTable } from "./docxModel.js";
import { ReadError } from "./errors.js";
import type { RawDocument } from "./types.js";

export async function readDocx(file: string, bytes: Uint8Array): Promise<RawDocument> {
  const zip = await openArchive(file, bytes);
  const main = await mainDocumentPath(zip);
  const entry = zip.file(main);
  if (!entry) {
    throw new ReadError("not_docx", `${file} is a ZIP archive but not a Word document (it has no ${main}). Give the budget document as .docx or PDF.`);
  }
  const xml = await zipCall(file, () => entry.async("string"));
  zip.file(main, markBreaks(xml));
  const marked = await zipCall(file, () => zip.generateAsync({ type: "nodebuffer" }));
  const body = await readBody(file, marked);
  return { file, format: "docx", pages: blocksToPages(bodyToBlocks(body)) };
}

// ---- The archive -------------------------------------------------------------

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

async function openArchive(file: string, bytes: Uint8Array): Promise<JSZip> {
  if (OLE.every((b, i) => bytes[i] === b)) throw oleError(file, bytes);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ReadError("not_docx", `${file} is not a Word .docx file (a .docx is a ZIP archive; this file is not one). Give the budget document as .docx or PDF.`);
  }
  return zipCall(file, () => JSZip.loadAsync(bytes));
}

/** Word 97–2003 files and password-protected .docx files are both OLE compound files. */
function oleError(file: string, bytes: Uint8Array): ReadError {
  if (Buffer.from(bytes).includes(Buffer.from("EncryptedPackage", "utf16le"))) {
    return new ReadError("encrypted", `${file} is protected by a password. Open it in Word or LibreOffice, save an unprotected copy as .docx or PDF and give that instead.`);
  }
  return new ReadError("not_docx", `${file} is an old Word 97–2003 document, not .docx. Open it in Word or LibreOffice, save it as .docx or PDF and give that file.`);
}

/** jszip's errors are plain Errors; a file that starts as a ZIP but fails is damaged or cut short. */
async function zipCall<T>(file: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    if (/encrypt/i.test(why)) {
      throw new ReadError("encrypted", `${file} is encrypted. Save an unprotected copy as .docx or PDF and give that instead.`);
    }
    throw new ReadError("truncated", `${file} is damaged or incomplete (${why}) and cannot be read as a .docx. Download the document again.`);
  }
}

/** The main part as the package's relationships name it (nearly always word/document.xml). */
async function mainDocumentPath(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  const text = rels ? await rels.async("string").catch(() => "") : "";
  for (const m of text.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (target) return target.replace(/^\//, "");
  }
  return "word/document.xml";
}

// ---- Page breaks mammoth does not model ----------------------------------------

const BREAK_BEFORE = "_bopPageBreakBefore";
const SECTION_BREAK = "_bopSectionBreak";

/**
 * mammoth keeps `<w:br w:type="page"/>` but drops a paragraph's
 * `<w:pageBreakBefore/>` and section breaks (`<w:sectPr>` in its properties),
 * which is how Word files usually start their pages. Mark them with bookmarks,
 * which mammoth does keep, so the layout can see them in the document tree.
 */
function markBreaks(xml: string): string {
  const out: string[] = [];
  let from = 0;
  for (const m of xml.matchAll(/<w:pPr(\s[^>]*)?>/g)) {
    const start = m.index + m[0].length;
    if (start < from) continue; // inside a pPr already handled (w:pPrChange)
    const close = closingTag(xml, start);
    if (close < 0) break;
    const props = xml.slice(start, close).replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, "");
    const end = close + "</w:pPr>".length;
    out.push(xml.slice(from, end));
    from = end;
    if (/<w:pageBreakBefore(\s+w:val="(true|1|on)")?\s*\/>/.test(props)) out.push(bookmark(BREAK_BEFORE));
    if (/<w:sectPr\b/.test(props) && !/<w:type\s+w:val="continuous"/.test(props)) {
      const pEnd = xml.indexOf("</w:p>", end);
      if (pEnd < 0) continue;
      out.push(xml.slice(from, pEnd), bookmark(SECTION_BREAK));
      from = pEnd;
    }
  }
  out.push(xml.slice(from));
  return out.join("");
}

function closingTag(xml: string, from: number): number {
  let depth = 1;
  const re = /<w:pPr(\s[^>]*)?>|<\/w:pPr>/g;
  re.lastIndex = from;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return -1;
}

function bookmark(name: string): string {
  return `<w:bookmarkStart w:id="0" w:name="${name}"/>`;
}

// ---- mammoth's document tree → plain blocks --------------------------------------

/** The parts of mammoth's document model (lib/documents.js) this reader uses. */
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  breakType?: string;
  name?: string;
  noteType?: string;
  verticalAlignment?: string;
  isAllCaps?: boolean;
  alignment?: string | null;
  indent?: { start: string | null; firstLine: string | null; hanging: string | null };
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

async function readBody(file: string, docx: Buffer): Promise<MNode[]> {
  let captured: MNode | null = null;
  try {
    await mammoth.convertToHtml({ buffer: docx }, {
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })), // do not decode images
      transformDocument: (doc: MNode) => {
        captured = doc;
        return doc;
      },
    });
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new ReadError("not_docx", `${file} cannot be read as a Word document (${why}). Open it in Word or LibreOffice, save it again as .docx or PDF and give that file.`);
  }
  return (captured as MNode | null)?.children ?? [];
}

function bodyToBlocks(nodes: MNode[], notes = new Map<string, number>()): DocxBlock[] {
  return nodes.flatMap((n) => {
    if (n.type === "paragraph") return paragraphToBlocks(n, notes);
    if (n.type !== "table") return [];
    return isFrame(n) ? frameToBlocks(n, notes) : [tableToBlock(n, notes)];
  });
}

/** A table of one column is a frame around text (and perhaps the real table): read what is in it. */
function isFrame(t: MNode): boolean {
  return (t.children ?? []).every((row) => (row.children ?? []).filter((c) => c.type === "tableCell").length <= 1);
}

function frameToBlocks(t: MNode, notes: Map<string, number>): DocxBlock[] {
  const cells = (t.children ?? []).flatMap((row) => (row.children ?? []).filter((c) => c.type === "tableCell"));
  return cells.flatMap((c) => bodyToBlocks(c.children ?? [], notes));
}

const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
const toSuperscript = (s: string) => s.replace(/\d/g, (d) => SUPERSCRIPT[d]!);

/** A paragraph, split where a page break stands in it; tabs separate segments, line breaks lines. */
function paragraphToBlocks(p: MNode, notes: Map<string, number>): DocxBlock[] {
  const walk = new ParagraphWalk(p, notes);
  for (const c of p.children ?? []) walk.visit(c, null);
  return walk.finish();
}

class ParagraphWalk {
  private readonly blocks: DocxBlock[] = [];
  private part: DocxParagraph;
  /** A hard break ended the paragraph's text here: what follows is a new page, not a blank line. */
  private broke = false;

  constructor(
    private readonly p: MNode,
    private readonly notes: Map<string, number>,
  ) {
    this.part = this.fresh();
  }

  visit(n: MNode, run: MNode | null): void {
    switch (n.type) {
      case "text": {
        const text = run?.isAllCaps ? n.value!.toUpperCase() : n.value!;
        return this.add(run?.verticalAlignment === "superscript" ? toSuperscript(text) : text);
      }
      case "noteReference": {
        const key = n.noteType ?? "note";
        this.notes.set(key, (this.notes.get(key) ?? 0) + 1);
        return this.add(toSuperscript(String(this.notes.get(key))));
      }
      case "tab": return void this.part.lines[this.part.lines.length - 1]!.push("");
      case "image": return void this.part.images++;
      case "break": return n.breakType === "page" ? this.pageBreak(false) : void this.part.lines.push([""]);
      case "bookmarkStart":
        if (n.name === BREAK_BEFORE) this.pageBreak(true);
        if (n.name === SECTION_BREAK) this.pageBreak(false);
        return;
      default:
        for (const c of n.children ?? []) this.visit(c, n.type === "run" ? n : run);
    }
  }

  finish(): DocxBlock[] {
    const empty = !this.blocks.some((b) => b.kind === "paragraph");
    if (empty && !this.broke) this.blocks.push(this.part); // an empty paragraph is a blank line
    else this.flush();
    return this.blocks;
  }

  private fresh(): DocxParagraph {
    return { kind: "paragraph", lines: [[""]], indent: indentOf(this.p), align: alignOf(this.p.alignment), images: 0 };
  }

  private add(text: string): void {
    const line = this.part.lines[this.part.lines.length - 1]!;
    line[line.length - 1] += text;
  }

  private flush(): void {
    if (this.part.images > 0 || this.part.lines.some((l) => l.some((s) => s.trim() !== ""))) this.blocks.push(this.part);
    this.part = this.fresh();
  }

  private pageBreak(soft: boolean): void {
    if (!soft) {
      this.flush();
      this.broke = true;
    }
    this.blocks.push({ kind: "pageBreak", soft });
  }
}

function indentOf(p: MNode): number {
  const twips = (v: string | null | undefined) => (v && /^-?\d+$/.test(v) ? Number(v) : 0);
  const i = p.indent;
  return i ? Math.max(0, twips(i.start) + twips(i.firstLine) - twips(i.hanging)) / 20 : 0;
}

function alignOf(a: string | null | undefined): DocxParagraph["align"] {
  if (a === "right" || a === "end") return "right";
  if (a === "center") return "center";
  if (a === "left" || a === "start" || a === "both" || a === "distribute") return "left";
  return null;
}

/**
 * mammoth leaves out the cells a vertically merged cell covers, so a cell's
 * grid column is found as in an HTML table: skip columns still covered from above.
 */
function tableToBlock(t: MNode, notes: Map<string, number>): DocxTable {
  let covered = new Map<number, number>();
  const rows: DocxRow[] = [];
  for (const row of (t.children ?? []).filter((r) => r.type === "tableRow")) {
    const next = new Map<number, number>();
    for (const [col, left] of covered) if (left > 1) next.set(col, left - 1);
    const cells: DocxCell[] = [];
    let col = 0;
    for (const c of (row.children ?? []).filter((x) => x.type === "tableCell")) {
      while (covered.has(col)) col++;
      const span = Math.max(1, c.colSpan ?? 1);
      const rowSpan = Math.max(1, c.rowSpan ?? 1);
      cells.push({ column: col, span, rowSpan, paragraphs: cellParagraphs(c.children ?? [], notes) });
      if (rowSpan > 1) for (let k = 0; k < span; k++) next.set(col + k, rowSpan - 1);
      col += span;
    }
    rows.push({ header: row.isHeader === true, cells });
    covered = next;
  }
  return { kind: "table", rows };
}

/** A cell's paragraphs; a table nested in it gives one line per nested row. */
function cellParagraphs(nodes: MNode[], notes: Map<string, number>): DocxParagraph[] {
  return nodes.flatMap((n): DocxParagraph[] => {
    if (n.type === "paragraph") return paragraphToBlocks(n, notes).filter((b): b is DocxParagraph => b.kind === "paragraph");
    if (n.type !== "table") return [];
    return tableToBlock(n, notes).rows.map((r) => ({
      kind: "paragraph",
      lines: [r.cells.map((c) => c.paragraphs.flatMap((p) => p.lines.map((l) => l.join(" "))).join(" "))],
      indent: 0,
      align: null,
      images: 0,
    }));
  });
}
