// The Word fixtures (fixtures/docx, written by fixtures/scripts/make-docx.mjs
// with the truth built from the written data): each read exactly, on the pages
// its explicit page and section breaks give.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { readDocument } from "../../src/read/index.js";
import { root } from "../helpers/cli.js";
import { compareWithTruth, type Truth } from "../helpers/truth.js";

const dir = path.join(root, "fixtures/docx");
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".docx"))
  .map((f) => [f, JSON.parse(readFileSync(path.join(dir, `${f}.truth.json`), "utf8")) as Truth & { page_count: number; n_budget_tables: number }] as const);

describe("Word fixtures", () => {
  it("are there", () => expect(fixtures.length).toBeGreaterThanOrEqual(1));

  it.each(fixtures)("%s is read exactly, codes and pages included", async (file, truth) => {
    const raw = await readDocument(path.join(dir, file));
    expect(raw.pages).toHaveLength(truth.page_count);
    const doc = extractDocument(raw);
    expect(compareWithTruth(doc, truth)).toEqual({ missingItems: [], extraItems: [], wrong: [], missingValues: [], spurious: [], wrongKind: [], wrongCode: [] });
    expect(doc.items).toHaveLength(truth.items.length);
    // Each continued part is read as its table's, not as a table of its own.
    expect(new Set(doc.items.map((it) => it.tableId)).size).toBe(truth.n_budget_tables);
    expect(doc.warnings).toEqual([]);
  });
});
