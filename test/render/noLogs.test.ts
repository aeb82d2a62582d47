// Renderers are pure: they print nothing and write nowhere (H7, H9).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { renderExtraction, renderRealTerms, renderSentence } from "../../src/render/index.js";
import { documents, report } from "./fixtures.js";

describe("render stage writes nothing", () => {
  let spies: MockInstance[] = [];
  beforeEach(() => {
    spies = [
      ...(["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m)),
      vi.spyOn(process.stdout, "write"),
      vi.spyOn(process.stderr, "write"),
    ];
  });
  afterEach(() => spies.forEach((s) => s.mockRestore()));

  it("in every format and language", () => {
    for (const format of ["table", "csv", "md", "json"] as const) {
      for (const lang of ["nb", "nn", "en"] as const) renderRealTerms(report, { format, color: true, lang });
    }
    for (const format of ["table", "csv", "json"] as const) renderExtraction(documents, { format, color: true });
    for (const row of report.rows) renderSentence(row, report, "nb");
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
