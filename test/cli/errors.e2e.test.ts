// Mistakes a user makes: one clear line on stderr, nothing on stdout, the right exit code.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { examplePdf, hasStackTrace, runCli } from "../helpers/cli.js";

const tmp = mkdtempSync(path.join(tmpdir(), "bop-real-"));
const notPdf = path.join(tmp, "notat.pdf");
writeFileSync(notPdf, "Dette er ikke en PDF.\n");
const empty = path.join(tmp, "tom.pdf");
writeFileSync(empty, "");

const cases: [string, string[], number, RegExp][] = [
  ["a year that is not a year", ["20x2", "2026", "--cpi", examplePdf], 2, /not a year/],
  ["years in the wrong order", ["2026", "2022", "--cpi", examplePdf], 2, /must come before/],
  ["no document", ["2022", "2026", "--cpi"], 2, /no budget document given.*--example/],
  ["no price series", ["2022", "2026", examplePdf], 2, /choose a price series.*--cpi/],
  ["two price series", ["2022", "2026", "--cpi", "--deflator", examplePdf], 2, /choose one price series/],
  ["an unknown option", ["2022", "2026", "--cpi", "--frobnicate", examplePdf], 2, /unknown option/],
  ["a bad format", ["2022", "2026", "--cpi", "--format", "xls", examplePdf], 2, /xls/],
  ["a bad --assume", ["2022", "2026", "--cpi", "--assume", "2026:3", examplePdf], 2, /YEAR=PERCENT/],
  ["a missing file", ["2022", "2026", "--cpi", path.join(tmp, "finnes-ikke.pdf")], 1, /no such file/],
  ["a file that is not a PDF", ["2022", "2026", "--cpi", notPdf], 1, /not a PDF/],
  ["an empty file", ["2022", "2026", "--cpi", empty], 1, /empty/],
  ["a folder", ["2022", "2026", "--cpi", tmp], 1, /folder/],
  ["an item that is not there", ["2022", "2026", "--cpi", examplePdf, "--item", "tannhelse"], 1, /no line item matching "tannhelse"/],
  ["years the tables do not have", ["2010", "2012", "--cpi", examplePdf], 1, /no line item has amounts for both 2010 and 2012 in .*; its tables cover 2021–2026, so choose years from those$/],
  ["years the chosen rows do not have", ["2010", "2012", "--cpi", examplePdf, "--item", "barnevern"], 1, /no line item matching "barnevern" has amounts for both 2010 and 2012 .*; the rows that match cover 2021–2026/],
  ["a --column that matches no header", ["2022", "2026", "--cpi", examplePdf, "--column", "xyzzy"], 2, /--column "xyzzy" matches no column; the columns are: «Regnskap 2021», «Budsjett 2022», «2023»/],
  ["extract without a file", ["extract"], 2, /missing required argument/],
  ["extract of a non-PDF", ["extract", notPdf], 1, /not a PDF/],
];

describe("user mistakes", () => {
  it.each(cases)("%s", (_name, args, code, message) => {
    const r = runCli(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bop-real: error: /);
    expect(lines[0]).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it("shows a stack trace only with --debug", () => {
    const r = runCli(["2022", "2026", "--cpi", notPdf, "--debug"]);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(true);
  });

  it("--help prints usage on stdout and exits 0", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: bop-real <from> <to> <file...> --cpi");
    expect(r.stderr).toBe("");
  });
});
