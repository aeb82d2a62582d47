import { describe, expect, it } from "vitest";
import { ITEM_FLAGS, type ItemFlag } from "../../src/model/types.js";
import { langs, renderExtraction, renderRealTerms, renderSentence } from "../../src/render/index.js";
import { markedLabel, uncertainFootnote, uncertainSentence, type Flagged } from "../../src/render/uncertainty.js";
import { barnevernRow, documents, helsestasjonRow, kpiReport } from "./fixtures.js";

const at = (flags: ItemFlag[], page: number, tableTitle = "Tabell 2.1 Netto driftsrammer", file = "bop.pdf"): Flagged => ({
  flags, provenance: { file, page, tableTitle },
});

describe("the mark on a flagged row", () => {
  it("follows the label only when the row has a flag", () => {
    expect(markedLabel("Sum oppvekst", ["sum_mismatch"])).toBe("Sum oppvekst !");
    expect(markedLabel("Barneverntjenesten", [])).toBe("Barneverntjenesten");
  });
});

describe("the footnote", () => {
  it("is empty when no row is flagged", () => {
    expect(uncertainFootnote([at([], 7)], "nb")).toEqual([]);
  });

  it("names the table and the pages, says what to do, once per reason and table", () => {
    const rows = [at(["in_failed_sum"], 9), at(["sum_mismatch"], 7), at(["in_failed_sum"], 7), at(["unit_unknown"], 12, "Tabell 3.4 Helse")];
    expect(uncertainFootnote(rows, "nb")).toEqual([
      "! Usikkert tall: radene i «Tabell 2.1 Netto driftsrammer» summerer ikke til summen i dokumentet (s. 7 og 9).",
      "! Usikkert tall: fant ingen enhet for «Tabell 3.4 Helse», så beløpene er lest som hele kroner (s. 12). Kontroller tallene mot dokumentet før du bruker dem.",
    ]);
    expect(uncertainFootnote(rows.slice(0, 1), "en")).toEqual([
      "! Uncertain figure: the rows of «Tabell 2.1 Netto driftsrammer» do not add up to the total printed in the document (p. 9). Check the figures against the document before you use them.",
    ]);
    expect(uncertainFootnote(rows.slice(0, 2), "en")[0]).toContain("(pp. 7 and 9)");
  });

  it("names the file when the rows come from more than one", () => {
    const rows = [at(["sum_mismatch"], 7, "T", "/data/a.pdf"), at([], 3, "T", "b.pdf")];
    expect(uncertainFootnote(rows, "nn")[0]).toBe(
      "! Usikkert tal: radene i «T» summerer ikkje til summen i dokumentet (a.pdf s. 7). Kontroller tala mot dokumentet før du brukar dei.",
    );
  });

  it("has words for every flag in every language, and none the same across flags", () => {
    for (const lang of langs) {
      const texts = ITEM_FLAGS.map((flag) => uncertainFootnote([at([flag], 1)], lang).join(" "));
      for (const text of texts) expect(text).toMatch(/^! \S.*«Tabell 2\.1 Netto driftsrammer».*\(s?p?\.? ?1\)\./);
      // sum_mismatch and in_failed_sum are said alike: a row and its sum are suspect together.
      expect(new Set(texts).size, lang).toBe(ITEM_FLAGS.length - 1);
    }
  });
});

describe("the sentence of a flagged row", () => {
  it("ends by saying the figure is uncertain, and a row without flags says nothing of it", () => {
    expect(uncertainSentence(at(["uncertain_reading", "unread_cells"], 4), "nb")).toBe(
      "Usikkert tall: programmet er usikkert på hvordan rader i «Tabell 2.1 Netto driftsrammer» er lest (s. 4); " +
        "noen tall i rader i «Tabell 2.1 Netto driftsrammer» ble ikke lest (s. 4). Kontroller tallene mot dokumentet før du bruker dem.",
    );
    expect(uncertainSentence(at([], 4), "nb")).toBeNull();
    const flagged = { ...barnevernRow, flags: ["unread_cells"] as ItemFlag[] };
    expect(renderSentence(flagged, kpiReport([flagged]), "en")).toMatch(/less\. Uncertain figure: some numbers printed in rows of «Tabell 2\.1 .*» were not read \(p\. 7\)\./);
    expect(renderSentence(barnevernRow, kpiReport([barnevernRow]), "en")).not.toContain("Uncertain");
  });
});

describe("every output marks a flagged row and leaves the others alone", () => {
  const flagged = { ...helsestasjonRow, flags: ["uncertain_reading"] as ItemFlag[] };
  const report = kpiReport([barnevernRow, flagged]);

  it("in the table and Markdown", () => {
    const table = renderRealTerms(report, { format: "table", color: false });
    expect(table).toMatch(/│ Helsestasjon og skolehelsetjeneste² ! +│/);
    expect(table).toMatch(/│ Barneverntjenesten +│/);
    expect(table).toContain("! Usikkert tall: programmet er usikkert på hvordan rader i «Tabell 3.4 Helse og omsorg» er lest (budsjett-2026.pdf s. 12).");
    const coloured = renderRealTerms(report, { format: "table", color: true });
    expect(coloured).toContain("\u001b[33mHelsestasjon og skolehelsetjeneste² !\u001b[39m");
    expect(coloured).not.toContain("\u001b[33mBarneverntjenesten");
    const md = renderRealTerms(report, { format: "md", color: false, lang: "en" });
    expect(md).toContain("| Helsestasjon og skolehelsetjeneste² ! | budsjett-2026.pdf | 12 |");
    expect(md).toContain("| Barneverntjenesten | bop-2023-2026.pdf | 7 |");
    expect(md).toContain("\n\n! Uncertain figure: the reader is unsure how rows of «Tabell 3.4 Helse og omsorg» were read (budsjett-2026.pdf p. 12).");
  });

  it("in the CSV and JSON", () => {
    const csv = renderRealTerms(report, { format: "csv", color: false }).trimEnd().split("\n");
    expect(csv[0]).toMatch(/,usikker$/);
    expect(csv[1]).toMatch(/,$/);
    expect(csv[2]).toMatch(/,uncertain_reading$/);
    const json = JSON.parse(renderRealTerms(report, { format: "json", color: false }));
    expect(json.rows.map((r: { flags: string[] }) => r.flags)).toEqual([[], ["uncertain_reading"]]);
  });

  it("in extract's table and CSV", () => {
    const table = renderExtraction(documents, { format: "table", color: false });
    expect(table).toMatch(/│ Sum oppvekst ! +│/);
    expect(table).toMatch(/│ Barneverntjenesten +│/);
    const csv = renderExtraction(documents, { format: "csv", color: false }).split("\n");
    expect(csv.filter((l) => l.endsWith(",sum_mismatch"))).toHaveLength(5);
    expect(csv.filter((l) => l.includes(",Barneverntjenesten,") && !l.endsWith(","))).toEqual([]);
  });
});
