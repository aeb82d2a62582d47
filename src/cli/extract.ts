import { explainToText, renderExtraction } from "../render/index.js";
import { explainDocument, loadDocuments } from "./documents.js";
import { getExitCode } from "./exitCode.js";
import { useColor, writeWarnings, type Io } from "./io.js";
import type { ExtractOptions } from "./options.js";

/** `bop-real extract FILE`: the line items themselves, with provenance. */
export async function runExtract(opts: ExtractOptions, io: Io): Promise<number> {
  if (opts.explainPage !== null) {
    const { document, trace } = await explainDocument(opts.files[0]!, opts.explainPage, io);
    io.stdout.write(explainToText(document, trace));
    return 0;
  }
  const docs = await loadDocuments(opts.files, io);
  io.stdout.write(renderExtraction(docs, { format: opts.format, color: useColor(io, opts.noColor) }));
  const warnings = docs.flatMap((d) => d.warnings);
  writeWarnings(io, warnings);
  return getExitCode(warnings, opts.strict);
}
