import { describe, expect, it } from "vitest";
import { normalizeSpaces, normalizeText } from "../../src/amounts/index.js";

describe("normalizeSpaces", () => {
  it.each([
    ["1\u00A0234", "1 234"],
    ["1\u2009234", "1 234"],
    ["1\u202F234", "1 234"],
    ["1\u2007234", "1 234"],
    ["Beløp\u00A0i\u00A01\u2009000\u00A0kr", "Beløp i 1 000 kr"],
    ["1 234", "1 234"],
    ["a\tb\nc", "a\tb\nc"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeSpaces(text)).toBe(expected);
  });
});

describe("normalizeText", () => {
  it.each([
    ["\uFB01nans", "finans"],
    ["\uFB02yktning", "flyktning"],
    ["e\uFB00ekt", "effekt"],
    ["o\uFB03ce", "office"],
    ["ba\uFB04e", "baffle"],
    ["barne\u00ADhage", "barnehage"],
    ["helse\u00AD og omsorg", "helse og omsorg"],
    ["1\u00A0234", "1\u00A0234"],
    ["Økonomiplan", "Økonomiplan"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});
