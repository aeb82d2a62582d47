// A file the user gives as a price series must be text: a PDF, a spreadsheet or
// any other binary file read as text would put its bytes into the error message.
import { PriceDataError } from "./errors.js";

/** How much of the file is looked at: a binary file shows itself at once. */
const SAMPLE = 4096;

/** PDF and ZIP (xlsx, docx, ods) announce themselves in their first bytes. */
const MAGIC: ReadonlyArray<[RegExp, string]> = [
  [/^%PDF-/, "a PDF"],
  [/^PK\u0003\u0004/, "a zipped file (a spreadsheet or a Word document?)"],
];

/** What kind of binary file `text` is ("" when it cannot tell), or null when it reads as text. */
export function binaryKind(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  for (const [magic, kind] of MAGIC) if (magic.test(sample)) return kind;
  // NUL bytes, or many bytes that are not UTF-8: an Office file, an image, anything but text.
  if (sample.includes("\u0000")) return "";
  const replaced = sample.length === 0 ? 0 : (sample.match(/\uFFFD/g)?.length ?? 0) / sample.length;
  return replaced > 0.1 ? "" : null;
}

/** Throws one clean line when `text` is not text; `accepted` says which files are. */
export function checkText(text: string, name: string, accepted: string): void {
  const kind = binaryKind(text);
  if (kind === null) return;
  throw new PriceDataError(`${name} is ${kind === "" ? "not a text file" : `${kind}, not a text file`}. ${accepted}`);
}
