import { Decimal } from "decimal.js";

/**
 * The stage's own Decimal constructor. Index ratios are chained and divided
 * several times before the renderer rounds once, so 40 significant digits keep
 * every printed digit exact; a clone leaves the global Decimal configuration,
 * which other stages rely on, untouched.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export const HUNDRED = new D(100);

/** The mean, with a single division at the end so that nothing is rounded early. */
export function mean(values: readonly Decimal[]): Decimal {
  const sum = values.reduce<Decimal>((acc, v) => acc.plus(v), new D(0));
  return sum.div(values.length);
}

/** index × (100 + percent) / 100: written this way so that 100 grown by 3.0 % is exactly 103. */
export function growBy(index: Decimal, percent: Decimal): Decimal {
  return new D(index).times(HUNDRED.plus(percent)).div(HUNDRED);
}

/**
 * amount × indexTo / indexFrom, SSB's priskalkulator formula. Multiplying
 * before dividing keeps a single rounding, at the 40th digit.
 */
export function deflateAmount(amount: Decimal, indexFrom: Decimal, indexTo: Decimal): Decimal {
  return new D(amount).times(indexTo).div(indexFrom);
}
