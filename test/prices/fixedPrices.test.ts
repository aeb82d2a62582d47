// Fixed-price plans (issue 5, item 6): when a table says "faste 2023-priser", its
// plan years are already in 2023 prices. The real change from 2023 to 2026 is the
// printed change; only a step from an earlier year to 2023 is deflated; the output
// says so in one line. The price basis may be printed in the caption, the unit line
// or the table's corner cell: the deflation treats all three alike.
import { describe, expect, it } from "vitest";
import type { LineItem, PriceBasis } from "../../src/model/types.js";
import { deflatorSeries, kpiJaeSeries, kpiSeries, lineItemsToRealRows, loadPriceData } from "../../src/prices/index.js";
import { renderRealTerms } from "../../src/render/index.js";
import { Exact, FROZEN_SERIES, item, sig, value } from "./helpers.js";

const data = loadPriceData(FROZEN_SERIES);
const seriesList = [kpiSeries(data), kpiJaeSeries(data), deflatorSeries(data)];

/** Where the basis was printed, and the text found there. */
const places: Array<[place: string, title: string, unit: string, printed: string]> = [
  ["caption", "Tabell 2.1 Netto driftsramme per tjenesteområde (faste 2023-priser)", "Beløp i 1000 kr", "faste 2023-priser"],
  ["unit line", "Tabell 2.1 Netto driftsramme per tjenesteområde", "Beløp i 1000 kr, faste 2023-priser", "faste 2023-priser"],
  ["corner cell", "Tabell 2.3 Driftsbudsjett med endringer – Barnevern", "Tall i hele tusen", "Faste 2023-kr"],
];

function planItem(title: string, unit: string, printed: string): LineItem {
  const basis: PriceBasis = { kind: "fixed", year: 2023, printed };
  const base = item("Barneverntjenesten", [
    value(2022, "vedtatt_budsjett", "Budsjett 2022", "221588000"),
    value(2023, "budsjett_forslag", "2023", "224300000", basis),
    value(2026, "okonomiplan", "2026", "222144000", basis),
  ]);
  return { ...base, priceBasis: basis, unit: { multiplier: 1000, printed: unit }, provenance: { ...base.provenance, tableTitle: title } };
}

describe.each(places)("a plan in faste 2023-priser, basis printed in the %s", (_place, title, unit, printed) => {
  const plan = planItem(title, unit, printed);

  it.each(seriesList.map((s) => [s.name, s] as const))("%s: 2023 → 2026 is the printed change, with no price step", (_name, series) => {
    const report = lineItemsToRealRows([plan], { fromYear: 2023, toYear: 2026, series, budgetYear: 2023 });
    const row = report.rows[0]!;
    expect(row.steps).toEqual([]);
    // 222 144 000 − 224 300 000 = −2 156 000, as printed
    expect(row.realChange.toString()).toBe("-2156000");
    expect(row.realChange.toString()).toBe(row.nominalChange.toString());
    expect(row.anslag).toBe(false);
    const md = renderRealTerms(report, { format: "md", color: false });
    expect(md).toContain("2026 er oppgitt i faste 2023-priser: ingen prisjustering.");
  });

  it.each(seriesList.map((s) => [s.name, s] as const))("%s: 2022 → 2026 deflates only the step 2023 → 2022", (_name, series) => {
    const report = lineItemsToRealRows([plan], { fromYear: 2022, toYear: 2026, series, budgetYear: 2023 });
    const row = report.rows[0]!;
    expect(row.steps.map((s) => [s.fromYear, s.toYear])).toEqual([[2023, 2022]]);
    const factor = row.steps[0]!.factor;
    // 222 144 000 × index(2022) / index(2023): the same factor as the one-year step 2023 → 2022
    expect(sig(row.toInPricesOf)).toBe(sig(new Exact(222144000).times(factor)));
    expect(row.anslag).toBe(false);
    const md = renderRealTerms(report, { format: "md", color: false });
    const lines = md.split("\n").filter((l) => l.includes("faste 2023-priser"));
    expect(lines).toEqual(["2026 er oppgitt i faste 2023-priser: bare steget 2022→2023 er deflatert."]);
  });
});

it("would count inflation twice if the plan year were deflated from 2026 (the mistake this guards against)", () => {
  const kpi = kpiSeries(data);
  const plan = planItem(places[0]![1], places[0]![2], places[0]![3]);
  const right = lineItemsToRealRows([plan], { fromYear: 2022, toYear: 2026, series: kpi, budgetYear: 2023 }).rows[0]!;
  const nominal = { ...plan, values: plan.values.map((v) => ({ ...v, priceBasis: { kind: "nominal" as const } })) };
  const wrong = lineItemsToRealRows([nominal], { fromYear: 2022, toYear: 2026, series: kpi, budgetYear: 2023 }).rows[0]!;
  // −5.0 % against −13.0 %: eight points of invented cuts.
  expect(right.realChangePct!.toFixed(1)).toBe("-5.0");
  expect(wrong.realChangePct!.toFixed(1)).toBe("-13.0");
});
