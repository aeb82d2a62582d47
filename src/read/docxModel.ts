// A Word document's content as plain records (the XML ends in docxBody.ts),
// and the metrics of the synthetic layout that places them on pages.

export interface DocxParagraph {
  kind: "paragraph";
  /** Lines (split at line breaks) of segments (split at tabs). */
  lines: string[][];
  /** Left indent in points. */
  indent: number;
  /** null when the paragraph sets none (it may come from its style, which is not read). */
  align: "left" | "right" | "center" | null;
  images: number;
}

/**
 * `soft`: a paragraph's "page break before", which adds no page when the page
 * is still empty. `parity`: a section that starts on an even or odd page; Word
 * and LibreOffice print a blank page between when needed.
 */
export interface DocxPageBreak {
  kind: "pageBreak";
  soft: boolean;
  parity?: "even" | "odd";
}

export interface DocxCell {
  /** First grid column the cell covers. */
  column: number;
  span: number;
  rowSpan: number;
  paragraphs: DocxParagraph[];
}

export interface DocxRow {
  /** Marked "repeat as header row". */
  header: boolean;
  cells: DocxCell[];
}

export interface DocxTable {
  kind: "table";
  /** Widths of the grid columns in points (w:tblGrid), left to right. */
  grid: number[];
  rows: DocxRow[];
}

export type DocxBlock = DocxParagraph | DocxPageBreak | DocxTable;

/** Type size, character width and baseline step of the synthetic layout. */
export const SIZE = 9;
export const CHAR = 0.5 * SIZE;
export const LEAD = 13;
/** Left and right edges of the text on an A4 page. */
export const LEFT = 60;
export const RIGHT = 535;

/** Text placed on one baseline. */
export interface Placed {
  text: string;
  x: number;
}
export type Line = Placed[];

export const widthOf = (text: string) => [...text].length * CHAR;

/** Breaks text at ordinary spaces into lines of at most `chars` characters (a longer word stands alone). */
export function wrap(text: string, chars: number): string[] {
  if ([...text].length <= chars) return [text];
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current !== "" && [...current].length + 1 + [...word].length > chars) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  if (current !== "") lines.push(current);
  return lines;
}
