/**
 * Price data that is missing, malformed, or cannot give an index for a year.
 * The message says what is wrong and what to do; the CLI maps it to exit 1.
 */
export class PriceDataError extends Error {
  override readonly name = "PriceDataError";
}
