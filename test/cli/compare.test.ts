import { describe, expect, it } from "vitest";
import { yearsText } from "../../src/cli/compare.js";
import { barnevern, helsestasjon } from "../render/fixtures.js";

describe("yearsText: the years a document's items have amounts for", () => {
  it("gives a run of years as a span", () => {
    expect(yearsText([barnevern])).toBe("2022–2026");
  });

  it("leaves out blank cells and shows gaps", () => {
    // Helsestasjon prints 2022 and 2026; its 2025 cell is blank.
    expect(yearsText([helsestasjon])).toBe("2022, 2026");
  });

  it("says so when there are none", () => {
    expect(yearsText([])).toBe("no years");
  });
});
