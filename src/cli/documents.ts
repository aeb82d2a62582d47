import { fileURLToPath } from "node:url";
import { extractDocument, extractWithTrace, type ExtractionTrace } from "../extract/index.js";
import type { ExtractedDocument } from "../model/types.js";
import { readDocument, ReadError, type RawDocument } from "../read/index.js";
import { InputError, UsageError } from "./errors.js";
import type { Io } from "./io.js";

/** The embedded example, shipped with the package. */
export function examplePath(): string {
  return fileURLToPath(new URL("../../fixtures/example/eksempel-bop-2023.pdf", import.meta.url));
}

/** Reads and extracts each document; a file that cannot be read stops the run with one clear line. */
export async function loadDocuments(files: readonly string[], io: Io): Promise<ExtractedDocument[]> {
  const docs: ExtractedDocument[] = [];
  for (const file of files) {
    if (io.isTTY || io.env.BOP_REAL_PROGRESS === "1") io.stderr.write(`bop-real: reading ${file} ...\n`);
    docs.push(await loadDocument(file));
  }
  return docs;
}

async function loadDocument(file: string): Promise<ExtractedDocument> {
  return extractDocument(await loadRaw(file));
}

/** `extract --explain PAGE`: one document read with the trace of one page kept. */
export async function explainDocument(file: string, page: number, io: Io): Promise<{ document: ExtractedDocument; trace: ExtractionTrace }> {
  if (io.isTTY || io.env.BOP_REAL_PROGRESS === "1") io.stderr.write(`bop-real: reading ${file} ...\n`);
  const raw = await loadRaw(file);
  if (page > raw.pages.length) throw new UsageError(`--explain ${page}: ${file} has ${raw.pages.length} pages`);
  return extractWithTrace(raw, page);
}

async function loadRaw(file: string): Promise<RawDocument> {
  try {
    const raw = await readDocument(file);
    if (raw.pages.length === 0) throw new InputError(`${file} has no pages. Check that it is the right document.`);
    if (raw.pages.every((p) => p.runs.length === 0)) {
      throw new InputError(`${file} has no text layer (a scanned document?): its numbers cannot be read. Ask for the original PDF, or run it through OCR first.`);
    }
    return raw;
  } catch (err) {
    if (err instanceof ReadError) throw new InputError(err.message);
    throw err;
  }
}
