import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { PriceDataError, deflatorSeries, ignoredAssumptions, loadPriceData, priceStep, type PriceData } from "../../src/prices/index.js";
import { Exact, FROZEN_SERIES, sig } from "./helpers.js";

const data = loadPriceData(FROZEN_SERIES);
const deflator = deflatorSeries(data);
const none = new Map<number, Decimal>();

describe("the kommunal deflator, chained into an index (2018=100)", () => {
  it("chains the published growth rates: 2022 = 100 × 1.032 × 1.010 × 1.044 × 1.067", () => {
    const r = deflator.indexFor(2022, "2018=100", none);
    expect(r.point.value.toString()).toBe(new Exact(100).times("1.032").times("1.010").times("1.044").times("1.067").toString());
    expect(r.point.value.toString()).toBe("116.109027936");
    expect(r.point).toMatchObject({ base: "2018=100", status: "derived" });
    expect(r.point.note).toBe("chained from 2018=100 with the growth of 2019–2022 (3.2, 1.0, 4.4, 6.7 %)");
    expect(r.assumptions).toEqual([]);
  });

  it("gives a step of exactly one year's rate: 2022 → 2023 is 1.043", () => {
    const { step } = priceStep(deflator, 2022, 2023);
    expect(step.factor.toString()).toBe("1.043");
    expect(step.base).toBe("2018=100");
  });

  it("puts 2018 at 100 and refuses earlier years", () => {
    expect(deflator.indexFor(2018, "2018=100", none).point.value.toString()).toBe("100");
    expect(() => deflator.indexFor(2017, "2018=100", none)).toThrow(/kommunal deflator starts in 2018/);
  });

  it("marks the 2025 and 2026 estimates anslag, with their source", () => {
    const r = deflator.indexFor(2026, "2018=100", none);
    // 116.109027936 × 1.043 × 1.05 × 1.040 × 1.035
    expect(sig(r.point.value)).toBe(sig(new Exact("116.109027936").times("1.043").times("1.05").times("1.040").times("1.035")));
    expect(r.point.status).toBe("anslag");
    expect(r.assumptions.map((a) => [a.year, a.method, a.growthPercent?.toString()])).toEqual([
      [2025, "forecast", "4"],
      [2026, "forecast", "3.5"],
    ]);
    expect(r.assumptions[0]?.source).toContain("4.7 including pension-cost growth");
    // 2024 is listed too: the figure the first assumed year grows on, for a reader to follow the step.
    expect(r.points.map((p) => `${p.year} ${p.status}`)).toEqual(["2024 derived", "2025 anslag", "2026 anslag"]);
  });

  it("says in the embedded data that 4.0 is used for 2025, not 4.7", () => {
    const embedded = deflatorSeries(loadPriceData()).indexFor(2025, "2018=100", none);
    expect(embedded.assumptions[0]?.growthPercent?.toString()).toBe("4");
    expect(embedded.assumptions[0]?.source).toMatch(/4\.0 without pension-cost growth, which is used here; 4\.7 with it/);
  });

  it("lets --assume 2025=4.7 replace the estimate", () => {
    const r = deflator.indexFor(2025, "2018=100", new Map([[2025, new Decimal("4.7")]]));
    expect(sig(r.point.value)).toBe(sig(new Exact("116.109027936").times("1.043").times("1.05").times("1.047")));
    expect(r.assumptions).toEqual([expect.objectContaining({ method: "user", source: "--assume 2025=4.7" })]);
  });

  it("carries 3.5 % forward beyond 2026, with one warning", () => {
    const { step, assumptions, warnings } = priceStep(deflator, 2024, 2028);
    expect(assumptions.map((a) => [a.year, a.method])).toEqual([
      [2025, "forecast"], [2026, "forecast"], [2027, "carried_forward"], [2028, "carried_forward"],
    ]);
    // 2024 → 2028: 1.040 × 1.035 × 1.035 × 1.035
    expect(sig(step.factor)).toBe(sig(new Exact("1.040").times("1.035").times("1.035").times("1.035")));
    expect(warnings.map((w) => w.code)).toEqual(["anslag", "anslag", "assumption_carried_forward"]);
    expect(warnings[2]?.message).toContain("kommunal deflator 2027–2028:");
  });

  it("warns that --assume for a year with a published rate does nothing, and not for an estimate it replaces", () => {
    const assume = new Map([[2020, new Decimal(9)], [2023, new Decimal(9)], [2025, new Decimal("4.7")]]);
    expect(ignoredAssumptions(deflator, assume).map((w) => `${w.code} ${w.message.slice(0, 24)}`)).toEqual([
      "assumption_ignored --assume 2020 is ignored",
      "assumption_ignored --assume 2023 is ignored",
    ]);
    expect(priceStep(deflator, 2022, 2023, assume).warnings).toEqual([]);
  });

  it("names the last real rate as the source of every carried year, never a carried one", () => {
    const { assumptions, points } = priceStep(deflator, 2024, 2029);
    const carried = assumptions.filter((a) => a.method === "carried_forward");
    expect(carried.map((a) => a.year)).toEqual([2027, 2028, 2029]);
    for (const a of carried) {
      expect(a.source).toBe("3.5 % a year, carried forward from 2026 (Finansdepartementet (Nasjonalbudsjettet 2026, tabell 3.12))");
      expect(a.carriedFrom).toBe(2026);
    }
    expect(points.filter((p) => p.year > 2026).map((p) => p.method)).toEqual([2027, 2028, 2029].map(() => expect.objectContaining({ kind: "grown", carriedFrom: 2026 })));
  });

  it("refuses a gap in the rates: a chain cannot skip a year", () => {
    const gap: PriceData = { ...data, kommunalDeflator: data.kommunalDeflator.filter((r) => r.year !== 2021) };
    expect(() => deflatorSeries(gap)).toThrow(PriceDataError);
    expect(() => deflatorSeries(gap)).toThrow(/no kommunal deflator growth for 2021 \(between 2020 and 2022\)/);
  });

  it("knows its newest figure", () => {
    expect(deflator.latest).toEqual({ year: 2026 });
  });
});
