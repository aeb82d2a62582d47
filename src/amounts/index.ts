// The amounts-and-units stage: pure functions that read printed numbers, units
// and price bases. The only public surface of src/amounts.
export { parseAmount, looksNumeric, cellToKroner } from "./parseAmount.js";
export type { ParsedCell, AmountCell, ZeroCell, BlankCell, NotAmountCell } from "./parseAmount.js";
export { detectUnit, findUnit, isUnitLine } from "./detectUnit.js";
export type { UnitMatch } from "./detectUnit.js";
export { detectPriceBasis, findPriceBasis } from "./detectPriceBasis.js";
export type { PriceBasisMatch } from "./detectPriceBasis.js";
export { normalizeText, normalizeSpaces } from "./normalizeText.js";
