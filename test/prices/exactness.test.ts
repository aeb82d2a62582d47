// Exactness (issue 5): decimal arithmetic end to end, rounding only when printed,
// half up: kroner to whole kroner, per cent to one decimal. The references below are
// written out as the arithmetic a person would do by hand, with the frozen figures.
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  deflateAmount,
  deflatorSeries,
  kpiJaeSeries,
  kpiSeries,
  lineItemsToRealRows,
  loadPriceData,
  type PriceSeries,
} from "../../src/prices/index.js";
import { formatKroner, formatPercent } from "../../src/render/index.js";
import { Exact, FROZEN_SERIES, fixed, item, NOMINAL, sig, value } from "./helpers.js";

describe("SSB's priskalkulator, at the formula level", () => {
  it("1 000 kr × 114,6 / 108,9 = 1 052,34 kr", () => {
    const amount = deflateAmount(new Decimal(1000), new Decimal("108.9"), new Decimal("114.6"));
    // 114 600 / 108.9 = 1 052.341597796143250688…: nothing is rounded until it is shown.
    expect(sig(amount, 22)).toBe("1052.341597796143250689");
    expect(amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe("1052.34");
    // The change the calculator prints: 5.234… % → 5,2 %
    expect(formatPercent(amount.minus(1000).div(10))).toBe("5,2 %");
  });
});

const data = loadPriceData(FROZEN_SERIES);
const FROM = new Exact(221588000);
const TO = new Exact(222144000);

/** The seed row: Budsjett 2022 221 588 000 kr; 2026 printed as 222 144 000 kr. */
function seed(series: PriceSeries, basis = fixed(2023)) {
  const row = item("Barneverntjenesten", [
    value(2022, "vedtatt_budsjett", "Budsjett 2022", "221588000"),
    value(2026, "okonomiplan", "2026", "222144000", basis),
  ]);
  const report = lineItemsToRealRows([row], { fromYear: 2022, toYear: 2026, series, budgetYear: 2023 });
  return { report, row: report.rows[0]! };
}

interface Case {
  name: string;
  series: PriceSeries;
  basis: "fixed" | "nominal";
  /** 2026 in 2022-kroner, computed by hand from the index figures. */
  to: InstanceType<typeof Exact>;
  printed: [to: string, change: string, pct: string];
  anslagYears: number[];
}

const cases: Case[] = [
  {
    name: "KPI, 2026 in faste 2023-priser: only 2023 → 2022 on 2015=100",
    series: kpiSeries(data),
    basis: "fixed",
    // 222 144 000 × 122.8 / 129.6 = 210 488 296.296…
    to: TO.times("122.8").div("129.6"),
    printed: ["210 488 296", "-11 099 704", "-5,0 %"],
    anslagYears: [],
  },
  {
    name: "KPI, 2026 as if nominal: 2026 → 2022 on 2025=100",
    series: kpiSeries(data),
    basis: "nominal",
    // 2022 = 1069.9 / 12 (its 12 months); 2026 = 822.1 / 8 (January–August, anslag)
    // 222 144 000 × (1069.9 / 12) / (822.1 / 8) = 222 144 000 × 21 398 / 24 663 = 192 735 567.94
    to: TO.times(new Exact("1069.9").div(12)).div(new Exact("822.1").div(8)),
    printed: ["192 735 568", "-28 852 432", "-13,0 %"],
    anslagYears: [2026],
  },
  {
    name: "KPI-JAE, 2026 in faste 2023-priser: only 2023 → 2022",
    series: kpiJaeSeries(data),
    basis: "fixed",
    // 222 144 000 × 118.142 / 125.442 (means of months, derived) = 209 216 502.03
    to: TO.times("118.142").div("125.442"),
    printed: ["209 216 502", "-12 371 498", "-5,6 %"],
    anslagYears: [],
  },
  {
    name: "KPI-JAE, 2026 as if nominal: 2025 = mean of January–July, 2026 = 2025 × 1.025 (NB26)",
    series: kpiJaeSeries(data),
    basis: "nominal",
    // 2025 = 933.7 / 7 = 133.3857…; 2026 = 133.3857… × 1.025 = 136.7204…
    // 222 144 000 × 118.142 / 136.7204… = 191 957 781.54
    to: TO.times("118.142").div(new Exact("933.7").div(7).times("1.025")),
    printed: ["191 957 782", "-29 630 218", "-13,4 %"],
    anslagYears: [2025, 2026],
  },
  {
    name: "kommunal deflator, 2026 in faste 2023-priser: only 2023 → 2022, the 2023 rate 4.3 %",
    series: deflatorSeries(data),
    basis: "fixed",
    // 222 144 000 / 1.043 = 212 985 618.41
    to: TO.div("1.043"),
    printed: ["212 985 618", "-8 602 382", "-3,9 %"],
    anslagYears: [],
  },
  {
    name: "kommunal deflator, 2026 as if nominal: 2023 4.3, 2024 5.0, 2025 4.0 (estimate), 2026 3.5 (estimate)",
    series: deflatorSeries(data),
    basis: "nominal",
    // 222 144 000 / (1.043 × 1.050 × 1.040 × 1.035) = 222 144 000 / 1.1788104… = 188 446 159.52
    to: TO.div(new Exact("1.043").times("1.050").times("1.040").times("1.035")),
    printed: ["188 446 160", "-33 141 840", "-15,0 %"],
    anslagYears: [2025, 2026],
  },
];

describe("the seed's case: 221 588 000 kr (2022) against 222 144 000 kr (2026)", () => {
  it.each(cases)("$name", ({ series, basis, to, printed, anslagYears }) => {
    const { report, row } = seed(series, basis === "fixed" ? fixed(2023) : NOMINAL);
    const change = to.minus(FROM);
    // change × 100 / 221 588 000
    const pct = change.times(100).div(FROM);
    expect(sig(row.toInPricesOf)).toBe(sig(to));
    expect(sig(row.realChange)).toBe(sig(change));
    expect(sig(row.realChangePct)).toBe(sig(pct));
    expect(row.fromInPricesOf.toString()).toBe("221588000");
    expect([formatKroner(row.toInPricesOf), formatKroner(row.realChange), formatPercent(row.realChangePct!)]).toEqual(printed);
    expect(row.toPriceYear).toBe(basis === "fixed" ? 2023 : 2026);
    expect(row.anslag).toBe(anslagYears.length > 0);
    expect(report.assumptions.map((a) => a.year)).toEqual(anslagYears);
    // The nominal change is the same under every series: 556 000 kr, 0,3 %.
    expect(row.nominalChange.toString()).toBe("556000");
    expect(formatPercent(row.nominalChangePct!)).toBe("0,3 %");
  });

  it("rounds half up only when printing: 0.5 kr up, 0.05 % up, negatives away from zero", () => {
    expect(formatKroner(new Decimal("210488296.5"))).toBe("210 488 297");
    expect(formatKroner(new Decimal("-0.5"))).toBe("-1");
    expect(formatPercent(new Decimal("-5.05"))).toBe("-5,1 %");
  });
});
