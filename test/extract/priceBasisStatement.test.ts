// A fixed-price statement in the text applies to tables that print no price basis.
import path from "node:path";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { findPriceBasisStatement } from "../../src/extract/priceBasisStatement.js";
import { readDocument } from "../../src/read/index.js";
import { root, sharedDir } from "../helpers/cli.js";

const d01 = path.join(sharedDir, "samples/d01-web.pdf");

describe.skipIf(!existsSync(d01))("price basis stated in the text (d01: 'Tallene i økonomiplanperioden er vist i faste 2023-priser.')", () => {
  it("puts plan years of tables without their own basis in faste 2023-priser, keeps 2022 nominal, and says so", async () => {
    const doc = extractDocument(await readDocument(d01));
    const barnevern = doc.items.find((it) => it.label === "Barnevern" && it.provenance.page === 4)!;
    const basis = Object.fromEntries(barnevern.values.map((v) => [v.year, v.priceBasis.kind === "fixed" ? v.priceBasis.year : "nominal"]));
    expect(basis).toEqual({ 2022: "nominal", 2023: 2023, 2024: 2023, 2025: 2023, 2026: 2023 });
    const warning = doc.warnings.find((w) => w.code === "price_basis_from_text");
    expect(warning?.text).toBe("Tallene i økonomiplanperioden er vist i faste 2023-priser.");
  });
});

describe("a statement about one table", () => {
  it("('Tallene i tabell 3.4 er i faste 2024-priser') is not applied to the other tables", async () => {
    const doc = extractDocument(await readDocument(path.join(root, "fixtures/layouts/l04-codes-units.pdf")));
    expect(doc.warnings.filter((w) => w.code === "price_basis_from_text")).toEqual([]);
  });
});

describe("the statement's wording", () => {
  const line = (text: string, page = 2) => ({ page, y: 100, size: 10, text, tokens: [] });
  it.each([
    ["Tallene i økonomiplanperioden er vist i faste 2023-priser.", 2023],
    ["Økonomiplanen er vist i faste 2024-priser.", 2024],
    ["Beløpene i økonomiplanen er oppgitt i faste 2025-priser.", 2025],
    ["Talla i økonomiplanperioden er vist i faste 2026-prisar.", 2026],
  ])("%s", (sentence, year) => {
    expect(findPriceBasisStatement([[line(sentence)]])?.basis.year).toBe(year);
  });
  it.each([
    "Dette innebærer en økning av rammen i planperioden, målt i 2024-prisnivå.",
    "Tallene i tabell 3.4 er i faste 2024-priser.",
    "Lønnsveksten er anslått til 3,7 prosent i 2024.",
  ])("not: %s", (sentence) => {
    expect(findPriceBasisStatement([[line(sentence)]])).toBeNull();
  });
});
