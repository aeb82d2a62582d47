import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { PriceDataError, binaryKind, customSeries, ignoredAssumptions, parseCustomSeries, priceStep } from "../../src/prices/index.js";
import { Exact, sig } from "./helpers.js";

const none = new Map<number, Decimal>();
const own = (text: string, name = "egen.csv") => customSeries(parseCustomSeries(text, name), name);

describe("parseCustomSeries: the header decides", () => {
  it("reads year,index with a point", () => {
    const t = parseCustomSeries("year,index\n2022,104.5\n2023,110\n", "a.csv");
    expect(t.kind).toBe("index");
    expect(t.rows.map((r) => `${r.year} ${r.value.toString()} ${r.status}`)).toEqual(["2022 104.5 published", "2023 110 published"]);
    expect(t.hasStatus).toBe(false);
  });

  it("reads Norwegian: år;indeks with decimal commas and a semicolon", () => {
    const t = parseCustomSeries("år;indeks\n2022;104,5\n2023;1 110,25\n", "a.csv");
    expect(t.rows.map((r) => r.value.toString())).toEqual(["104.5", "1110.25"]);
  });

  it("reads year,percent (growth), with a quoted decimal comma in a comma-separated file", () => {
    const t = parseCustomSeries('year,percent\n2022,"5,8"\n2023,-0.4\n', "a.csv");
    expect(t.kind).toBe("percent");
    expect(t.rows.map((r) => r.value.toString())).toEqual(["5.8", "-0.4"]);
  });

  it("takes the base from the header or from the one year at 100", () => {
    expect(parseCustomSeries("year,index_2015=100\n2022,122.8\n", "a.csv").base).toBe("2015=100");
    expect(parseCustomSeries("year,index\n2021,100\n2022,104\n", "a.csv").base).toBe("2021=100");
    expect(parseCustomSeries("year,index\n2021,99\n2022,104\n", "a.csv").base).toBeNull();
  });

  it("reads a status column (English or Norwegian) and a source column", () => {
    const t = parseCustomSeries("år;prosent;status;kilde\n2025;4,1;publisert;TBU\n2026;3,6;anslag;eget anslag\n", "a.csv");
    expect(t.rows.map((r) => [r.status, r.source])).toEqual([["published", "TBU"], ["estimate", "eget anslag"]]);
    expect(t.hasStatus).toBe(true);
  });

  it.each([
    ["neither index nor percent", "year,value\n2022,1\n", /neither year,index nor year,percent/],
    ["both index and percent", "year,index,percent\n2022,1,2\n", /neither year,index nor year,percent/],
    ["an unquoted decimal comma in a comma-separated file", "year,index\n2022,104,5\n", /decimal comma in a comma-separated file/],
    ["a year that is not a year", "year,index\n22,104\n", /"22" is not a year/],
    ["a number with thousands dots", "year;index\n2022;1.104,5\n", /"1.104,5" is not a number like 104,5/],
    ["an index of zero", "year,index\n2022,0\n", /above zero/],
    ["a year twice", "year,index\n2022,1\n2022,2\n", /2022 twice/],
    ["no figures", "year,index\n", /no figures/],
    ["an unknown status", "year,index,status\n2022,1,final\n", /status "final"/],
  ])("refuses %s, saying what to do", (_name, text, message) => {
    expect(() => parseCustomSeries(text, "a.csv")).toThrow(PriceDataError);
    expect(() => parseCustomSeries(text, "a.csv")).toThrow(message);
  });
});

describe("customSeries", () => {
  it("divides the user's index figures, named by the file", () => {
    const s = own("år;indeks\n2022;104,5\n2023;110\n");
    const { step } = priceStep(s, 2023, 2022);
    expect(s.name).toBe("egen serie (egen.csv)");
    // 104.5 / 110
    expect(sig(step.factor)).toBe(sig(new Exact("104.5").div(110)));
    expect(step.fromPoint).toMatchObject({ status: "published", source: "egen.csv", base: "indeks i egen.csv" });
  });

  it("chains a percent file from the year before its first rate", () => {
    const s = own(readFileSync(new URL("../../fixtures/series/own-series.csv", import.meta.url), "utf8"), "own-series.csv");
    const { step } = priceStep(s, 2023, 2022);
    expect(step.base).toBe("2018=100");
    // 2023 → 2022: 1 / 1.05
    expect(sig(step.factor)).toBe(sig(new Exact(1).div("1.05")));
    expect(step.toPoint.note).toBe("chained from 2018=100 with the growth of 2019–2022 (3.0, 1.5, 3.9, 5.9 %)");
  });

  it("marks the file's anslag rows as anslag", () => {
    const s = own(readFileSync(new URL("../../fixtures/series/own-series.csv", import.meta.url), "utf8"), "own-series.csv");
    const r = s.indexFor(2026, "2018=100", none);
    expect(r.point.status).toBe("anslag");
    expect(r.assumptions).toEqual([expect.objectContaining({ year: 2026, method: "forecast", source: "own-series.csv" })]);
  });

  it("invents nothing beyond the file: a later year needs --assume", () => {
    const s = own("year,index\n2022,104.5\n2023,110\n");
    expect(() => s.indexFor(2024, "x", none)).toThrow(/no egen serie \(egen\.csv\) figure for 2024\. Give one with --assume 2024=PCT/);
    const r = s.indexFor(2024, "x", new Map([[2024, new Decimal(2)]]));
    // 110 × 1.02
    expect(r.point.value.toString()).toBe("112.2");
    expect(r.point.status).toBe("anslag");
    const p = own("year,percent\n2022,5\n");
    expect(() => p.indexFor(2023, "x", none)).toThrow(/--assume 2023=PCT/);
  });

  it("lets --assume replace an anslag of the file, for an index file as for a percent file", () => {
    const s = own("year;index;status\n2022;104,5;publisert\n2023;110;anslag\n");
    expect(s.indexFor(2023, "x", none).point.value.toString()).toBe("110");
    const r = s.indexFor(2023, "x", new Map([[2023, new Decimal(2)]]));
    // 104.5 × 1.02
    expect(r.point.value.toString()).toBe("106.59");
    expect(r.assumptions).toEqual([expect.objectContaining({ year: 2023, method: "user" })]);
    expect(ignoredAssumptions(s, new Map([[2022, new Decimal(2)], [2023, new Decimal(2)]])).map((w) => w.message.slice(0, 24))).toEqual([
      "--assume 2022 is ignored",
    ]);
  });

  it("refuses a gap in a percent file", () => {
    expect(() => own("year,percent\n2021,2\n2023,3\n")).toThrow(/growth for 2022 \(between 2021 and 2023\)/);
  });
});

describe("binaryKind: a series file must be text", () => {
  it("names a PDF and a zipped file, and any other binary file", () => {
    expect(binaryKind("%PDF-1.7\n%âãÏÓ\n1 0 obj")).toBe("a PDF");
    expect(binaryKind("PK\u0003\u0004\u0014\u0000\u0006\u0000")).toBe("a zipped file (a spreadsheet or a Word document?)");
    expect(binaryKind("ab\u0000cd")).toBe("");
    expect(binaryKind("\uFFFD\uFFFD\uFFFDx")).toBe("");
  });

  it("takes text as text, a stray byte in a latin-1 file included", () => {
    expect(binaryKind("år;prosent\n2025;4,1\n")).toBeNull();
    expect(binaryKind("\uFFFDr;prosent\n2025;4,1\n2026;3,5\n2027;3,0\n")).toBeNull();
    expect(binaryKind("")).toBeNull();
  });

  it("refuses a binary file with one line that says which files are accepted", () => {
    expect(() => parseCustomSeries("%PDF-1.7\n\u0000\u0001", "budsjett.pdf")).toThrow(
      /^budsjett\.pdf is a PDF, not a text file\. Give a CSV with a header of year,index or year,percent/,
    );
  });
});
