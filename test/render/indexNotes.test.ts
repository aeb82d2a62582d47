// One short line per index figure, phrased per language from the price stage's facts.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { IndexPoint } from "../../src/model/types.js";
import { pointLine } from "../../src/render/indexNotes.js";

const d = (v: string) => new Decimal(v);
const base = { base: "2018=100", source: "English words, never shown" } as const;
const nf = { kind: "named", name: "Finansdepartementet (NB26)" } as const;

const cases: Array<[name: string, point: IndexPoint, nb: string, nn: string, en: string]> = [
  [
    "a chain, written out factor by factor",
    { ...base, year: 2020, value: d("104.232"), status: "derived", method: { kind: "chained", anchorYear: 2018, rates: [d("3.2"), d("1.0")] }, sources: [nf] },
    "2020 = 104,232 (beregnet: 100 × 1,032 × 1,010, Finansdepartementet (NB26))",
    "2020 = 104,232 (berekna: 100 × 1,032 × 1,010, Finansdepartementet (NB26))",
    "2020 = 104.232 (derived: 100 × 1.032 × 1.010, Finansdepartementet (NB26))",
  ],
  [
    "a long chain, by its years",
    { ...base, year: 2027, value: d("130"), status: "derived", method: { kind: "chained", anchorYear: 2018, rates: Array(9).fill(d("3")) }, sources: [nf] },
    "2027 = 130 (beregnet: kjedet fra 2018=100 med veksten for 2019–2027, Finansdepartementet (NB26))",
    "2027 = 130 (berekna: kjeda frå 2018=100 med veksten for 2019–2027, Finansdepartementet (NB26))",
    "2027 = 130 (derived: chained from 2018=100 with the growth of 2019–2027, Finansdepartementet (NB26))",
  ],
  [
    "a rate carried forward, naming the year it is carried from",
    { ...base, year: 2028, value: d("146.62031"), status: "anslag", method: { kind: "grown", percent: d("3.5"), assumption: "carried_forward", carriedFrom: 2026 }, sources: [nf] },
    "2028 = 146,6203 (anslag: 2027 + 3,5 %, veksten for 2026 videreført, Finansdepartementet (NB26))",
    "2028 = 146,6203 (anslag: 2027 + 3,5 %, veksten for 2026 vidareført, Finansdepartementet (NB26))",
    "2028 = 146.6203 (estimate: 2027 + 3.5%, growth of 2026 carried forward, Finansdepartementet (NB26))",
  ],
  [
    "the user's --assume",
    { ...base, year: 2026, value: d("103"), status: "anslag", method: { kind: "grown", percent: d("3"), assumption: "user" }, sources: [{ kind: "user", flag: "--assume 2026=3" }] },
    "2026 = 103 (anslag: 2025 + 3,0 %, oppgitt med --assume 2026=3)",
    "2026 = 103 (anslag: 2025 + 3,0 %, oppgitt med --assume 2026=3)",
    "2026 = 103 (estimate: 2025 + 3.0%, given with --assume 2026=3)",
  ],
  [
    "a figure linked from the old base",
    { ...base, base: "2025=100", year: 2023, value: d("94.11764705882"), status: "derived", method: { kind: "linked", value: d("129.6"), link: d("137.7"), fromBase: "2015=100" }, sources: [] },
    "2023 = 94,1176 (beregnet: 129,6 × 100 / 137,7 fra 2015=100)",
    "2023 = 94,1176 (berekna: 129,6 × 100 / 137,7 frå 2015=100)",
    "2023 = 94.1176 (derived: 129.6 × 100 / 137.7 from 2015=100)",
  ],
  [
    "an imported SSB figure",
    { ...base, year: 2024, value: d("136.2"), status: "published", method: { kind: "annual" }, sources: [{ kind: "ssb", table: "03014", importedFrom: "03014.json" }] },
    "2024 = 136,2 (publisert, SSB-tabell 03014, importert fra 03014.json)",
    "2024 = 136,2 (publisert, SSB-tabell 03014, importert frå 03014.json)",
    "2024 = 136.2 (published, SSB table 03014, imported from 03014.json)",
  ],
  [
    "the base year",
    { ...base, base: "2025=100", year: 2025, value: d("100"), status: "derived", method: { kind: "reference" }, sources: [{ kind: "ssb", table: "14700" }] },
    "2025 = 100 (basisår)",
    "2025 = 100 (basisår)",
    "2025 = 100 (base year)",
  ],
  [
    "one month only",
    { ...base, year: 2026, value: d("101.6"), status: "anslag", method: { kind: "months_mean", firstMonth: 1, lastMonth: 1, count: 1 }, sources: [{ kind: "ssb", table: "14700" }] },
    "2026 = 101,6 (anslag: januar 2026, SSB-tabell 14700)",
    "2026 = 101,6 (anslag: januar 2026, SSB-tabell 14700)",
    "2026 = 101.6 (estimate: January 2026, SSB table 14700)",
  ],
];

describe("pointLine", () => {
  it.each(cases)("%s", (_name, point, nb, nn, en) => {
    expect(pointLine(point, "nb")).toBe(nb);
    expect(pointLine(point, "nn")).toBe(nn);
    expect(pointLine(point, "en")).toBe(en);
  });

  it("falls back to the status and the source text for a point without facts", () => {
    const bare: IndexPoint = { year: 2022, value: d("122.8"), base: "2015=100", status: "published", source: "SSB tabell 03014" };
    expect(pointLine(bare, "nb")).toBe("2022 = 122,8 (publisert, SSB tabell 03014)");
  });
});
