import { describe, expect, it } from "vitest";
import { chooseColumn, kpiSeries, lineItemsToRealRows, loadPriceData } from "../../src/prices/index.js";
import { FROZEN_SERIES, item, value } from "./helpers.js";

const past = [
  value(2022, "regnskap", "Regnskap 2022", "100"),
  value(2022, "vedtatt_budsjett", "Vedtatt budsjett 2022", "200"),
  value(2022, "justert_budsjett", "Justert budsjett 2022", "300"),
];
const plan = [
  value(2024, "vedtatt_budsjett", "Vedtatt budsjett 2024", "400"),
  value(2024, "okonomiplan", "Økonomiplan 2024", "500"),
];

const column = (values = past, year = 2022, prefs: string[] = [], budgetYear: number | null = 2023) =>
  chooseColumn(values, year, prefs, budgetYear)?.value.column;

describe("chooseColumn", () => {
  it("compares budget with budget for a past year: vedtatt before justert before regnskap", () => {
    expect(column()).toBe("Vedtatt budsjett 2022");
    expect(column(past.filter((v) => v.kind !== "vedtatt_budsjett"))).toBe("Justert budsjett 2022");
    expect(column(past.filter((v) => v.kind === "regnskap"))).toBe("Regnskap 2022");
  });

  it("treats a year with a regnskap column as past when the budget year is unknown", () => {
    expect(column(past, 2022, [], null)).toBe("Vedtatt budsjett 2022");
    expect(column(plan, 2024, [], null)).toBe("Økonomiplan 2024");
  });

  it("prefers the proposal or plan for the budget year and later", () => {
    expect(column(plan, 2024, [], 2023)).toBe("Økonomiplan 2024");
    expect(column(plan.slice(0, 1), 2024, [], 2023)).toBe("Vedtatt budsjett 2024");
  });

  it("lets --column override, ignoring case and accents", () => {
    expect(column(past, 2022, ["Justert"])).toBe("Justert budsjett 2022");
    expect(column(past, 2022, ["REGNSKAP"])).toBe("Regnskap 2022");
    expect(column(plan, 2024, ["okonomiplan"])).toBe("Økonomiplan 2024");
    expect(column(past, 2022, ["nothing", "justert"])).toBe("Justert budsjett 2022");
    expect(chooseColumn(past, 2022, ["Justert"], 2023)?.by).toBe("preference");
  });

  it("returns null for a year the item does not print", () => {
    expect(chooseColumn(past, 2019, [], 2023)).toBeNull();
  });
});

describe("--column in the report", () => {
  const kpi = kpiSeries(loadPriceData(FROZEN_SERIES));
  const rows = [item("a", [...past, value(2023, "budsjett_forslag", "Budsjett 2023", "900")])];

  const report = (columnPrefs: string[]) =>
    lineItemsToRealRows(rows, { fromYear: 2022, toYear: 2023, series: kpi, budgetYear: 2023, columnPrefs });

  it("uses the preferred column, and the default in the year it does not match, without a warning", () => {
    const r = report(["Justert"]);
    expect(r.rows[0]?.from.column).toBe("Justert budsjett 2022");
    expect(r.rows[0]?.to.column).toBe("Budsjett 2023");
    expect(r.warnings).toEqual([]);
  });

  it("warns when the text matches a column in neither year, naming the columns used", () => {
    const r = report(["Regnskap 2021"]);
    expect(r.warnings.map((w) => w.code)).toEqual(["column_not_matched"]);
    expect(r.warnings[0]?.message).toBe(
      '--column "Regnskap 2021" matches no 2022 or 2023 column; used «Vedtatt budsjett 2022», «Budsjett 2023» instead.',
    );
  });

  it("warns only about the texts that matched nothing", () => {
    const r = report(["justert", "2021"]);
    expect(r.warnings.map((w) => w.message)).toEqual(['--column "2021" matches no 2022 or 2023 column; used «Budsjett 2023» instead.']);
  });
});
