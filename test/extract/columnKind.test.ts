// Table-driven: a column's kind from its header (as printed, group header joined) and the
// document's budget year; and which headers are not one year's amount.
import { describe, expect, it } from "vitest";
import { columnKind, isNonAmountHeader } from "../../src/extract/columnKind.js";

describe("columnKind", () => {
  it.each([
    ["Regnskap 2024", 2024, 2026, "regnskap"],
    ["R 2023", 2023, 2025, "regnskap"],
    ["Budsjettanslag 2025 Saldert budsjett", 2025, 2026, "vedtatt_budsjett"],
    // Prop. 1 LS Tabell 1.3: the updated estimate under a group header is a revised budget.
    ["Budsjettanslag 2025 Anslag NB26", 2025, 2026, "justert_budsjett"],
    ["Anslag på regnskap 2025", 2025, 2026, "justert_budsjett"],
    ["Oppr. bud. 2024", 2024, 2025, "vedtatt_budsjett"],
    ["Rev. bud. 2024", 2024, 2025, "justert_budsjett"],
    ["Forslag 2026", 2026, 2026, "budsjett_forslag"],
    ["ØP 2027", 2027, 2026, "okonomiplan"],
    ["2022", 2022, 2023, "vedtatt_budsjett"],
  ] as const)("%s (%i, budget year %i) is %s", (header, year, budgetYear, kind) => {
    expect(columnKind(header, year, budgetYear)).toBe(kind);
  });
});

describe("isNonAmountHeader", () => {
  it.each([
    ["Endring i %", true],
    ["Endring 2024–2027", true],
    ["Sum 2026–2029", true],
    // Gul bok p. 226: half a year's accounts beside the whole year's must not stand for the year.
    ["Regnskap 1. halvår 2024", true],
    ["Regnskap per 2. tertial 2025", true],
    ["Regnskap per 31.08. 2025", true],
    ["Regnskap 2024", false],
    ["Vedtatt budsjett 2025", false],
    ["Økonomiplan 2027", false],
  ] as const)("%s → %s", (header, expected) => {
    expect(isNonAmountHeader(header)).toBe(expected);
  });
});
