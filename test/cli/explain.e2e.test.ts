// `extract --explain PAGE` on the embedded example: the page's lines, the columns
// found, each row's cells and the sum checks, compared with a golden file; and
// the usage mistakes it can meet.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { examplePdf, hasStackTrace, root, runCli } from "../helpers/cli.js";
import { expectGolden } from "../helpers/golden.js";

const example = path.relative(root, examplePdf);

describe("bop-real extract --explain", () => {
  it("shows how p. 3 of the example was read", () => {
    const r = runCli(["extract", example, "--explain", "3"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Sum checks:");
    expectGolden("explain.example-p3.txt", r.stdout);
  });

  it.each([
    [["--explain", "0"], /page number/],
    [["--explain", "9"], /has 3 pages/],
    [["--explain", "x"], /page number/],
  ])("%j is a usage mistake with one clear line", (args, message) => {
    const r = runCli(["extract", example, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it("explains one document at a time", () => {
    const r = runCli(["extract", example, example, "--explain", "2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/one file/);
  });
});
