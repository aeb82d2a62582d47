// Builders for the tests of the price stage: a frozen series folder and line items.
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import type { AmountValue, ColumnKind, LineItem, PriceBasis } from "../../src/model/types.js";

/** A frozen copy of data/series, so that a data update cannot move these tests. */
export const FROZEN_SERIES = fileURLToPath(new URL("../../fixtures/series/", import.meta.url));

export const NOMINAL: PriceBasis = { kind: "nominal" };

export function fixed(year: number): PriceBasis {
  return { kind: "fixed", year, printed: `faste ${year}-priser` };
}

export function value(
  year: number,
  kind: ColumnKind,
  column: string,
  amount: string | null,
  priceBasis: PriceBasis = NOMINAL,
): AmountValue {
  return {
    year,
    column,
    kind,
    amountNok: amount === null ? null : new Decimal(amount),
    printed: amount ?? "",
    blank: amount === null,
    priceBasis,
  };
}

export function item(label: string, values: AmountValue[]): LineItem {
  return {
    label,
    labelBase: label,
    footnoteMarker: null,
    code: null,
    role: "item",
    indent: 0,
    unit: { multiplier: 1000, printed: "Beløp i 1000 kr" },
    priceBasis: NOMINAL,
    provenance: { file: "kommune-2023.pdf", page: 12, tableTitle: "Driftsbudsjett" },
    tableId: "t1",
    printedRow: label,
    values,
    flags: [],
  };
}

/** Compare at a fixed number of significant digits, as strings, so a failure shows both numbers. */
export function sig(d: Decimal | null | undefined, digits = 30): string {
  return d ? d.toSignificantDigits(digits).toString() : String(d);
}

/** Hand-computed references need more than the global 20 digits to compare at 30. */
export const Exact = Decimal.clone({ precision: 50 });
