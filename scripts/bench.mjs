#!/usr/bin/env node
// Speed and memory of the reader: each document is read and extracted in a
// child process (so peak memory is that document's alone), several times, and
// the median time and the peak resident memory are printed.
//
//   npm run bench                 the embedded example, the layout set, and
//                                 ../shared/samples and ../shared/real when present
//   npm run bench -- FILE...      those files
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function pdfsIn(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".pdf") && !f.startsWith("bad-")).map((f) => path.join(dir, f)) : [];
}

const files = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : [
      path.join(root, "fixtures/example/eksempel-bop-2023.pdf"),
      ...pdfsIn(path.join(root, "fixtures/layouts")),
      ...pdfsIn(path.join(root, "../shared/samples")),
      ...pdfsIn(path.join(root, "../shared/real")),
    ];

const child = `
  const { readDocument } = await import(${JSON.stringify(path.join(root, "dist/read/index.js"))});
  const { extractDocument } = await import(${JSON.stringify(path.join(root, "dist/extract/index.js"))});
  const t0 = process.hrtime.bigint();
  const raw = await readDocument(process.argv[1]);
  const t1 = process.hrtime.bigint();
  const doc = extractDocument(raw);
  const t2 = process.hrtime.bigint();
  console.log(JSON.stringify({ pages: raw.pages.length, items: doc.items.length,
    readMs: Number(t1 - t0) / 1e6, extractMs: Number(t2 - t1) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024 }));
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${"document".padEnd(34)} ${"pages".padStart(5)} ${"items".padStart(6)} ${"read s".padStart(8)} ${"extract s".padStart(9)} ${"ms/page".padStart(8)} ${"peak MB".padStart(8)}`);
for (const file of files) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", child, file], { encoding: "utf8" });
    if (r.status !== 0) {
      console.log(`${path.basename(file).padEnd(34)} failed: ${r.stderr.trim().split("\n")[0]}`);
      break;
    }
    runs.push(JSON.parse(r.stdout));
  }
  if (runs.length === 0) continue;
  const read = median(runs.map((r) => r.readMs));
  const extract = median(runs.map((r) => r.extractMs));
  const { pages, items } = runs[0];
  const rss = Math.max(...runs.map((r) => r.rssMb));
  console.log(
    `${path.basename(file).padEnd(34)} ${String(pages).padStart(5)} ${String(items).padStart(6)} ${(read / 1000).toFixed(2).padStart(8)} ${(extract / 1000).toFixed(2).padStart(9)} ${((read + extract) / pages).toFixed(1).padStart(8)} ${rss.toFixed(0).padStart(8)}`,
  );
}
