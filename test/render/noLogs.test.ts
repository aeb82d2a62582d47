// Renderers are pure: they print nothing and write nowhere (H7, H9).
import { describe, expect, it } from "vitest";
import { spyOnOutput } from "../helpers/spyOutput.js";
import { renderExtraction, renderRealTerms, renderSentence } from "../../src/render/index.js";
import { documents, report } from "./fixtures.js";

describe("render stage writes nothing", () => {
  const spies = spyOnOutput();

  it("in every format and language", () => {
    for (const format of ["table", "csv", "md", "json"] as const) {
      for (const lang of ["nb", "nn", "en"] as const) renderRealTerms(report, { format, color: true, lang });
    }
    for (const format of ["table", "csv", "json"] as const) renderExtraction(documents, { format, color: true });
    for (const row of report.rows) renderSentence(row, report, "nb");
    for (const spy of spies()) expect(spy).not.toHaveBeenCalled();
  });
});
