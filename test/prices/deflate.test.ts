import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  deflateAmount,
  kpiSeries,
  lineItemsToRealRows,
  loadPriceData,
  priceYearOf,
  type DeflateOptions,
} from "../../src/prices/index.js";
import { Exact, FROZEN_SERIES, fixed, item, sig, value } from "./helpers.js";

const kpi = kpiSeries(loadPriceData(FROZEN_SERIES));
const base: DeflateOptions = { fromYear: 2022, toYear: 2026, series: kpi, budgetYear: 2023 };

/** The seed row: vedtatt 2022 (nominal) and økonomiplan 2026 printed in faste 2023-priser. */
function seedItem(toBasis = fixed(2023)) {
  return item("Oppvekst", [
    value(2022, "vedtatt_budsjett", "Vedtatt budsjett 2022", "221588000"),
    value(2026, "okonomiplan", "Økonomiplan 2026", "222144000", toBasis),
  ]);
}

describe("deflateAmount", () => {
  it("matches SSB's priskalkulator example", () => {
    // 1 000 × 114.6 / 108.9 = 1 052.3415… → 1 052.34
    const result = deflateAmount(new Decimal(1000), new Decimal("108.9"), new Decimal("114.6"));
    expect(result.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe("1052.34");
  });

  it("gives back the amount exactly after 2010 → 2020 → 2010", () => {
    const report = (from: number, to: number, amount: string) =>
      lineItemsToRealRows(
        [item("x", [value(from, "regnskap", `Regnskap ${from}`, "1"), value(to, "regnskap", `Regnskap ${to}`, amount)])],
        { ...base, fromYear: from, toYear: to, pricesOf: from, budgetYear: null },
      ).rows[0];
    // 123 456 789 in 2020 in 2010 prices: × 92.1 / 112.2; then back: × 112.2 / 92.1
    const there = report(2010, 2020, "123456789")?.toInPricesOf;
    expect(there).toBeDefined();
    const back = report(2020, 2010, there?.toString() ?? "0")?.toInPricesOf;
    expect(sig(back, 20)).toBe("123456789");
  });
});

describe("priceYearOf", () => {
  it("keeps a figure's own year unless it is printed in earlier fixed prices", () => {
    expect(priceYearOf(value(2026, "okonomiplan", "Økonomiplan 2026", "1", fixed(2023)))).toBe(2023);
    expect(priceYearOf(value(2023, "budsjett_forslag", "Budsjett 2023", "1", fixed(2023)))).toBe(2023);
    expect(priceYearOf(value(2022, "regnskap", "Regnskap 2022", "1", fixed(2023)))).toBe(2022);
    expect(priceYearOf(value(2026, "okonomiplan", "Økonomiplan 2026", "1"))).toBe(2026);
  });
});

describe("lineItemsToRealRows", () => {
  it("deflates only 2023 → 2022 for a plan year in faste 2023-priser (the seed case)", () => {
    const report = lineItemsToRealRows([seedItem()], base);
    const row = report.rows[0];
    expect(row?.toPriceYear).toBe(2023);
    expect(row?.fromPriceYear).toBe(2022);
    // to: 222 144 000 × 122.8 / 129.6 = 210 488 296.296296…
    expect(sig(row?.toInPricesOf)).toBe("210488296.296296296296296296296");
    expect(row?.fromInPricesOf.toString()).toBe("221588000");
    // 210 488 296.296… − 221 588 000 = −11 099 703.7037…
    expect(sig(row?.realChange)).toBe("-11099703.7037037037037037037037");
    // −11 099 703.7037… / 221 588 000 × 100 = −5.00916…
    expect(sig(row?.realChangePct)).toBe("-5.00916281734737607799325942908");
    // 222 144 000 − 221 588 000 = 556 000; × 100 / 221 588 000 = 0.2509161145…
    expect(row?.nominalChange.toString()).toBe("556000");
    expect(sig(row?.nominalChangePct)).toBe("0.25091611459104283625467083055");
    expect(row?.steps.map((s) => [s.fromYear, s.toYear, s.base])).toEqual([[2023, 2022, "2015=100"]]);
    expect(row?.anslag).toBe(false);
    expect(report.assumptions).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.indexPoints.map((p) => `${p.base} ${p.year} ${p.value.toString()}`)).toEqual([
      "2015=100 2022 122.8",
      "2015=100 2023 129.6",
    ]);
    expect(report).toMatchObject({ fromYear: 2022, toYear: 2026, pricesOf: 2022, seriesId: "kpi", seriesName: "KPI" });
  });

  it("deflates 2026 → 2022 on 2025=100 when 2026 is nominal, as an anslag", () => {
    const report = lineItemsToRealRows([seedItem({ kind: "nominal" })], base);
    const row = report.rows[0];
    // 222 144 000 × (1069.9 / 12) / (822.1 / 8) = 222 144 000 × 21398 / 24663 = 192 735 567.93577…
    expect(sig(row?.toInPricesOf)).toBe("192735567.935774236710862425496");
    expect(sig(row?.realChangePct)).toBe("-13.0207556655711334951069437444");
    expect(row?.anslag).toBe(true);
    expect(row?.steps[0]?.base).toBe("2025=100");
    expect(report.assumptions.map((a) => [a.year, a.method])).toEqual([[2026, "months_mean"]]);
    expect(report.warnings.map((w) => w.code)).toEqual(["anslag"]);
    expect(report.indexPoints.map((p) => `${p.base} ${p.year} ${p.status}`)).toEqual([
      "2025=100 2022 derived",
      "2025=100 2026 anslag",
    ]);
  });

  it("uses the user's 2026 assumption: 222 144 000 × 89.158333… / 103", () => {
    const report = lineItemsToRealRows([seedItem({ kind: "nominal" })], {
      ...base,
      assume: new Map([[2026, new Decimal("3.0")]]),
    });
    // 222 144 000 × (1069.9 / 12) / 103 = 192 291 153.398058…
    expect(sig(report.rows[0]?.toInPricesOf)).toBe("192291153.398058252427184466019");
    expect(report.assumptions.map((a) => [a.year, a.method])).toEqual([[2026, "user"]]);
    expect(report.warnings).toEqual([
      { code: "anslag", message: "KPI 2026 is an anslag: 3.0 % growth on 2025, from --assume 2026=3." },
    ]);
  });

  it("puts both figures in the prices of a third year on request", () => {
    const report = lineItemsToRealRows([seedItem()], { ...base, pricesOf: 2023 });
    const row = report.rows[0];
    // from: 221 588 000 × 129.6 / 122.8 = 233 857 328.99…; to is already in 2023 prices
    expect(sig(row?.fromInPricesOf)).toBe(sig(new Exact(221588000).times("129.6").div("122.8")));
    expect(row?.toInPricesOf.toString()).toBe("222144000");
  });

  it("gives no percentage when the first figure is zero", () => {
    const zero = item("Ny tjeneste", [
      value(2022, "vedtatt_budsjett", "Vedtatt budsjett 2022", "0"),
      value(2026, "okonomiplan", "Økonomiplan 2026", "1000", fixed(2023)),
    ]);
    const row = lineItemsToRealRows([zero], base).rows[0];
    expect(row?.nominalChangePct).toBeNull();
    expect(row?.realChangePct).toBeNull();
    expect(row?.nominalChange.toString()).toBe("1000");
  });

  it("gives a negative row's per cent the sign of its kroner change (Sentrale inntekter)", () => {
    // Revenue rows are negative: −43 905 000 kr in 2022, −50 640 000 kr in 2026 (faste 2023-priser).
    const revenue = item("Sentrale inntekter og avsetninger", [
      value(2022, "vedtatt_budsjett", "Budsjett 2022", "-43905000"),
      value(2026, "okonomiplan", "2026", "-50640000", fixed(2023)),
    ]);
    const row = lineItemsToRealRows([revenue], base).rows[0];
    // to: −50 640 000 × 122.8 / 129.6 = −47 982 962.96…; change: −47 982 962.96… − (−43 905 000) = −4 077 962.96…
    const change = new Exact(-50640000).times("122.8").div("129.6").plus(43905000);
    expect(sig(row?.realChange)).toBe(sig(change));
    // per cent of the size of the base: −4 077 962.96… × 100 / |−43 905 000| = −9.288…, not +9.288…
    expect(sig(row?.realChangePct)).toBe(sig(change.times(100).div(43905000)));
    expect(row?.realChangePct?.toFixed(1)).toBe("-9.3");
    // nominal: −50 640 000 − (−43 905 000) = −6 735 000; × 100 / 43 905 000 = −15.34 %
    expect(row?.nominalChange.toString()).toBe("-6735000");
    expect(row?.nominalChangePct?.toFixed(2)).toBe("-15.34");
  });

  it("keeps a rise of a negative row positive: −100 → −50 is +50 %", () => {
    const rising = item("x", [value(2022, "regnskap", "Regnskap 2022", "-100"), value(2023, "regnskap", "Regnskap 2023", "-50")]);
    const row = lineItemsToRealRows([rising], { ...base, toYear: 2023, budgetYear: null }).rows[0];
    expect(row?.nominalChangePct?.toString()).toBe("50");
    expect(row?.realChange.isPositive()).toBe(true);
    expect(row?.realChangePct?.isPositive()).toBe(true);
  });

  it("uses the forecast for 2027 and carries forward to 2030 with a warning", () => {
    const row2030 = item("x", [
      value(2022, "regnskap", "Regnskap 2022", "100"),
      value(2027, "okonomiplan", "Økonomiplan 2027", "100"),
      value(2030, "okonomiplan", "Økonomiplan 2030", "100"),
    ]);
    const r2027 = lineItemsToRealRows([row2030], { ...base, toYear: 2027, budgetYear: null });
    expect(r2027.rows[0]?.anslag).toBe(true);
    expect(r2027.assumptions.map((a) => a.method)).toEqual(["months_mean", "forecast"]);
    expect(r2027.warnings.map((w) => w.code)).toEqual(["anslag", "anslag"]);
    const r2030 = lineItemsToRealRows([row2030], { ...base, toYear: 2030, budgetYear: null });
    expect(r2030.warnings.map((w) => w.code)).toEqual(["anslag", "anslag", "assumption_carried_forward"]);
    expect(r2030.assumptions.map((a) => a.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it("skips rows without a year or with a blank cell, and says how many", () => {
    const noFrom = item("Bare plan", [value(2026, "okonomiplan", "Økonomiplan 2026", "5")]);
    const blank = item("Tom", [
      value(2022, "vedtatt_budsjett", "Vedtatt budsjett 2022", null),
      value(2026, "okonomiplan", "Økonomiplan 2026", "5"),
    ]);
    const report = lineItemsToRealRows([seedItem(), noFrom, noFrom, blank], base);
    expect(report.rows).toHaveLength(1);
    expect(report.warnings).toEqual([
      { code: "rows_missing_year", message: "2 rows have no 2022 column and are left out (bop-real extract FILE shows every row's years)." },
      expect.objectContaining({ code: "blank_cell", file: "kommune-2023.pdf", page: 12, table: "Driftsbudsjett" }),
    ]);
  });
});
