#!/usr/bin/env node
// Scores the reader on freshly generated documents (fixtures/generator), in process: each seed is drawn,
// written to a temporary file, read and extracted by the built reader (dist/), and scored the way
// ../shared/tools/score.mjs scores (fixtures/generator/score.mjs is that scorer's logic).
//
//   npm run build && node scripts/generated-score.mjs --count 500 [--seed-from N] [--keep DIR] [--diff]
//                                                    [--classes] [--format pdf|docx] [--max-pages N]
//   node scripts/generated-score.mjs FILE...     score these documents (truth in FILE.truth.json)
//
// Without --seed-from the first seed is random (printed, so a run can be repeated). A seed fails when any
// value is wrong, spurious or missing; --keep DIR writes each failing seed's PDF and truth there, --diff
// prints each error. --max-pages N (default 4) bounds the pages per document. --classes prints the
// error rate per class (table layouts, row traits; fixtures/generator/classes.mjs), worst first.
// --format docx writes the same documents as Word files (fixtures/generator/docx.mjs).
import { randomInt } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateDocument } from "../fixtures/generator/generate.mjs";
import { classLines, classify, tally } from "../fixtures/generator/classes.mjs";
import { documentLine, scoreDocument, totalLine, totals } from "../fixtures/generator/score.mjs";
import { extractDocument } from "../dist/extract/index.js";
import { readDocument } from "../dist/read/index.js";
import { extractionToJson } from "../dist/render/extractionJson.js";

function parseArgs(argv) {
  const o = { count: 200, seedFrom: null, keep: null, diff: false, classes: false, maxPages: 4, format: "pdf", files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--count") o.count = Number(argv[++i]);
    else if (a === "--seed-from") o.seedFrom = Number(argv[++i]);
    else if (a === "--keep") o.keep = argv[++i];
    else if (a === "--max-pages") o.maxPages = Number(argv[++i]);
    else if (a === "--diff") o.diff = true;
    else if (a === "--classes") o.classes = true;
    else if (a === "--format") o.format = argv[++i];
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (!Number.isInteger(o.count) || o.count < 1) throw new Error("--count needs a positive whole number");
  return o;
}

/** The reader's output for one file, as `extract --format json` prints it. */
async function extractJson(file) {
  return JSON.parse(extractionToJson([extractDocument(await readDocument(file))]));
}

function printExamples(row) {
  for (const e of row.wrongExamples) console.log(`    wrong:   ${e}`);
  for (const e of row.missingExamples) console.log(`    missing: ${e}`);
  for (const e of row.extraExamples) console.log(`    extra:   ${e}`);
}

async function scoreFiles(files, diff) {
  const rows = [];
  for (const file of files) {
    const truth = JSON.parse(readFileSync(`${file}.truth.json`, "utf8"));
    const row = scoreDocument(truth, await extractJson(file), path.basename(file));
    rows.push(row);
    console.log(documentLine(row));
    if (diff) printExamples(row);
  }
  console.log(totalLine(totals(rows)));
}

async function scoreSeeds(o) {
  const from = o.seedFrom ?? randomInt(1, 2 ** 31 - o.count);
  const work = mkdtempSync(path.join(tmpdir(), "bop-generated-"));
  if (o.keep) mkdirSync(o.keep, { recursive: true });
  console.log(`seeds ${from}..${from + o.count - 1} (${o.format}, max ${o.maxPages} pages)`);
  const rows = [];
  const classes = new Map();
  let failing = 0;
  let crashed = 0;
  const t0 = Date.now();
  try {
    for (let seed = from; seed < from + o.count; seed++) {
      const { bytes, truth, file } = await generateDocument(seed, { maxPages: o.maxPages, format: o.format });
      const where = path.join(work, file);
      writeFileSync(where, bytes);
      let row;
      try {
        const output = await extractJson(where);
        row = scoreDocument(truth, output, file);
        if (o.classes) tally(classes, seed, classify(truth, output));
      } catch (err) {
        crashed++;
        console.log(`seed ${seed}: the reader failed: ${err.message.split("\n")[0]}`);
        if (o.keep) keep(o.keep, file, bytes, truth);
        continue;
      } finally {
        rmSync(where, { force: true });
      }
      rows.push(row);
      if (row.wrong + row.spurious + row.missing === 0) continue;
      failing++;
      console.log(`seed ${seed} ${documentLine(row).slice(file.length).trim()} | ${truth.page_count} p`);
      if (o.diff) printExamples(row);
      if (o.keep) keep(o.keep, file, bytes, truth);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`${failing} of ${o.count} seeds with errors${crashed ? `, ${crashed} where the reader failed` : ""}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (o.classes) {
    console.log("per class, the share of tables (rows) with errors (any value wrong, spurious or missing), with silent errors, and lost (no row found):");
    for (const line of classLines(classes)) console.log(`  ${line}`);
  }
  console.log(totalLine(totals(rows)));
}

function keep(dir, file, bytes, truth) {
  writeFileSync(path.join(dir, file), bytes);
  writeFileSync(path.join(dir, `${file}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
}

const o = parseArgs(process.argv.slice(2));
if (o.files.length) await scoreFiles(o.files, o.diff);
else await scoreSeeds(o);
