// H9: library code never prints. Run the whole stage, including its errors, under spies.
import { describe, expect, it } from "vitest";
import { spyOnOutput } from "../helpers/spyOutput.js";
import { Decimal } from "decimal.js";
import { readFileSync } from "node:fs";
import {
  customSeries,
  deflatorSeries,
  importText,
  kpiJaeSeries,
  kpiSeries,
  lineItemsToRealRows,
  loadPriceData,
  parseCustomSeries,
  parseToday,
  priceStep,
  seriesInventory,
  staleWarning,
} from "../../src/prices/index.js";
import { FROZEN_SERIES, fixed, item, value } from "./helpers.js";

describe("the price stage prints nothing", () => {
  const spies = spyOnOutput();

  it("while loading, deflating, assuming and failing", () => {
    const kpi = kpiSeries(loadPriceData(FROZEN_SERIES));
    const items = [
      item("a", [
        value(2022, "regnskap", "Regnskap 2022", "1"),
        value(2030, "okonomiplan", "Økonomiplan 2030", "2", fixed(2023)),
      ]),
      item("b", [value(2030, "okonomiplan", "Økonomiplan 2030", null)]),
    ];
    lineItemsToRealRows(items, { fromYear: 2022, toYear: 2030, series: kpi, budgetYear: null });
    priceStep(kpi, 2022, 2031, new Map([[2024, new Decimal(1)]]));
    expect(() => priceStep(kpi, 1900, 2020)).toThrow();
    expect(() => loadPriceData("/nonexistent")).toThrow();
    const data = loadPriceData(FROZEN_SERIES);
    const today = parseToday("2026-11-24");
    priceStep(kpiJaeSeries(data), 2022, 2030);
    priceStep(deflatorSeries(data), 2022, 2030);
    priceStep(customSeries(parseCustomSeries("år;prosent\n2022;5,0\n2023;4,0\n", "a.csv"), "a.csv"), 2022, 2023);
    staleWarning(kpiJaeSeries(data), today);
    seriesInventory(data, today);
    const json = readFileSync(new URL("../../fixtures/series/ssb/ssb-14700-sample.json", import.meta.url), "utf8");
    importText(json, "ssb-14700-sample.json", today);
    expect(() => importText("{}", "x.json", today)).toThrow();
    expect(() => parseToday("not a date")).toThrow();
    for (const spy of spies()) expect(spy).not.toHaveBeenCalled();
  });
});
