import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { PriceDataError, kpiJaeSeries, loadPriceData, priceStep, type PriceData } from "../../src/prices/index.js";
import { Exact, FROZEN_SERIES, sig } from "./helpers.js";

const data = loadPriceData(FROZEN_SERIES);
const jae = kpiJaeSeries(data);
const none = new Map<number, Decimal>();

describe("KPI-JAE (2015=100)", () => {
  it("uses the embedded annual means, marked derived with their method", () => {
    const { step, points } = priceStep(jae, 2022, 2023);
    expect(step.base).toBe("2015=100");
    // 125.442 / 118.142
    expect(sig(step.factor)).toBe(sig(new Exact("125.442").div("118.142")));
    expect(points.map((p) => `${p.year} ${p.value.toString()} ${p.status}`)).toEqual([
      "2022 118.142 derived",
      "2023 125.442 derived",
    ]);
    expect(step.fromPoint.note).toBe("mean of SSB table 05327 monthly KPI-JAE (JAE_TOTAL)");
    expect(step.fromPoint.source).toBe("SSB table 05327");
  });

  it("puts 2025 at the mean of January–July as an anslag", () => {
    const r = jae.indexFor(2025, "2015=100", none);
    // 131.3 + 132.6 + 132.8 + 133.4 + 133.7 + 134.4 + 135.5 = 933.7; / 7 = 133.385714…
    expect(sig(r.point.value)).toBe(sig(new Exact("933.7").div(7)));
    expect(r.point.status).toBe("anslag");
    expect(r.assumptions).toEqual([expect.objectContaining({ year: 2025, method: "months_mean" })]);
    expect(r.assumptions[0]?.source).toBe("SSB table 05327: mean of the 7 months published so far (2025-01 to 2025-07)");
    // The months beat the NB26 forecast of 2.9 % for 2025: the months are outcomes.
    expect(r.assumptions[0]?.growthPercent?.toFixed(4)).toBe("2.5515");
  });

  it("grows 2026 by the NB26 forecast of 2.5 % and 2027 by 2.3 %, then carries 2.3 % forward", () => {
    const r2026 = jae.indexFor(2026, "2015=100", none);
    // 933.7 / 7 × 1.025
    expect(sig(r2026.point.value)).toBe(sig(new Exact("933.7").div(7).times("1.025")));
    expect(r2026.assumptions.map((a) => [a.year, a.method, a.growthPercent?.toString()])).toEqual([
      [2025, "months_mean", expect.any(String)],
      [2026, "forecast", "2.5"],
    ]);
    const { assumptions, warnings } = priceStep(jae, 2024, 2029);
    expect(assumptions.map((a) => a.method)).toEqual(["months_mean", "forecast", "forecast", "carried_forward", "carried_forward"]);
    expect(warnings.map((w) => w.code)).toEqual(["anslag", "anslag", "anslag", "assumption_carried_forward"]);
    expect(warnings[3]?.message).toContain("KPI-JAE 2028–2029:");
  });

  it("lets --assume replace the months for 2025", () => {
    const r = jae.indexFor(2025, "2015=100", new Map([[2025, new Decimal("3.0")]]));
    // 130.067 × 1.03 = 133.96901
    expect(r.point.value.toString()).toBe("133.96901");
    expect(r.assumptions).toEqual([expect.objectContaining({ method: "user", source: "--assume 2025=3" })]);
  });

  it("prefers a full year of months, and a published annual figure, over the embedded mean", () => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      year: 2024, month: i + 1, value: new Decimal(i < 6 ? "129" : "131"), status: "published" as const,
      source: "SSB table 05327, updated 2025-01-10", origin: "imported from 05327.json on 2026-11-24",
    }));
    const withMonths: PriceData = { ...data, kpiJaeMonthly2015: [...data.kpiJaeMonthly2015, ...months] };
    const p = kpiJaeSeries(withMonths).indexFor(2024, "2015=100", none).point;
    expect(p.value.toString()).toBe("130");
    expect(p.source).toBe("SSB table 05327, updated 2025-01-10, imported from 05327.json on 2026-11-24");
    const annual = { year: 2024, value: new Decimal("130.1"), status: "published" as const, source: "SSB table 05335", note: "", origin: "imported from 05335.json on 2026-11-24" };
    const withAnnual: PriceData = { ...withMonths, kpiJaeAnnual2015: [...data.kpiJaeAnnual2015.filter((r) => r.year !== 2024), annual] };
    const q = kpiJaeSeries(withAnnual).indexFor(2024, "2015=100", none).point;
    expect(q).toMatchObject({ status: "published", source: "SSB table 05335, imported from 05335.json on 2026-11-24" });
  });

  it("starts in 2003 and says so", () => {
    expect(() => jae.indexFor(2002, "2015=100", none)).toThrow(PriceDataError);
    expect(() => jae.indexFor(2002, "2015=100", none)).toThrow(/KPI-JAE starts in 2003/);
  });

  it("knows its newest figure, for the stale-data warning", () => {
    expect(jae.latest).toEqual({ year: 2025, month: 7 });
  });
});
