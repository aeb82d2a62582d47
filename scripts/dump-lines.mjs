#!/usr/bin/env node
// Prints the lines of chosen pages with every token's x extent, to see why the reader
// cut or glued a row: `node scripts/dump-lines.mjs FILE PAGE[-PAGE] [--split]`.
// --split shows the lines after the text-column split the extractor reads.
import { readDocument } from "../dist/read/index.js";
import { runsToLines } from "../dist/extract/runsToLines.js";
import { splitTextColumns } from "../dist/extract/splitTextColumns.js";

const [file, range, ...flags] = process.argv.slice(2);
if (!file || !range) {
  console.error("usage: node scripts/dump-lines.mjs FILE PAGE[-PAGE] [--split]");
  process.exit(2);
}
const [from, to = from] = range.split("-").map(Number);
const doc = await readDocument(file);
for (const page of doc.pages.filter((p) => p.number >= from && p.number <= to)) {
  let lines = runsToLines(page);
  if (flags.includes("--split")) lines = splitTextColumns(lines, page.width);
  console.log(`=== page ${page.number} (${page.width.toFixed(0)} × ${page.height.toFixed(0)})`);
  for (const l of lines) {
    const toks = l.tokens.map((t) => `${t.text}[${t.x0.toFixed(1)}–${t.x1.toFixed(1)}]`).join(" ");
    console.log(`y=${l.y.toFixed(1).padStart(6)} s=${l.size.toFixed(1)} ${toks}`);
  }
}
