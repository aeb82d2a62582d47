// The main job on the embedded example, checked against hand-computed references.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// KPI, SSB table 03014, 2015=100 (annual averages): 2022 = 122.8, 2023 = 129.6.
// These are written here on purpose: a data update that changes them must fail this test.
const KPI_2022 = new Decimal("122.8");
const KPI_2023 = new Decimal("129.6");

describe("bop-real 2022 2026 --cpi --example", () => {
  it("deflates only 2022→2023 for a 2026 figure printed in faste 2023-priser", () => {
    const r = runCli(["2022", "2026", "--cpi", "--example", "--item", "barneverntjenesten", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toHaveLength(1);
    const row = report.rows[0];
    expect(row.label).toBe("Barneverntjenesten");
    expect(row.from).toMatchObject({ year: 2022, column: "Budsjett 2022", kind: "vedtatt_budsjett", amount_nok: "221588000" });
    expect(row.to).toMatchObject({ year: 2026, column: "2026", kind: "okonomiplan", amount_nok: "222144000", price_basis: "faste 2023-priser", price_year: 2023 });
    // 222 144 000 × 122.8 / 129.6 = 210 488 296.296…; only the step 2022→2023 is deflated.
    const toIn2022 = new Decimal(222_144_000).times(KPI_2022).dividedBy(KPI_2023);
    expect(new Decimal(row.to_in_prices_of).toDecimalPlaces(6).equals(toIn2022.toDecimalPlaces(6))).toBe(true);
    expect(row.rounded.to_in_prices_of).toBe("210488296");
    // 210 488 296.296… − 221 588 000 = −11 099 703.70… → −11 099 704; ÷ 221 588 000 = −5.009 % → −5.0 %.
    expect(row.rounded.real_change).toBe("-11099704");
    expect(row.rounded.real_change_pct).toBe("-5.0");
    expect(row.anslag).toBe(false);
  });

  it("prints the table and the ready sentence in bokmål", () => {
    const r = runCli(["2022", "2026", "--cpi", "--example", "--item", "barnevern"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("210 488 296");
    expect(r.stdout).toContain(
      "Barneverntjenesten hadde 221 588 000 kr i 2022 og får 222 144 000 kr i 2026, oppgitt i faste 2023-priser. " +
        "Målt i 2022-kroner (KPI) er det 11 099 704 kr (5,0 %) mindre.",
    );
    expect(r.stdout).toContain("faste 2023-priser");
    expect(r.stderr).toContain("built-in example");
  });

  it("names the column used for each year, and --column picks another", () => {
    const byDefault = runCli(["2021", "2026", "--cpi", "--example", "--item", "barneverntjenesten", "--format", "json"]);
    expect(JSON.parse(byDefault.stdout).rows[0].from.column).toBe("Regnskap 2021");
    const r = runCli(["2022", "2026", "--cpi", "--example", "--item", "skole", "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("«Budsjett 2022»");
  });

  it("covers every service row, and the total is the sum of the rows", () => {
    const r = runCli(["2022", "2026", "--cpi", "--example", "--format", "json"]);
    const rows = JSON.parse(r.stdout).rows as { label: string; role: string; from: { amount_nok: string } }[];
    const services = rows.filter((x) => x.role !== "total");
    const total = rows.find((x) => x.role === "total")!;
    expect(services).toHaveLength(10);
    const sum = services.reduce((acc, x) => acc.plus(x.from.amount_nok), new Decimal(0));
    expect(sum.toString()).toBe(total.from.amount_nok);
  });

  it("marks figures that need an anslag, and --strict refuses them", () => {
    // In 2026 prices the 2022 figure needs the KPI for 2026, which SSB has not published as an annual figure.
    const r = runCli(["2022", "2026", "--cpi", "--example", "--item", "barneverntjenesten", "--in-prices-of", "2026", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toContain("ja");
    const strict = runCli(["2022", "2026", "--cpi", "--example", "--item", "barneverntjenesten", "--in-prices-of", "2026", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe("");
    expect(strict.stderr).toMatch(/^bop-real: error: .*anslag/m);
  });

  it("--assume replaces the default assumption", () => {
    // 2026 = 2025 × 1.03 = 103 on 2025=100; 2022 = mean of its 12 months on 2025=100 = 1069.9 / 12.
    const r = runCli(["2022", "2026", "--cpi", "--example", "--item", "barneverntjenesten", "--in-prices-of", "2026", "--assume", "2026=3,0", "--format", "json"]);
    const row = JSON.parse(r.stdout).rows[0];
    const expected = new Decimal(221_588_000).times(103).dividedBy(new Decimal("1069.9").dividedBy(12));
    expect(new Decimal(row.from_in_prices_of).toDecimalPlaces(4).equals(expected.toDecimalPlaces(4))).toBe(true);
    expect(row.anslag).toBe(true);
  });

  it.each([["--cpi"], ["--cpi-jae"], ["--deflator"]])("%s: --assume for a year with a figure is warned about once, needed or not", (flag) => {
    const r = runCli(["2022", "2026", flag, "--example", "--item", "barneverntjenesten", "--assume", "2020=3"]);
    expect(r.code).toBe(0);
    const ignored = r.stderr.split("\n").filter((l) => l.includes("--assume 2020 is ignored"));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(/^bop-real: warning: --assume 2020 is ignored: .* has a figure for 2020\. Assumptions apply only to years without one\.$/);
  });
});
