import { describe, expect, it } from "vitest";
import { detectPriceBasis, findPriceBasis } from "../../src/amounts/index.js";

describe("detectPriceBasis: fixed prices", () => {
  it.each([
    ["faste 2023-priser", 2023, "faste 2023-priser"],
    ["faste 2023 priser", 2023, "faste 2023 priser"],
    ["2023-priser", 2023, "2023-priser"],
    ["i faste priser (2023)", 2023, "faste priser (2023)"],
    ["faste priser 2024", 2024, "faste priser 2024"],
    ["Faste 2024-kroner", 2024, "Faste 2024-kroner"],
    ["2024-kroner", 2024, "2024-kroner"],
    ["(2025-kroner)", 2025, "2025-kroner"],
    ["faste 2023-prisar", 2023, "faste 2023-prisar"],
    ["FASTE 2023-PRISER", 2023, "FASTE 2023-PRISER"],
    ["faste 2023\u2011priser", 2023, "faste 2023\u2011priser"],
    ["prisnivå 2022", 2022, "prisnivå 2022"],
    ["Tall i hele tusen, faste 2025-priser", 2025, "faste 2025-priser"],
    ["(Beløp i 1000), faste 2023-priser", 2023, "faste 2023-priser"],
    ["Mill. 2026-kroner", 2026, "2026-kroner"],
    ["Mrd. faste 2026-kroner", 2026, "faste 2026-kroner"],
    // a fixed basis wins over a nominal one on the same line
    ["Regnskap i løpende priser, plan i faste 2023-priser", 2023, "faste 2023-priser"],
  ])("%j → fixed %d %j", (text, year, printed) => {
    expect(detectPriceBasis(text)).toEqual({ kind: "fixed", year, printed });
  });
});

describe("detectPriceBasis: nominal and none", () => {
  it.each([
    ["løpende priser"],
    ["Beløp i tusen kroner (nominelle)"],
    ["nominelle kroner"],
    ["Løpende kroner"],
    ["løpande prisar"],
    ["nominell"],
  ])("%j → nominal", (text) => {
    expect(detectPriceBasis(text)).toEqual({ kind: "nominal" });
  });

  it.each([
    ["Beløp i 1000 kr"],
    ["faste priser"],
    ["Budsjett 2023"],
    ["2023-budsjettet"],
    ["Økonomiplan 2023–2026"],
    ["utgiftene økte nominelt med 3 %"],
    ["12023-priser"],
    ["1850-priser"],
    ["2023-prisene"],
    [""],
  ])("%j → null", (text) => {
    expect(detectPriceBasis(text)).toBeNull();
  });

  it("gives where the phrase is", () => {
    expect(findPriceBasis("Tall i hele tusen, faste 2025-priser")).toEqual({
      basis: { kind: "fixed", year: 2025, printed: "faste 2025-priser" },
      start: 19,
      end: 36,
    });
  });
});
