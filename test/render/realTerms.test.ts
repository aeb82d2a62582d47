import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { renderRealTerms, type RealTermsFormat } from "../../src/render/index.js";
import { expectGolden } from "../helpers/golden.js";
import { barnevern, barnevernRow, helsestasjonRow, kpi2022, kpi2023, kpiReport, realRow, report, step, sumOppvekstRow } from "./fixtures.js";

const ansi = /\u001b\[/;
const goldens: Array<[RealTermsFormat, string]> = [
  ["table", "real-terms.table.txt"],
  ["csv", "real-terms.csv"],
  ["md", "real-terms.md"],
  ["json", "real-terms.json"],
];

describe("renderRealTerms goldens", () => {
  it.each(goldens)("%s matches %s", (format, golden) => {
    expectGolden(golden, renderRealTerms(report, { format, color: false }));
  });

  it.each([["nn"], ["en"]] as const)("md in %s matches its golden", (lang) => {
    expectGolden(`real-terms.${lang}.md`, renderRealTerms(report, { format: "md", color: false, lang }));
  });

  it("in 2023 prices adds the from column and says the fixed figure is not adjusted", () => {
    const in2023 = kpiReport([realRow(barnevern, 2022, 2026, 2023, [step(kpi2022, kpi2023)], [])], 2023);
    const md = renderRealTerms(in2023, { format: "md", color: false });
    expect(md).toContain("| Post | Side | 2022 nominelt | 2026 som oppgitt | 2022 i 2023-kroner | 2026 i 2023-kroner |");
    expect(md).toContain("2026 er oppgitt i faste 2023-priser: ingen prisjustering.");
    expectGolden("real-terms.prices-of-2023.md", md);
  });
});

describe("where each row is printed", () => {
  it("has a page column, and a file column when the rows come from more than one file", () => {
    const one = renderRealTerms(kpiReport([barnevernRow, sumOppvekstRow]), { format: "md", color: false });
    expect(one).toContain("| Post | Side | 2022 nominelt |");
    expect(one).toContain("| --- | ---: | ---: |");
    expect(one).toContain("| Barneverntjenesten | 7 | 221 588 000 |");
    const two = renderRealTerms(report, { format: "md", color: false });
    expect(two).toContain("| Post | Fil | Side | 2022 nominelt |");
    expect(two).toContain("| --- | --- | ---: | ---: |");
    const table = renderRealTerms(report, { format: "table", color: false, lang: "en" });
    expect(table).toContain("│ Item                                │ File              │ Page │");
    expect(table).toContain("│ Helsestasjon og skolehelsetjeneste² │ budsjett-2026.pdf │   12 │");
  });

  it("names a file by its base name", () => {
    const deep = { ...helsestasjonRow, item: { ...helsestasjonRow.item, provenance: { ...helsestasjonRow.item.provenance, file: "/home/x/budsjett-2026.pdf" } } };
    const md = renderRealTerms(kpiReport([barnevernRow, deep]), { format: "md", color: false });
    expect(md).toContain("| Helsestasjon og skolehelsetjeneste² | budsjett-2026.pdf | 12 |");
  });
});

describe("nynorsk", () => {
  const md = renderRealTerms(report, { format: "md", color: false, lang: "nn" });

  it("has no bokmål word in the notes", () => {
    for (const word of ["Kolonner", "Kilde", "beregnet", "vedtatt", "måneder", "priser", "bare ", "ingen ", "lønnsvekst"]) {
      expect(md, word).not.toContain(word);
    }
    expect(md).toContain("Kolonnar: 2022: «Budsjett 2022» (vedteke budsjett)");
  });
});

describe("renderRealTerms content", () => {
  const md = renderRealTerms(report, { format: "md", color: false });

  it("names the index figures, the columns, the price basis and the unit", () => {
    expect(md).toContain("Prisindeks (KPI, 2015=100):\n\n- 2022 = 122,8 (publisert, SSB-tabell 03014)\n- 2023 = 129,6 (publisert, SSB-tabell 03014)\n\nPrisindeks (KPI, 2025=100):");
    expect(md).toContain("- 2022 = 89,1583 (beregnet: snitt av 12 måneder, SSB-tabell 14700)");
    expect(md).toContain("- 2026 = 102,7625 (anslag: snitt av januar–august 2026, SSB-tabell 14700)");
    expect(md).toContain("Regnet med uavrundede indekstall.");
    expect(md).toContain("Kolonner: 2022: «Budsjett 2022» (vedtatt budsjett), «Regnskap 2022» (regnskap); 2026: «2026» (økonomiplan), «Budsjett 2026» (budsjettforslag).");
    expect(md).toContain("2026 er oppgitt i faste 2023-priser for Barneverntjenesten og Sum oppvekst: bare steget 2022→2023 er deflatert.");
    expect(md).toContain("Alle beløp i kroner.");
  });

  it("marks figures that depend on an anslag and explains the mark", () => {
    expect(md).toContain("| Helsestasjon og skolehelsetjeneste² | budsjett-2026.pdf | 12 | 48 250 000 | 53 900 000 | 46 764 473 * | -1 485 527 * | -3,1 % * |");
    expect(md).toContain("| Barneverntjenesten | bop-2023-2026.pdf | 7 | 221 588 000 | 222 144 000 | 210 488 296 | -11 099 704 | -5,0 % |");
    expect(md).toContain("\\* anslag: bygger på anslått prisvekst for 2026; se prisindeksen under.");
  });

  it("keeps CSV machine-readable: plain integers, decimal points, per-row basis and anslag", () => {
    const lines = renderRealTerms(report, { format: "csv", color: false }).trimEnd().split("\n");
    expect(lines[0]).toBe("Post,2022 nominelt,2026 som oppgitt,2026 i 2022-kroner,Realendring kr,Realendring %,kolonne_fra,kolonne_til,prisgrunnlag_fra,prisgrunnlag_til,anslag,kilde,prisindeks,indeksstatus,usikker");
    expect(lines[1]).toBe('Barneverntjenesten,221588000,222144000,210488296,-11099704,-5.0,Budsjett 2022,2026,løpende,faste 2023-priser,nei,"bop-2023-2026.pdf s. 7, Tabell 2.1 Netto driftsrammer per tjenesteområde",KPI 2015=100,2022 publisert; 2023 publisert,');
    expect(lines[2]).toContain(",ja,");
    expect(lines[2]).toMatch(/,KPI 2025=100,2022 beregnet; 2026 anslag,$/);
    expect(lines).toHaveLength(4);
  });

  it("writes money as decimal strings in JSON, never numbers", () => {
    const json = JSON.parse(renderRealTerms(report, { format: "json", color: false }));
    const row = json.rows[0];
    expect(row.from.amount_nok).toBe("221588000");
    expect(row.to_in_prices_of).toBe("210488296.2962962963");
    expect(row.rounded.real_change).toBe("-11099704");
    expect(row.steps[0].to_index).toMatchObject({ year: 2022, value: "122.8", status: "published" });
    expect(json.rows[1].anslag).toBe(true);
    expect(json.rows[1].anslag_figures).toEqual(["to_in_prices_of", "real_change", "real_change_pct"]);
    expect(json.index_points.every((p: { value: unknown }) => typeof p.value === "string")).toBe(true);
  });

  it("prints no per cent for a row whose from amount is zero", () => {
    const zero = { ...barnevernRow, realChangePct: null, nominalChangePct: null };
    expect(renderRealTerms(kpiReport([zero]), { format: "md", color: false })).toMatch(/\| i\.a\. \|/);
    expect(renderRealTerms(kpiReport([zero]), { format: "csv", color: false }).split("\n")[1]).toContain("-11099704,,");
  });

  it("escapes Markdown in labels", () => {
    const starred = { ...barnevernRow, item: { ...barnevernRow.item, label: "Sykehjem* | avd_1" } };
    expect(renderRealTerms(kpiReport([starred]), { format: "md", color: false })).toContain("| Sykehjem\\* \\| avd\\_1 |");
  });

  it("rounds the table figures half up", () => {
    const half = { ...barnevernRow, toInPricesOf: new Decimal("210488296.5"), realChangePct: new Decimal("0.05") };
    const md = renderRealTerms(kpiReport([half]), { format: "md", color: false });
    expect(md).toContain("| 210 488 297 |");
    expect(md).toContain("| 0,1 % |");
  });
});

describe("the terminal table", () => {
  it("has a rule under the header and none between the rows", () => {
    const lines = renderRealTerms(report, { format: "table", color: false }).split("\n");
    const rules = lines.filter((l) => l.startsWith("├"));
    expect(rules).toHaveLength(1);
    expect(lines.indexOf(rules[0]!)).toBe(2);
  });
});

describe("colour", () => {
  it("has no ANSI escapes when color is false, in every format", () => {
    for (const [format] of goldens) expect(renderRealTerms(report, { format, color: false })).not.toMatch(ansi);
  });

  it("colours the terminal table only when asked", () => {
    expect(renderRealTerms(report, { format: "table", color: true })).toMatch(ansi);
  });
});

describe("an empty report", () => {
  it("still renders a header and the notes, without an empty columns line", () => {
    const empty = kpiReport([]);
    const md = renderRealTerms(empty, { format: "md", color: false });
    expect(md).toBe("| Post | Side | 2022 nominelt | 2026 nominelt | 2026 i 2022-kroner | Realendring kr | Realendring % |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n\nPrisindeks: KPI.\n\nAlle beløp i kroner.\n");
  });
});
