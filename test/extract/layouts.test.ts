// The reader on the generated layout set (fixtures/layouts, made by
// fixtures/scripts/make-layouts.mjs with the truth written from the drawn data):
// one document per class of layout difficulty, each read exactly.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { readDocument } from "../../src/read/index.js";
import { hasStackTrace, root, runCli } from "../helpers/cli.js";
import { compareWithTruth, type Truth } from "../helpers/truth.js";

const dir = path.join(root, "fixtures/layouts");
const truths = readdirSync(dir)
  .filter((f) => f.endsWith(".truth.json"))
  .map((f) => ({ file: f.replace(/\.truth\.json$/, ""), truth: JSON.parse(readFileSync(path.join(dir, f), "utf8")) }));
const documents = truths.filter((t) => t.truth.expect === "items");
const badInputs = truths.filter((t) => t.truth.expect === "error");

describe("layout fixtures", () => {
  it("are all there", () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
    expect(badInputs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(documents.map((d) => [d.file, d.truth] as const))("%s is read exactly", async (file, truth: Truth) => {
    const doc = extractDocument(await readDocument(path.join(dir, file)));
    expect(compareWithTruth(doc, truth)).toEqual({ missingItems: [], extraItems: [], wrong: [], missingValues: [], spurious: [], wrongKind: [], wrongCode: [] });
    for (const page of truth.expect_warning_pages ?? []) {
      expect(doc.warnings.some((w) => w.code === "image_only_page" && w.page === page)).toBe(true);
    }
    expect(doc.warnings.filter((w) => w.code === "sum_mismatch")).toEqual([]);
    // A document that prints no unit is read as whole kroner, and must say so for each of its tables.
    const unitUnknown = doc.warnings.filter((w) => w.code === "unit_unknown");
    if (truth.expect_unit_unknown) expect(unitUnknown.map((w) => w.table).sort()).toEqual((truth.tables ?? []).filter((t) => t.budget_table).map((t) => t.title).sort());
    else expect(unitUnknown).toEqual([]);
  });

  it.each(badInputs.map((d) => [d.file, d.truth.error_class] as const))("%s (%s) fails with one clear line and exit 1", (file) => {
    const r = runCli(["extract", path.join(dir, file), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
