// Golden tests for each price series on the same input (issue 5): the seed's row,
// Barneverntjenesten 2022 → 2026 in the built-in example, under --cpi, --cpi-jae,
// --deflator and --series FILE; in the base year's prices (no anslag needed) and in
// 2026 prices (an anslag for every series), in Markdown, CSV and JSON.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGolden, goldenDir } from "../helpers/golden.js";
import { ROOT, goldenText, runCli, tempDataDir } from "./harness.js";

const seed = ["2022", "2026", "--example", "--item", "barnevern"];
const series: Array<[name: string, flags: string[]]> = [
  ["kpi", ["--cpi"]],
  ["kpi-jae", ["--cpi-jae"]],
  ["deflator", ["--deflator"]],
  ["own-series", ["--series", "fixtures/series/own-series.csv"]],
];

let data: ReturnType<typeof tempDataDir>;
beforeAll(() => {
  data = tempDataDir();
});
afterAll(() => data.remove());

async function golden(file: string, title: string, argv: string[]) {
  const result = await runCli(argv, data.dir);
  expectGolden(file, goldenText(title, argv, result, data.dir));
  return result;
}

describe("each series on the seed's row", () => {
  it.each(series)("%s, in 2022-kroner", async (name, flags) => {
    const result = await golden(`series-${name}.md`, `series ${name}`, [...seed, "--format", "md", ...flags]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2026 er oppgitt i faste 2023-priser: bare steget 2022→2023 er deflatert.");
    expect(result.stdout).not.toContain("anslag");
  });

  it.each(series)("%s, in 2026-kroner: every series needs an anslag, and says so", async (name, flags) => {
    const argv = [...seed, "--format", "md", "--in-prices-of", "2026", ...flags];
    const result = await golden(`series-${name}.in-2026-prices.md`, `series ${name} in 2026 prices`, argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("\\* anslag:");
    expect(result.stdout).toMatch(/\(anslag: /);
    expect(result.stdout).toContain("anslått");
  });
});

describe("statuses in every format", () => {
  it("CSV: an anslag column and the status of each index figure", async () => {
    const argv = [...seed, "--format", "csv", "--in-prices-of", "2026", "--deflator"];
    const result = await golden("series-deflator.in-2026-prices.csv.md", "series deflator in 2026 prices, CSV", argv);
    const [head, row] = result.stdout.trimEnd().split("\n");
    expect(head).toMatch(/,anslag,kilde,prisindeks,indeksstatus,usikker$/);
    expect(row).toMatch(/,ja,.*,kommunal deflator 2018=100,2022 beregnet; 2023 beregnet; 2026 anslag,$/);
  });

  it("JSON: a status on every index figure and row, and the assumptions with their sources", async () => {
    const argv = [...seed, "--format", "json", "--in-prices-of", "2026", "--cpi-jae"];
    const result = await golden("series-kpi-jae.in-2026-prices.json.md", "series kpi-jae in 2026 prices, JSON", argv);
    const json = JSON.parse(result.stdout);
    expect(json.series).toEqual({ id: "kpi-jae", name: "KPI-JAE" });
    expect(json.rows[0].index_status).toBe("anslag");
    expect(json.index_points.map((p: { year: number; status: string }) => `${p.year} ${p.status}`)).toEqual([
      "2022 derived", "2023 derived", "2025 anslag", "2026 anslag",
    ]);
    expect(json.assumptions.map((a: { year: number; method: string }) => `${a.year} ${a.method}`)).toEqual([
      "2025 months_mean", "2026 forecast",
    ]);
  });

  it("--strict accepts published and derived figures, and refuses an anslag", async () => {
    // One row, so no warning about the others: only the index figures decide.
    const one = ["2022", "2026", "--example", "--item", "Barneverntjenesten", "--format", "md", "--strict"];
    const ok = await runCli([...one, "--deflator"], data.dir);
    expect(ok.stderr).not.toContain("error");
    expect(ok.stdout).toContain("(beregnet: 100 × 1,032 × 1,010");
    expect(ok.code).toBe(0);
    const argv = [...seed, "--format", "md", "--strict", "--in-prices-of", "2026", "--deflator"];
    const refused = await golden("series-deflator.strict.md", "series deflator --strict with an anslag", argv);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("bop-real: error: --strict: the price index for 2025, 2026 is not published yet");
  });
});

describe("choosing a series", () => {
  it.each([
    ["none", [] as string[]],
    ["two", ["--cpi", "--deflator"]],
  ])("with %s, is a usage error that lists them", async (_name, flags) => {
    const result = await runCli([...seed, ...flags], data.dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/--cpi \(KPI\), --cpi-jae \(KPI-JAE\), --deflator \(kommunal deflator\) or --series FILE/);
  });

  it("names a --series file that is not there, and what to give instead", async () => {
    const result = await runCli([...seed, "--series", "nowhere.csv"], data.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "bop-real: error: --series nowhere.csv: there is no such file. Give the path of a CSV of year,index or year,percent.\n",
    );
  });
});

describe("the real binary", () => {
  it("prints what the in-process run printed (bin/bop-real.js, built)", () => {
    const stdout = execFileSync("node", ["bin/bop-real.js", ...seed, "--format", "md", "--deflator"], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", BOP_REAL_TODAY: "2026-11-24", BOP_REAL_DATA_DIR: data.dir },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const recorded = readFileSync(`${goldenDir}series-deflator.md`, "utf8");
    expect(recorded).toContain(stdout.trimEnd());
  });
});
