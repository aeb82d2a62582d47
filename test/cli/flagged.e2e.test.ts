// Issue 8: a row from a table that does not add up is marked in every output, not
// only in a warning on stderr. The built CLI on a drawn document whose Tabell 3.1
// prints a Sum row its rows do not add up to (fixtures/scripts/make-flagged.mjs);
// its Tabell 2.1 adds up and must stay unmarked.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli, type CliResult } from "../helpers/cli.js";
import { expectGolden } from "../helpers/golden.js";
import { goldenText } from "../series-cli/harness.js";

const file = "fixtures/flagged/sum-mismatch.pdf";
const truth = JSON.parse(readFileSync(path.join(root, `${file}.truth.json`), "utf8")) as { expected_flags: Record<string, string[]> };
const flaggedLabels = Object.keys(truth.expected_flags);
const cleanLabels = ["Oppvekst", "Helse og omsorg", "Teknisk drift", "Sum netto driftsramme"];

// An empty data folder, so that no import on the machine changes the figures.
const dataDir = mkdtempSync(path.join(tmpdir(), "bop-real-flagged-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(argv: string[]): CliResult {
  const r = runCli(argv, { BOP_REAL_DATA_DIR: dataDir, BOP_REAL_TODAY: "2026-11-24" });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** Runs the command and compares the whole invocation (command, stdout, stderr, exit code) with its golden. */
function golden(name: string, argv: string[]): CliResult {
  const r = cli(argv);
  expectGolden(name, goldenText(`flagged: ${name.replace(/^flagged-|\.md$/g, "")}`, argv, { ...r, code: r.code ?? -1 }, dataDir));
  return r;
}

const compare = ["2023", "2024", "--cpi", file];
const barnevern = [...compare, "--item", "barnevern"];
const nbFootnote =
  "! Usikkert tall: radene i «Tabell 3.1 Netto driftsramme oppvekst» summerer ikke til summen i dokumentet (s. 2). " +
  "Kontroller tallene mot dokumentet før du bruker dem.";

describe("a table whose Sum row does not add up, in every output", () => {
  it("the reader flags the misprinted total and its rows, and nothing in the table that adds up", () => {
    const doc = JSON.parse(cli(["extract", file, "--format", "json"]).stdout).documents[0];
    const flags = Object.fromEntries(doc.items.map((it: { label: string; flags: string[] }) => [it.label, it.flags]));
    expect(flags).toEqual({ ...Object.fromEntries(cleanLabels.map((l) => [l, []])), ...truth.expected_flags });
  });

  it("the terminal table marks each flagged row and explains the mark under the table", () => {
    const { stdout } = golden("flagged-table.md", compare);
    for (const label of flaggedLabels) expect(stdout).toMatch(new RegExp(`│ ${label} ! +│ +2 │`));
    for (const label of cleanLabels) expect(stdout).toMatch(new RegExp(`│ ${label} +│ +1 │`));
    expect(stdout).toContain(`┘\n${nbFootnote}\n`);
  });

  it("the sentence says the figure is uncertain, in bokmål, nynorsk and English", () => {
    const nb = golden("flagged-sentence.nb.md", barnevern).stdout;
    expect(nb).toMatch(/Barneverntjenesten hadde 34 230 000 kr i 2023 .* mindre\. Usikkert tall: .* \(s\. 2\)\. Kontroller tallene mot dokumentet før du bruker dem\.\n$/);
    const nn = golden("flagged-md.nn.md", [...barnevern, "--format", "md", "--lang", "nn"]).stdout;
    expect(nn).toContain("| Barneverntjenesten ! | 2 |");
    expect(nn).toContain("\n\n! Usikkert tal: radene i «Tabell 3.1 Netto driftsramme oppvekst» summerer ikkje til summen i dokumentet (s. 2).");
    expect(nn).toMatch(/mindre\. Usikkert tal: .* Kontroller tala mot dokumentet før du brukar dei\.\n$/);
    const en = golden("flagged-md.en.md", [...barnevern, "--format", "md", "--lang", "en"]).stdout;
    expect(en).toContain("| Barneverntjenesten ! | 2 |");
    expect(en).toMatch(/less\. Uncertain figure: the rows of «Tabell 3\.1 Netto driftsramme oppvekst» do not add up .* \(p\. 2\)\. Check the figures against the document before you use them\.\n$/);
  });

  it("the CSV has the reason codes in its last column, empty for a row that adds up", () => {
    const lines = golden("flagged-csv.md", [...compare, "--format", "csv"]).stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/,indeksstatus,usikker$/);
    const lastCell = (label: string) => lines.find((l) => l.startsWith(`${label},`))?.split(",").at(-1);
    for (const label of cleanLabels) expect(lastCell(label), label).toBe("");
    for (const label of flaggedLabels) expect(lastCell(label), label).toBe(truth.expected_flags[label]!.join(";"));
  });

  it("the JSON has flags on each row", () => {
    const out = JSON.parse(golden("flagged-json.md", [...barnevern, "--format", "json"]).stdout);
    expect(out.rows.map((r: { label: string; flags: string[] }) => [r.label, r.flags])).toEqual([["Barneverntjenesten", ["in_failed_sum"]]]);
    const all = JSON.parse(cli([...compare, "--format", "json"]).stdout).rows as { label: string; flags: string[] }[];
    expect(Object.fromEntries(all.map((r) => [r.label, r.flags]))).toEqual({ ...Object.fromEntries(cleanLabels.map((l) => [l, []])), ...truth.expected_flags });
  });

  it("extract marks the items in its table and names the flags in its CSV", () => {
    const table = golden("flagged-extract-table.md", ["extract", file]).stdout;
    for (const label of flaggedLabels) expect(table).toMatch(new RegExp(`│ ${label} ! +│ +2 │`));
    for (const label of cleanLabels) expect(table).toMatch(new RegExp(`│ ${label} +│ +1 │`));
    const csv = golden("flagged-extract-csv.md", ["extract", file, "--format", "csv"]).stdout.trimEnd().split("\n");
    expect(csv[0]).toMatch(/,flags$/);
    for (const label of flaggedLabels) {
      const rows = csv.filter((l) => l.includes(`,${label},`));
      expect(rows, label).toHaveLength(5);
      for (const l of rows) expect(l.endsWith(`,${truth.expected_flags[label]!.join(";")}`), l).toBe(true);
    }
    for (const label of cleanLabels) for (const l of csv.filter((x) => x.includes(`,${label},`))) expect(l.endsWith(","), l).toBe(true);
  });
});
