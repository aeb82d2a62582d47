import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  PriceDataError,
  SERIES_FILES,
  kpiSeries,
  loadPriceData,
  parsePriceData,
  priceStep,
  type SeriesTexts,
} from "../../src/prices/index.js";
import { FROZEN_SERIES } from "./helpers.js";

function frozenTexts(): SeriesTexts {
  const read = (file: string) => readFileSync(join(FROZEN_SERIES, file), "utf8");
  return {
    kpiAnnual2015: read(SERIES_FILES.kpiAnnual2015),
    kpiMonthly2025: read(SERIES_FILES.kpiMonthly2025),
    kpiJaeAnnual2015: read(SERIES_FILES.kpiJaeAnnual2015),
    kpiJaeMonthly2015: read(SERIES_FILES.kpiJaeMonthly2015),
    forecasts: read(SERIES_FILES.forecasts),
    kommunalDeflator: read(SERIES_FILES.kommunalDeflator),
  };
}

describe("the embedded series", () => {
  // These figures are written here on purpose: a data update that changes them must fail loudly.
  it("loads from the package and holds the figures the tool relies on", () => {
    const data = loadPriceData();
    const annual = new Map(data.kpiAnnual2015.map((r) => [r.year, r]));
    expect(annual.get(1967)?.value.toString()).toBe("10.9");
    expect(annual.get(2015)?.value.toString()).toBe("100");
    expect(annual.get(2022)?.value.toString()).toBe("122.8");
    expect(annual.get(2023)?.value.toString()).toBe("129.6");
    expect(annual.get(2025)).toMatchObject({ status: "derived" });
    expect(annual.get(2025)?.value.toString()).toBe("137.7");
    expect(priceStep(kpiSeries(data), 2022, 2023).step.factor.toString()).toMatch(/^1\.0553/);
  });
});

describe("loadPriceData / parsePriceData", () => {
  it("reads every file of the frozen copy", () => {
    const data = loadPriceData(FROZEN_SERIES);
    expect(data.kpiAnnual2015).toHaveLength(2025 - 1967 + 1);
    expect(data.kpiMonthly2025).toHaveLength(20);
    expect(data.kpiJaeAnnual2015).toHaveLength(22);
    expect(data.kpiJaeMonthly2015).toHaveLength(7);
    expect(data.forecasts).toHaveLength(9);
    expect(data.kommunalDeflator.map((r) => r.status)).toContain("estimate");
    expect(data.dir).toBe(FROZEN_SERIES);
  });

  it("names the missing file and what to do", () => {
    expect(() => loadPriceData("/nonexistent/series")).toThrow(PriceDataError);
    expect(() => loadPriceData("/nonexistent/series")).toThrow(/kpi-annual-2015\.csv is missing\. Reinstall/);
  });

  it.each([
    ["a status it does not know", "2022,122.8,published", "2022,122.8,final", /status "final"/],
    ["a number with a comma", "2022,122.8,published", '2022,"122,8",published', /not a number/],
    ["a year twice", "2023,129.6,published", "2022,129.6,published", /2022 twice/],
    ["an index of zero", "2022,122.8,published", "2022,0,published", /above zero/],
  ])("refuses %s", (_name, from, to, message) => {
    const texts = frozenTexts();
    const broken = { ...texts, kpiAnnual2015: texts.kpiAnnual2015.replace(from, to) };
    expect(() => parsePriceData(broken, "frozen")).toThrow(message);
  });

  it("refuses a file without the expected columns", () => {
    const texts = { ...frozenTexts(), forecasts: "series,year\nkpi,2026\n" };
    expect(() => parsePriceData(texts, "frozen")).toThrow(/forecasts\.csv lacks the column\(s\) growth_percent/);
  });
});
