// Builds small .docx files in a test, from WordprocessingML written out by hand,
// so each case shows exactly the markup it exercises. The ZIP is written here
// with stored entries, independently of the reader's own ZIP code.
import { crc32 } from "node:zlib";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/** A whole .docx around the given body markup. */
export function docx(body: string): Buffer {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zip({ "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": doc });
}

/** A ZIP archive of the given files, stored without compression. */
export function zip(files: Record<string, string | Buffer>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    const n = Buffer.from(name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc32(data) >>> 0, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc32(data) >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(head, n, data);
    central.push(dir, n);
    offset += 30 + n.length + data.length;
  }
  const size = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface ParagraphOptions {
  pageBreakBefore?: boolean;
  /** Left indent in twips. */
  ind?: number;
  jc?: "left" | "right" | "center";
  /**
   * Ends a section here. `true` is a section that starts on a new page; a
   * string is the section's own w:type (how the section this paragraph ends
   * began: the break after it is the next section's type).
   */
  sectionBreak?: boolean | "nextPage" | "continuous" | "evenPage" | "oddPage";
}

/** A paragraph; "\n" in the text is a line break, "\f" a page break. */
export function p(text: string, o: ParagraphOptions = {}): string {
  const props = [
    o.pageBreakBefore ? "<w:pageBreakBefore/>" : "",
    o.ind ? `<w:ind w:left="${o.ind}"/>` : "",
    o.jc ? `<w:jc w:val="${o.jc}"/>` : "",
    o.sectionBreak ? `<w:sectPr><w:type w:val="${o.sectionBreak === true ? "nextPage" : o.sectionBreak}"/></w:sectPr>` : "",
  ].join("");
  const runs = text.split(/(\n|\f)/).map((s) => {
    if (s === "\n") return "<w:r><w:br/></w:r>";
    if (s === "\f") return `<w:r><w:br w:type="page"/></w:r>`;
    return s === "" ? "" : `<w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`;
  });
  return `<w:p><w:pPr>${props}</w:pPr>${runs.join("")}</w:p>`;
}

export interface CellOptions {
  gridSpan?: number;
  vMerge?: "restart" | "continue";
  /** Alignment of the cell's paragraphs; by default text left, amounts right; null sets none. */
  jc?: "left" | "right" | "center" | null;
}

/** A cell of one or more paragraphs (given as text, or as markup from p() or tbl()). */
export function tc(content: string | string[], o: CellOptions = {}): string {
  const align = (t: string) => (o.jc === null ? {} : { jc: o.jc ?? (/\p{L}/u.test(t) ? "left" : "right") });
  const paragraphs = (Array.isArray(content) ? content : [content]).map((t) => (t.startsWith("<w:") ? t : p(t, align(t))));
  const props = (o.gridSpan ? `<w:gridSpan w:val="${o.gridSpan}"/>` : "") + (o.vMerge ? `<w:vMerge w:val="${o.vMerge}"/>` : "");
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraphs.join("")}</w:tc>`;
}

/** A header cell over amounts: right-aligned, as the amounts under it. */
export function th(content: string | string[], o: CellOptions = {}): string {
  return tc(content, { jc: "right", ...o });
}

export function tr(cells: string[], header = false): string {
  return `<w:tr>${header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells.join("")}</w:tr>`;
}

/** A table; `grid` gives its column widths in twips (w:tblGrid), as Word always writes them. */
export function tbl(rows: string[], grid: number[] = []): string {
  const cols = grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr/><w:tblGrid>${cols}</w:tblGrid>${rows.join("")}</w:tbl>`;
}
