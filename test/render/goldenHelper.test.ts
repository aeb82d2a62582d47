import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../helpers/golden.js";

describe("expectGolden", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "bop-real-golden-"));

  it("fails on a missing golden and says how to create it", () => {
    expect(() => expectGolden("missing.txt", "x", { dir, update: false })).toThrow(/missing.*UPDATE_GOLDEN=1 npx vitest run/);
  });

  it("writes when updating, then passes on the same text and fails on other text", () => {
    expectGolden("a.txt", "same\n", { dir, update: true });
    expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("same\n");
    expect(() => expectGolden("a.txt", "same\n", { dir, update: false })).not.toThrow();
    expect(() => expectGolden("a.txt", "other\n", { dir, update: false })).toThrow();
  });
});
