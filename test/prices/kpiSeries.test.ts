import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  PriceDataError,
  ignoredAssumptions,
  kpiSeries,
  loadPriceData,
  priceStep,
  type PriceData,
} from "../../src/prices/index.js";
import { Exact, FROZEN_SERIES, sig } from "./helpers.js";

const data = loadPriceData(FROZEN_SERIES);
const kpi = kpiSeries(data);
const none = new Map<number, Decimal>();

describe("KPI on 2015=100 (both years 2025 or earlier)", () => {
  it("divides the two annual figures", () => {
    const { step, points, assumptions } = priceStep(kpi, 2022, 2023);
    expect(step.base).toBe("2015=100");
    // 129.6 / 122.8
    expect(sig(step.factor)).toBe(sig(new Exact("129.6").div("122.8")));
    expect(step.fromPoint).toMatchObject({ year: 2022, status: "published" });
    expect(step.fromPoint.value.toString()).toBe("122.8");
    expect(points.map((p) => p.year)).toEqual([2022, 2023]);
    expect(assumptions).toEqual([]);
  });

  it("uses the derived 2025 figure 137.7 and says so", () => {
    const { step } = priceStep(kpi, 2024, 2025);
    expect(step.toPoint).toMatchObject({ year: 2025, base: "2015=100", status: "derived" });
    expect(step.toPoint.value.toString()).toBe("137.7");
  });

  it("refuses a year before the series starts, saying from when", () => {
    expect(() => priceStep(kpi, 1960, 2022)).toThrow(PriceDataError);
    expect(() => priceStep(kpi, 1960, 2022)).toThrow(/starts in 1967/);
  });
});

describe("KPI on 2025=100 (either year 2026 or later)", () => {
  it("puts 2022 at the mean of its 12 months on 2025=100", () => {
    const r = kpi.indexFor(2022, "2025=100", none);
    // 85.5+86.5+87.0+88.0+88.3+89.0+90.2+89.9+91.2+91.5+91.4+91.4 = 1069.9; / 12 = 89.158333…
    expect(sig(r.point.value)).toBe(sig(new Exact("1069.9").div(12)));
    expect(r.point).toMatchObject({
      status: "derived",
      note: "mean of 12 published months, SSB table 14700",
    });
  });

  it("puts 2025 at exactly 100", () => {
    const r = kpi.indexFor(2025, "2025=100", none);
    expect(r.point.value.toString()).toBe("100");
    expect(r.point).toMatchObject({ status: "derived", note: "reference year 2025=100" });
  });

  it("links a year without months on the new base through 137.7, and names the link", () => {
    const r = kpi.indexFor(2024, "2025=100", none);
    // 133.6 × 100 / 137.7 = 97.0225127087872185911…
    expect(sig(r.point.value)).toBe("97.0225127087872185911401597676");
    expect(r.point.status).toBe("derived");
    expect(r.point.note).toContain("137.7");
    expect(r.points.map((p) => `${p.base} ${p.year}`)).toEqual([
      "2015=100 2024",
      "2015=100 2025",
      "2025=100 2024",
    ]);
  });

  it("takes the mean of the published 2026 months as an anslag", () => {
    const { step, points, assumptions } = priceStep(kpi, 2026, 2022);
    expect(step.base).toBe("2025=100");
    // 2026: 101.6+102.2+102.4+102.8+103.0+102.8+103.8+103.5 = 822.1; / 8 = 102.7625
    expect(step.fromPoint.value.toString()).toBe("102.7625");
    expect(step.fromPoint.status).toBe("anslag");
    // factor = (1069.9 / 12) / (822.1 / 8) = 8559.2 / 9865.2 = 21398 / 24663 = 0.86761545635…
    expect(sig(step.factor)).toBe(sig(new Exact(21398).div(24663)));
    expect(sig(step.factor)).toBe("0.867615456351619835380935003852");
    expect(points.some((p) => p.status === "anslag")).toBe(true);
    expect(assumptions).toEqual([expect.objectContaining({ year: 2026, method: "months_mean" })]);
    expect(assumptions[0]?.source).toContain("2026-01 to 2026-08");
    // The growth the months imply on 2025: 102.7625 / 100 − 1 = 2.7625 %
    expect(assumptions[0]?.growthPercent?.toString()).toBe("2.7625");
  });

  it("lets --assume 2026=3.0 override the months: 100 × 1.03 = 103 exactly", () => {
    const r = kpi.indexFor(2026, "2025=100", new Map([[2026, new Decimal("3.0")]]));
    expect(r.point.value.toString()).toBe("103");
    expect(r.point.status).toBe("anslag");
    expect(r.assumptions).toEqual([
      expect.objectContaining({ year: 2026, method: "user", source: "--assume 2026=3" }),
    ]);
    expect(r.assumptions[0]?.growthPercent?.toString()).toBe("3");
  });

  it("grows 2027 by the NB26 forecast of 2.2 % on top of 2026", () => {
    const r = kpi.indexFor(2027, "2025=100", none);
    // 102.7625 × 1.022 = 105.023275
    expect(r.point.value.toString()).toBe("105.023275");
    expect(r.point.status).toBe("anslag");
    expect(r.assumptions.map((a) => a.method)).toEqual(["months_mean", "forecast"]);
    expect(r.assumptions[1]?.source).toContain("Nasjonalbudsjettet 2026");
    expect(r.assumptions[1]?.growthPercent?.toString()).toBe("2.2");
    expect(r.points.map((p) => p.year)).toEqual([2026, 2027]);
    expect(r.warnings).toEqual([]);
  });

  it("carries the last forecast forward to 2030, with one warning", () => {
    const { step, assumptions, warnings } = priceStep(kpi, 2022, 2030);
    // 105.023275 × 1.022³ = 105.023275 × 1.067462648 = 112.1084232331322
    expect(step.toPoint.value.toString()).toBe("112.1084232331322");
    expect(assumptions.filter((a) => a.method === "carried_forward").map((a) => a.year)).toEqual([
      2028, 2029, 2030,
    ]);
    // One line per assumed year, but one line for the whole carried-forward run.
    expect(warnings.map((w) => w.code)).toEqual(["anslag", "anslag", "assumption_carried_forward"]);
    expect(warnings[0]?.message).toBe(
      "KPI 2026 is an anslag: SSB table 14700: mean of the 8 months published so far (2026-01 to 2026-08).",
    );
    expect(warnings[1]?.message).toContain("KPI 2027 is an anslag: 2.2 % growth on 2026");
    expect(warnings[2]?.message).toContain("KPI 2028–2030:");
    expect(warnings[2]?.message).toContain("2.2 % a year, carried forward from 2027 (Nasjonalbudsjettet 2026, Tabell 2.3, published 2025-10)");
  });

  it("takes the newest forecast by publication when a year has no months", () => {
    // Without the 2026 months, 2026 has two forecasts: NB26 2.2 (2025-10) and TBU 3.0 (2026-02).
    const noMonths: PriceData = { ...data, kpiMonthly2025: data.kpiMonthly2025.filter((m) => m.year !== 2026) };
    const r = kpiSeries(noMonths).indexFor(2026, "2025=100", none);
    expect(r.point.value.toString()).toBe("103");
    expect(r.assumptions).toEqual([expect.objectContaining({ method: "forecast" })]);
    expect(r.assumptions[0]?.source).toContain("TBU");
  });

  it("asks for --assume when there is no forecast to carry", () => {
    const noForecasts: PriceData = { ...data, forecasts: [] };
    expect(() => kpiSeries(noForecasts).indexFor(2027, "2025=100", none)).toThrow(/--assume 2027=/);
  });

  it("warns that an assumption for a year with a figure does nothing, needed or not", () => {
    const { step } = priceStep(kpi, 2022, 2024, new Map([[2024, new Decimal(9)]]));
    expect(step.toPoint.value.toString()).toBe("133.6");
    // 2020 is not needed for 2022 → 2024, and has a figure: the same warning (issue: it was silent with --cpi).
    const assume = new Map([[2020, new Decimal(3)], [2024, new Decimal(9)], [2026, new Decimal(3)]]);
    expect(ignoredAssumptions(kpi, assume).map((w) => w.message)).toEqual([
      "--assume 2020 is ignored: KPI has a figure for 2020. Assumptions apply only to years without one.",
      "--assume 2024 is ignored: KPI has a figure for 2024. Assumptions apply only to years without one.",
    ]);
  });
});
