// The reader against documents with exact truth: the embedded example (truth
// written by hand next to it) and, when ../shared is beside the checkout, the
// shared sample PDFs. Nothing may be wrong, missing or invented.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { readDocument } from "../../src/read/index.js";
import { examplePdf, sharedDir } from "../helpers/cli.js";
import { compareWithTruth, type Truth } from "../helpers/truth.js";

const samplesDir = path.join(sharedDir, "samples");
const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith(".pdf")) : [];

async function check(file: string, truth: Truth) {
  const doc = extractDocument(await readDocument(file));
  const diff = compareWithTruth(doc, truth);
  expect(diff).toEqual({ missingItems: [], extraItems: [], wrong: [], missingValues: [], spurious: [], wrongKind: [], wrongCode: [] });
  return doc;
}

describe("embedded example", () => {
  it("gives exactly the hand-written items", async () => {
    const expected = JSON.parse(readFileSync(examplePdf.replace(/\.pdf$/, ".expected.json"), "utf8"));
    const truth: Truth = {
      items: expected.items.map((it: { label: string; page: number; values: { year: number; column: string; kind: string; amount_nok: string }[] }) => ({
        label: it.label,
        page: it.page,
        values: it.values.map((v) => ({ year: v.year, column_header: v.column, column_kind: v.kind, amount_nok: Number(v.amount_nok) })),
      })),
    };
    const doc = await check(examplePdf, truth);
    expect(doc.items).toHaveLength(expected.items.length);
    expect(doc.budgetYear).toBe(2023);
    const basis = doc.items.map((it) => (it.priceBasis.kind === "fixed" ? it.priceBasis.printed : null));
    expect(basis).toEqual(expected.items.map((it: { price_basis: string | null }) => it.price_basis));
  });
});

describe.skipIf(samples.length === 0)("shared samples", () => {
  it.each(samples)("%s", async (name) => {
    const truth = JSON.parse(readFileSync(path.join(samplesDir, `${name}.truth.json`), "utf8")) as Truth;
    await check(path.join(samplesDir, name), truth);
  });
});
