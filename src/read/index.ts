// Reading documents: a file on disk becomes a RawDocument of positioned text.
import { readFile, stat } from "node:fs/promises";
import { readDocx } from "./docx.js";
import { ReadError } from "./errors.js";
import { readPdf } from "./pdf.js";
import type { RawDocument } from "./types.js";

export { ReadError } from "./errors.js";
export type { ReadErrorClass } from "./errors.js";
export type { RawDocument, RawPage, TextRun } from "./types.js";

/** Reads a PDF or a Word .docx file; the content decides, the file name only breaks a tie. */
export async function readDocument(file: string): Promise<RawDocument> {
  const bytes = await readBytes(file);
  if (bytes.length === 0) {
    throw new ReadError("empty", `${file} is empty (0 bytes). Check that the download finished.`);
  }
  const ext = file.toLowerCase().split(".").pop();
  if (!startsPdf(bytes) && (isZip(bytes) || isOle(bytes) || ext === "docx" || ext === "docm" || ext === "doc")) {
    return readDocx(file, bytes);
  }
  return readPdf(file, bytes);
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new ReadError("not_found", `${file} is a folder. Give the budget document itself (a .pdf or .docx file).`);
    }
    return new Uint8Array(await readFile(file));
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ReadError("not_found", `cannot open ${file}: no such file. Check the path and spelling.`);
    if (code === "EACCES" || code === "EPERM") throw new ReadError("not_found", `cannot open ${file}: permission denied. Check that you may read the file.`);
    throw new ReadError("not_found", `cannot open ${file} (${code ?? "read error"}). Check that the file exists and can be read.`);
  }
}

function startsPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Word 97–2003 documents and password-protected .docx files. */
function isOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
