// `bop-real series list` and `bop-real series import FILE`, and a comparison that
// then uses the imported figures and names the import as their source.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGolden } from "../helpers/golden.js";
import { goldenText, normalize, runCli, tempDataDir, type CliResult } from "./harness.js";

const SSB = "fixtures/series/ssb";

let data: ReturnType<typeof tempDataDir>;
beforeAll(() => {
  data = tempDataDir();
});
afterAll(() => data.remove());

/** Several invocations in one golden, in order. */
async function session(file: string, title: string, runs: string[][]): Promise<CliResult[]> {
  const results: CliResult[] = [];
  const parts: string[] = [`# ${title}`, ""];
  for (const argv of runs) {
    const result = await runCli(argv, data.dir);
    results.push(result);
    parts.push(goldenText(`bop-real ${argv.join(" ")}`, argv, result, data.dir).replace(/^# /, "## "));
  }
  expectGolden(file, parts.join("\n"));
  return results;
}

describe("bop-real series", () => {
  it("lists the embedded series, their newest figures and where they come from", async () => {
    const [list] = await session("series-list.md", "series list, nothing imported", [["series", "list"]]);
    expect(list!.code).toBe(0);
    expect(list!.stdout).toContain("KPI (--cpi): newest figure 2026-08\n");
    expect(list!.stdout).toContain("KPI-JAE (--cpi-jae): newest figure 2025-07; older than 15 months on 2026-11-24");
    expect(list!.stdout).toContain("kommunal deflator (--deflator): newest figure 2026\n");
    expect(normalize(list!.stdout, data.dir)).toContain("Imported figures: <data-dir>/series (none yet");
  });

  it("imports SSB's JSON-stat files (2.0 and 1.x) and a deflator CSV, then uses and lists them", async () => {
    const deflator = `${data.dir}/deflator-nb27.csv`;
    const { writeFileSync } = await import("node:fs");
    writeFileSync(deflator, "år;prosent;status;kilde\n2025;4,7;published;Nasjonalbudsjettet 2027\n2026;3,9;estimate;Nasjonalbudsjettet 2027\n");
    const runs = [
      ["series", "import", `${SSB}/ssb-03014-sample.json`],
      ["series", "import", `${SSB}/ssb-14700-sample.json`],
      ["series", "import", `${SSB}/ssb-03013-dataset1086-jsonstat1-riksdata-cache.json`],
      ["series", "import", deflator],
      ["series", "list"],
      ["2022", "2026", "--example", "--item", "barnevern", "--format", "md", "--cpi"],
      ["2022", "2026", "--example", "--item", "barnevern", "--format", "md", "--in-prices-of", "2026", "--deflator"],
    ];
    const results = await session("series-import.md", "series import, then list and use", runs);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(results[0]!.stdout).toContain("Imported 3 figure(s) of KPI from ssb-03014-sample.json: SSB table 03014 (annual, 2015=100), 2022 to 2024.");
    expect(results[2]!.stdout).toContain("Imported 559 figure(s) of KPI");
    const stored = readFileSync(`${data.dir}/series/kpi-monthly-2025.csv`, "utf8").split("\n");
    expect(stored[0]).toBe("month,index_2025_100,status,source,imported");
    expect(results[4]!.stdout).toContain("imported from ssb-14700-sample.json on 2026-11-24");
    expect(results[5]!.stdout).toContain("- 2022 = 122,8 (publisert, SSB-tabell 03014, importert fra ssb-03014-sample.json)");
    // The deflator's 2025 is now 4.7 % (published, imported), 2026 3.9 % (an estimate).
    expect(results[6]!.stdout).toContain("- 2026 = 138,3254 (anslag: 2025 + 3,9 %, prognose, Nasjonalbudsjettet 2027, importert fra deflator-nb27.csv)");
    expect(results[6]!.stdout).toContain("× 1,047, Finansdepartementet (Nasjonalbudsjettet 2026, tabell 3.12); Nasjonalbudsjettet 2027, importert fra deflator-nb27.csv)");
    expect(results[6]!.stdout).toContain("anslått pris- og lønnsvekst for 2026;");
  });

  it("refuses a file it cannot use with one line saying what to do, and stores nothing", async () => {
    const empty = tempDataDir();
    try {
      const missing = await runCli(["series", "import", "nowhere.json"], empty.dir);
      expect(missing).toEqual({
        code: 1,
        stdout: "",
        stderr: "bop-real: error: series import nowhere.json: there is no such file. Give the path of a JSON-stat file from SSB or a CSV of year,percent.\n",
      });
      const index = await runCli(["series", "import", "fixtures/series/kpi-annual-2015.csv"], empty.dir);
      expect(index.code).toBe(1);
      expect(index.stderr).toMatch(/^bop-real: error: kpi-annual-2015\.csv is an index \(year,index\)\. .*use --series kpi-annual-2015\.csv instead of importing it\.\n$/);
      const readme = await runCli(["series", "import", "fixtures/series/README.md"], empty.dir);
      expect(readme.code).toBe(1);
      expect(readme.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(readme.stderr).toMatch(/^bop-real: error: README\.md: its header is .*neither year,index nor year,percent/);
      // A PDF (or a spreadsheet) would print its bytes in the CSV parser's message: one clean line instead.
      const pdf = await runCli(["series", "import", "fixtures/example/eksempel-bop-2023.pdf"], empty.dir);
      expect(pdf).toEqual({
        code: 1,
        stdout: "",
        stderr:
          "bop-real: error: eksempel-bop-2023.pdf is a PDF, not a text file. bop-real series import takes a JSON-stat file " +
          "saved from SSB's statistikkbank, or a CSV of year,percent for the kommunal deflator (save a spreadsheet as CSV first).\n",
      });
      const asSeries = await runCli(["2022", "2026", "--example", "--series", "fixtures/example/eksempel-bop-2023.pdf"], empty.dir);
      expect(asSeries.code).toBe(1);
      expect(asSeries.stderr).toMatch(/^bop-real: error: eksempel-bop-2023\.pdf is a PDF, not a text file\. Give a CSV with a header of year,index or year,percent .*\n$/m);
      const list = await runCli(["series", "list"], empty.dir);
      expect(list.stdout).toContain("(none yet");
    } finally {
      empty.remove();
    }
  });
});
