// The reader against documents with exact truth: the embedded example (truth
// written by hand next to it) and, when ../shared is beside the checkout, the
// shared sample PDFs. Nothing may be wrong, missing or invented.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { readDocument } from "../../src/read/index.js";
import { examplePdf, sharedDir } from "../helpers/cli.js";
import { scoreExtracted } from "../helpers/score.js";
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

/**
 * Every shared sample is read exactly, or, where the reader still errs, every
 * error is one it says it is unsure of (a flag on the item or a warning on the
 * page): the scorer's silent errors, which a user cannot see, must be none.
 * d09 is the one exception, listed with its cause: labels whose line ends in a
 * visible soft hyphen that pdf.js drops with its width, so the label is joined
 * with a space ("felles tjenester"); its numbers are right. Its count may only go down.
 */
const KNOWN_SILENT: Record<string, number> = { "d09-rapport-tett-skannet.pdf": 98 };
const KNOWN_F1: Record<string, number> = { "d09-rapport-tett-skannet.pdf": 0.947 };

describe.skipIf(samples.length === 0)("shared samples", () => {
  const all = (existsSync(samplesDir) ? readdirSync(samplesDir) : []).filter((f) => /\.(pdf|docx)$/.test(f) && existsSync(path.join(samplesDir, `${f}.truth.json`)));
  it.each(all)("%s: no silent error, and read exactly where it is not known to err", async (name) => {
    const truth = JSON.parse(readFileSync(path.join(samplesDir, `${name}.truth.json`), "utf8"));
    const doc = extractDocument(await readDocument(path.join(samplesDir, name)));
    const score = scoreExtracted(doc, truth, name);
    expect(score.silent).toBeLessThanOrEqual(KNOWN_SILENT[name] ?? 0);
    expect(score.valueF1).toBeGreaterThanOrEqual(KNOWN_F1[name] ?? 1);
    if (!(name in KNOWN_F1) && name.endsWith(".pdf")) expect(compareWithTruth(doc, truth as Truth)).toEqual({ missingItems: [], extraItems: [], wrong: [], missingValues: [], spurious: [], wrongKind: [], wrongCode: [] });
  });
});
