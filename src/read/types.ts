// Plain records the reader hands on: nothing of pdf.js or the Word XML survives past src/read.

/** One piece of text as drawn, in page coordinates with y growing downwards. */
export interface TextRun {
  text: string;
  /** Left edge of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points (the height of an em). */
  size: number;
}

export interface RawPage {
  /** 1-based physical page number. */
  number: number;
  /** The page label printed/defined for the page, when the document has labels. */
  label?: string;
  width: number;
  height: number;
  runs: TextRun[];
  /** The page has no text but draws images: probably a scanned page. */
  imageOnly: boolean;
}

export interface RawDocument {
  file: string;
  format: "pdf" | "docx";
  pages: RawPage[];
}
