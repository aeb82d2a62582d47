// `series import`: JSON-stat 2.0 and 1.x from SSB, and the kommunal deflator as CSV.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  PriceDataError,
  deflatorSeries,
  importText,
  kpiSeries,
  loadPriceData,
  loadWithImports,
  parseToday,
  priceStep,
  storeImport,
  type ImportedFigures,
} from "../../src/prices/index.js";
import { FROZEN_SERIES } from "./helpers.js";

const today = parseToday("2026-11-24");
const ssb = (file: string) => readFileSync(new URL(`../../fixtures/series/ssb/${file}`, import.meta.url), "utf8");
const figures = (f: ImportedFigures) =>
  f.rows.map((r) => `${"month" in r ? `${r.year}-${String(r.month).padStart(2, "0")}` : r.year} ${"value" in r ? r.value.toString() : r.growthPercent.toString()}`);

/** A small JSON-stat 2.0 dataset: `dims` in the file's order, values row-major over them. */
function cube2(label: string, dims: Array<[id: string, codes: string[], labels?: string[]]>, value: Array<number | null>, extra: object = {}) {
  const dimension = Object.fromEntries(
    dims.map(([id, codes, labels]) => [
      id,
      { label: id, category: { index: Object.fromEntries(codes.map((c, i) => [c, i])), label: Object.fromEntries(codes.map((c, i) => [c, labels?.[i] ?? c])) } },
    ]),
  );
  return JSON.stringify({
    version: "2.0", class: "dataset", label, source: "Statistisk sentralbyrå", updated: "2026-02-10T07:00:00Z",
    role: { time: ["Tid"], metric: ["ContentsCode"] }, id: dims.map((d) => d[0]), size: dims.map((d) => d[1].length), dimension, value, ...extra,
  });
}

describe("JSON-stat 2.0 from SSB", () => {
  it("reads table 03014's index, not its change (ssb-03014-sample.json)", () => {
    const f = importText(ssb("ssb-03014-sample.json"), "/downloads/ssb-03014-sample.json", today);
    expect(f.key).toBe("kpiAnnual2015");
    expect(f.what).toBe("SSB table 03014 (annual, 2015=100)");
    expect(figures(f)).toEqual(["2022 122.8", "2023 129.6", "2024 133.6"]);
    expect(f.rows[0]).toMatchObject({
      status: "published",
      source: "SSB table 03014, updated 2025-01-10",
      origin: "imported from ssb-03014-sample.json on 2026-11-24",
    });
    expect(f.details[0]).toBe("read Konsumgrp=TOTAL (Totalindeks), ContentsCode=KpiAar (Konsumprisindeks (2015=100)) (JSON-stat 2.0)");
  });

  it("reads the total 00 of table 14700 among ten groups, and the index, not the weights (ssb-14700-sample.json)", () => {
    const f = importText(ssb("ssb-14700-sample.json"), "ssb-14700-sample.json", today);
    expect(f.key).toBe("kpiMonthly2025");
    expect(f.rows).toHaveLength(20);
    expect(figures(f).slice(0, 3)).toEqual(["2022-01 85.5", "2022-02 86.5", "2022-03 87"]);
    expect(figures(f).slice(-2)).toEqual(["2026-07 103.8", "2026-08 103.5"]);
  });

  it("reads dimensions in any order, and `index` given as a list", () => {
    // Tid × ContentsCode × Konsumgrp: the 03014 figures with food (01) beside the total.
    const text = cube2(
      "03014: Konsumprisindeks, etter konsumgruppe, statistikkvariabel og år",
      [["Tid", ["2022", "2023"]], ["ContentsCode", ["Aarsendring", "KpiAar"], ["Årsendring (prosent)", "Konsumprisindeks (2015=100)"]], ["Konsumgrp", ["01", "TOTAL"]]],
      [10.1, 5.8, 130.1, 122.8, 12.2, 5.5, 146.0, 129.6],
    );
    const listed = JSON.parse(text);
    listed.dimension.Konsumgrp.category.index = ["01", "TOTAL"];
    for (const t of [text, JSON.stringify(listed)]) {
      expect(figures(importText(t, "reordered.json", today))).toEqual(["2022 122.8", "2023 129.6"]);
    }
  });

  it("reads table 14701 (annual, 2025=100) and a sparse value object, leaving out missing figures", () => {
    const text = cube2(
      "14701: Konsumprisindeks, etter vare- og tjenestegruppe, statistikkvariabel og år",
      [["VareTjenesteGrp", ["00"], ["I alt"]], ["ContentsCode", ["KpiAar"], ["Konsumprisindeks (2025=100)"]], ["Tid", ["2024", "2025", "2026"]]],
      [],
      { value: { "0": 97.0, "1": 100.0 } },
    );
    const f = importText(text, "14701.json", today);
    expect(f.key).toBe("kpiAnnual2025");
    expect(figures(f)).toEqual(["2024 97", "2025 100"]);
    expect(f.details).toContain("1 period(s) without a figure were left out");
  });

  it.each([
    ["only the change", [["Konsumgrp", ["TOTAL"]], ["ContentsCode", ["Tolvmanedersendring"], ["12-måneders endring (prosent)"]], ["Tid", ["2025M01"]]], [2.3], /no index\. Download the index itself/],
    ["a group but not the total", [["Konsumgrp", ["01"], ["Matvarer"]], ["ContentsCode", ["KpiIndMnd"], ["Konsumprisindeks (2015=100)"]], ["Tid", ["2025M01"]]], [130], /has no total TOTAL .*Download table 03013 with Konsumgrp=TOTAL/],
    ["quarters", [["Konsumgrp", ["TOTAL"]], ["ContentsCode", ["KpiIndMnd"], ["Konsumprisindeks (2015=100)"]], ["Tid", ["2025K1"]]], [130], /neither months \(2025M01\) nor years/],
  ])("refuses %s with a line saying what to do", (_name, dims, values, message) => {
    const text = cube2("03013: Konsumprisindeks", dims as never, values);
    expect(() => importText(text, "x.json", today)).toThrow(PriceDataError);
    expect(() => importText(text, "x.json", today)).toThrow(message);
  });

  it("refuses another table, a base that does not match, and files that are not JSON-stat", () => {
    const other = cube2("09190: Makroøkonomiske hovedstørrelser", [["Makrost", ["bnpb"]], ["ContentsCode", ["Faste"], ["Faste 2022-priser"]], ["Tid", ["2025"]]], [1]);
    expect(() => importText(other, "x.json", today)).toThrow(/it is SSB table 09190; the tool reads the price index tables KPI 03013/);
    const wrongBase = cube2("03014: KPI", [["Konsumgrp", ["TOTAL"]], ["ContentsCode", ["KpiAar"], ["Konsumprisindeks (2025=100)"]], ["Tid", ["2025"]]], [100]);
    expect(() => importText(wrongBase, "x.json", today)).toThrow(/its index is on 2025=100, but table 03014 is on 2015=100/);
    expect(() => importText("{ not json", "x.json", today)).toThrow(/x\.json is not valid JSON .*Download the table from ssb\.no\/statbank as JSON-stat/);
    expect(() => importText('{"class":"collection"}', "x.json", today)).toThrow(/a JSON-stat collection, not one table/);
    const short = JSON.parse(ssb("ssb-03014-sample.json"));
    short.value.pop();
    expect(() => importText(JSON.stringify(short), "x.json", today)).toThrow(/5 values where its dimensions make 6/);
  });
});

describe("JSON-stat 1.x from SSB's old API", () => {
  it("reads table 03013 with Tid before ContentsCode, ignoring the archive's _metadata", () => {
    const f = importText(ssb("ssb-03013-dataset1086-jsonstat1-riksdata-cache.json"), "03013.json", today);
    expect(f.key).toBe("kpiMonthly2015");
    expect(f.what).toBe("SSB table 03013 (monthly, 2015=100)");
    expect(f.rows).toHaveLength(559);
    expect(figures(f).slice(0, 2)).toEqual(["1979-01 25.3", "1979-02 25.4"]);
    expect(figures(f).slice(-1)).toEqual(["2025-07 138.9"]);
    expect(f.rows[0]).toMatchObject({ source: "SSB table 03013, updated 2025-08-11" });
    // 2022's months average to the published annual 122.8 (122.7833…)
    const y2022 = f.rows.filter((r) => r.year === 2022).map((r) => ("value" in r ? Number(r.value) : 0));
    expect(y2022.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(122.783, 3);
  });

  it("picks KPI-JAE's total JAE_TOTAL beside JA_TOTAL (table 05327), and recognises 05335 without a table number", () => {
    const bundle = {
      dataset: {
        label: "05327: KPI-JA og KPI-JAE, etter konsumgruppe, måned og statistikkvariabel",
        source: "Statistisk sentralbyrå", updated: "2025-08-11T06:00:00Z",
        dimension: {
          id: ["Tid", "Konsumgrp", "ContentsCode"], size: [2, 2, 2], role: { time: ["Tid"], metric: ["ContentsCode"] },
          Tid: { category: { index: { "2025M07": 0, "2025M08": 1 } } },
          Konsumgrp: { category: { index: { JA_TOTAL: 0, JAE_TOTAL: 1 }, label: { JA_TOTAL: "KPI-JA Totalindeks", JAE_TOTAL: "KPI-JAE Totalindeks" } } },
          ContentsCode: { category: { index: { KPIJustIndMnd: 0, Tolvmanedersendring: 1 }, label: { KPIJustIndMnd: "KPI-JA, KPI-JAE. KPI-JE og KPI-JEL (2015=100) Månedlig", Tolvmanedersendring: "12-måneders endring (prosent)" } } },
        },
        value: [137.0, 2.9, 135.5, 3.1, 137.2, 3.0, 135.9, 3.2],
      },
      _metadata: { source: "an archive" },
    };
    const f = importText(JSON.stringify(bundle), "05327.json", today);
    expect(f.key).toBe("kpiJaeMonthly2015");
    expect(figures(f)).toEqual(["2025-07 135.5", "2025-08 135.9"]);
    const annual = structuredClone(bundle);
    annual.dataset.label = "KPI-JA og KPI-JAE, etter konsumgruppe, år og statistikkvariabel";
    annual.dataset.dimension.Tid.category.index = { "2023": 0, "2024": 1 } as never;
    expect(importText(JSON.stringify(annual), "05335.json", today).key).toBe("kpiJaeAnnual2015");
  });

  it("refuses a bundle of two datasets", () => {
    const one = JSON.parse(ssb("ssb-03013-dataset1086-jsonstat1-riksdata-cache.json")).dataset;
    expect(() => importText(JSON.stringify({ a: one, b: one }), "x.json", today)).toThrow(/holds 2 datasets; download one table at a time/);
  });
});

describe("the kommunal deflator as CSV", () => {
  it("reads year,percent; years before this one are published, this year and later estimates", () => {
    const f = importText("år;prosent\n2025;4,7\n2026;3,9\n2027;3,4\n", "deflator-nb27.csv", today);
    expect(f.key).toBe("kommunalDeflator");
    expect(f.rows.map((r) => `${r.year} ${"growthPercent" in r ? r.growthPercent.toString() : ""} ${r.status}`)).toEqual([
      "2025 4.7 published", "2026 3.9 estimate", "2027 3.4 estimate",
    ]);
    expect(f.details).toEqual(["2026, 2027 stored as estimates (anslag): add a status column to say otherwise"]);
    expect(f.rows[0]).toMatchObject({ source: "kommunal deflator (deflator-nb27.csv)", origin: "imported from deflator-nb27.csv on 2026-11-24" });
  });

  it("keeps a status column as given, and sends an index to --series instead", () => {
    const f = importText("year,percent,status,source\n2026,3.9,published,NB27\n", "d.csv", today);
    expect(f.rows[0]).toMatchObject({ status: "published", source: "NB27" });
    expect(() => importText("year,index\n2025,100\n", "d.csv", today)).toThrow(/use --series d\.csv instead of importing it/);
  });
});

describe("storing imports and using them", () => {
  const dirs: string[] = [];
  const store = () => {
    const dir = mkdtempSync(join(tmpdir(), "bop-real-store-"));
    dirs.push(dir);
    return join(dir, "series");
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const embedded = loadPriceData(FROZEN_SERIES);

  it("lays imported figures over the embedded ones, and the source names the import", () => {
    const dir = store();
    const result = storeImport(dir, importText(ssb("ssb-03014-sample.json"), "ssb-03014-sample.json", today), embedded);
    expect(result).toMatchObject({ count: 3, first: "2022", last: "2024", overEmbedded: 3, replacedImported: 0 });
    expect(readFileSync(result.path, "utf8").split("\n")[0]).toBe("year,index_2015_100,status,sources,note,imported");
    const data = loadWithImports(dir, embedded);
    const { step } = priceStep(kpiSeries(data), 2022, 2023);
    expect(step.fromPoint.source).toBe("SSB table 03014, updated 2025-01-10, imported from ssb-03014-sample.json on 2026-11-24");
    expect(step.factor.toString()).toBe(priceStep(kpiSeries(embedded), 2022, 2023).step.factor.toString());
    // Years the import does not cover keep the embedded figures.
    expect(priceStep(kpiSeries(data), 2020, 2021).step.fromPoint.source).toBe("SSB table 03014");
  });

  it("replaces figures imported before, period by period", () => {
    const dir = store();
    storeImport(dir, importText("år;prosent\n2025;4,7\n2026;3,9\n", "a.csv", today), embedded);
    const second = storeImport(dir, importText("år;prosent;status\n2026;4,1;published\n2027;3,4;estimate\n", "b.csv", today), embedded);
    expect(second).toMatchObject({ count: 2, replacedImported: 1, overEmbedded: 1 });
    const data = loadWithImports(dir, embedded);
    const rows = data.kommunalDeflator.filter((r) => r.year >= 2024).map((r) => `${r.year} ${r.growthPercent.toString()} ${r.status} ${r.origin ?? "embedded"}`);
    expect(rows).toEqual([
      "2024 5 published embedded",
      "2025 4.7 published imported from a.csv on 2026-11-24",
      "2026 4.1 published imported from b.csv on 2026-11-24",
      "2027 3.4 estimate imported from b.csv on 2026-11-24",
    ]);
    // 2022 → 2026 now rests on 2025 4.7 and 2026 4.1, both published: no anslag.
    const { step, assumptions } = priceStep(deflatorSeries(data), 2022, 2026);
    expect(assumptions).toEqual([]);
    expect(step.toPoint.status).toBe("derived");
    expect(step.toPoint.source).toContain("imported from b.csv on 2026-11-24");
  });

  it("reads back a 2025=100 annual import and uses a published 2026 figure over the months", () => {
    const dir = store();
    const text = cube2(
      "14701: Konsumprisindeks",
      [["VareTjenesteGrp", ["00"]], ["ContentsCode", ["KpiAar"], ["Konsumprisindeks (2025=100)"]], ["Tid", ["2026"]]],
      [103.1],
    );
    storeImport(dir, importText(text, "14701.json", today), embedded);
    const { step, assumptions } = priceStep(kpiSeries(loadWithImports(dir, embedded)), 2022, 2026);
    expect(step.toPoint).toMatchObject({ year: 2026, status: "published", base: "2025=100" });
    expect(step.toPoint.value.toString()).toBe("103.1");
    expect(assumptions).toEqual([]);
  });
});
