import { describe, expect, it } from "vitest";
import { renderExtraction, type ExtractionFormat } from "../../src/render/index.js";
import { expectGolden } from "../helpers/golden.js";
import { documents } from "./fixtures.js";

const goldens: Array<[ExtractionFormat, string]> = [
  ["json", "extract.json"],
  ["csv", "extract.csv"],
  ["table", "extract.table.txt"],
];

describe("renderExtraction", () => {
  it.each(goldens)("%s matches %s", (format, golden) => {
    expectGolden(golden, renderExtraction(documents, { format, color: false }));
  });

  it("keeps the JSON contract the scorer reads", () => {
    const text = renderExtraction(documents, { format: "json", color: false });
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.startsWith('{\n  "documents": [\n    {\n      "file"')).toBe(true);
    const out = JSON.parse(text);
    const [first, second] = out.documents;
    expect(Object.keys(first)).toEqual(["file", "budget_year", "title", "page_count", "items", "warnings"]);
    expect(Object.keys(first.items[0])).toEqual([
      "label", "label_base", "footnote_marker", "code", "note_ref", "role", "indent", "page", "table_id", "table_title",
      "unit_multiplier", "unit_text", "price_basis", "printed_row", "flags", "values",
    ]);
    expect(first.items[0].price_basis).toBe("faste 2023-priser");
    expect(first.items[0].values[0]).toEqual({
      year: 2022, column: "Budsjett 2022", kind: "vedtatt_budsjett", amount_nok: "221588000", printed: "221 588", blank: false, price_basis: null,
    });
    expect(first.warnings[0]).toEqual({
      code: "sum_mismatch", message: "Sum oppvekst avviker fra summen av postene med 1 000 kr.", file: "bop-2023-2026.pdf",
      page: 7, table: "Tabell 2.1 Netto driftsrammer per tjenesteområde", table_id: null, text: null,
    });
    expect(second.items[0].page_label).toBe("10");
    expect(second.items[0].price_basis).toBeNull();
    expect(second.items[0].values[1]).toMatchObject({ amount_nok: null, blank: true });
  });

  it("writes one CSV row per value", () => {
    const lines = renderExtraction(documents, { format: "csv", color: false }).trimEnd().split("\n");
    expect(lines[0]).toBe("file,page,table_title,label,code,role,year,column,kind,amount_nok,printed,unit_multiplier,price_basis,flags");
    expect(lines).toHaveLength(1 + 5 + 5 + 3);
    expect(lines[1]).toBe("bop-2023-2026.pdf,7,Tabell 2.1 Netto driftsrammer per tjenesteområde,Barneverntjenesten,,item,2022,Budsjett 2022,vedtatt_budsjett,221588000,221 588,1000,,");
  });

  it("has no ANSI escapes without colour", () => {
    for (const [format] of goldens) expect(renderExtraction(documents, { format, color: false })).not.toMatch(/\u001b\[/);
    expect(renderExtraction(documents, { format: "table", color: true })).toMatch(/\u001b\[/);
  });
});
