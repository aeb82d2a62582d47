import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatKroner, formatPercent } from "../../src/render/index.js";

const d = (s: string) => new Decimal(s);

describe("formatKroner", () => {
  it("groups thousands with a space and rounds to whole kroner, half up", () => {
    expect(formatKroner(d("221588000"))).toBe("221 588 000");
    expect(formatKroner(d("210488296.5"))).toBe("210 488 297");
    expect(formatKroner(d("210488296.4999"))).toBe("210 488 296");
    expect(formatKroner(d("210488296.2962962963"))).toBe("210 488 296");
  });

  it("writes a minus as a plain hyphen and rounds negative halves away from zero", () => {
    expect(formatKroner(d("-11099703.7037"))).toBe("-11 099 704");
    expect(formatKroner(d("-0.5"))).toBe("-1");
  });

  it("never prints a negative zero", () => {
    expect(formatKroner(d("-0.4"))).toBe("0");
  });

  it("leaves short numbers ungrouped and uses commas in English", () => {
    expect(formatKroner(d("999"))).toBe("999");
    expect(formatKroner(d("1000"))).toBe("1 000");
    expect(formatKroner(d("221588000"), "en")).toBe("221,588,000");
  });
});

describe("formatPercent", () => {
  it("rounds to one decimal, half up, with a decimal comma", () => {
    expect(formatPercent(d("0.05"))).toBe("0,1 %");
    expect(formatPercent(d("0.04999"))).toBe("0,0 %");
    expect(formatPercent(d("-5.0091"))).toBe("-5,0 %");
    expect(formatPercent(d("-0.04"))).toBe("0,0 %");
    expect(formatPercent(d("12.25"))).toBe("12,3 %");
  });

  it("uses a decimal point and no space in English", () => {
    expect(formatPercent(d("-5.0091"), "en")).toBe("-5.0%");
  });
});
