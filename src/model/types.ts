// The domain model shared by every stage. Types only: no behaviour lives here,
// so any stage can import it without pulling in another stage's code.
import type { Decimal } from "decimal.js";

/** What a budget column holds, from its header and the document's budget year. */
export type ColumnKind =
  | "regnskap"
  | "vedtatt_budsjett"
  | "justert_budsjett"
  | "budsjett_forslag"
  | "okonomiplan";

export const COLUMN_KINDS: readonly ColumnKind[] = [
  "regnskap",
  "vedtatt_budsjett",
  "justert_budsjett",
  "budsjett_forslag",
  "okonomiplan",
];

/**
 * The prices a printed figure is given in. Økonomiplan years are often printed
 * in fixed prices of the first plan year ("faste 2023-priser"); deflating those
 * again would count inflation twice.
 */
export type PriceBasis =
  | { kind: "nominal" }
  | { kind: "fixed"; year: number; printed: string };

/** The unit a table's numbers are printed in: kroner = printed number × multiplier. */
export interface Unit {
  multiplier: number;
  /** The unit text as printed, e.g. "Beløp i 1000 kr". Empty when none was found. */
  printed: string;
}

/** Where a figure came from, so that a person can find it in the document. */
export interface Provenance {
  file: string;
  /** 1-based physical page, as a PDF viewer counts. */
  page: number;
  /** The page number printed on the page, where it differs from `page`. */
  pageLabel?: string;
  tableTitle: string;
}

/** One amount column of a line item. */
export interface AmountValue {
  year: number;
  /** The column header as printed (a merged group header joined with one space). */
  column: string;
  kind: ColumnKind;
  /** Whole kroner (printed × unit). Null only for a cell printed empty. */
  amountNok: Decimal | null;
  /** The cell text as printed. */
  printed: string;
  blank: boolean;
  /** The prices this figure is given in (fixed-price plan years are not nominal). */
  priceBasis: PriceBasis;
}

export type RowRole = "item" | "sub" | "sum" | "total";

/**
 * Why a line item's figures may be wrong. The strings are part of the JSON
 * (`flags`) and the CSV, so they never change once published.
 * - `sum_mismatch`: a Sum/total row that none of its candidate rows add up to;
 * - `in_failed_sum`: a row counted in such a sum (either may be the wrong one);
 * - `unit_unknown`: no unit was found, so the amounts are read as whole kroner;
 * - `uncertain_reading`: the reader is unsure how it read this row;
 * - `unread_cells`: some numbers printed in this row were not read.
 */
export type ItemFlag = "sum_mismatch" | "in_failed_sum" | "unit_unknown" | "uncertain_reading" | "unread_cells";

export const ITEM_FLAGS: readonly ItemFlag[] = ["sum_mismatch", "in_failed_sum", "unit_unknown", "uncertain_reading", "unread_cells"];

/** A row of a budget table that prints at least one amount. */
export interface LineItem {
  label: string;
  labelBase: string;
  footnoteMarker: string | null;
  /** Code cells (Ansvar, Funksjon, Kap./Post) as printed, joined with one space. */
  code: string | null;
  /** The note number printed in an annual account's Note column ("12"); absent where the table has none. */
  noteRef?: string;
  role: RowRole;
  indent: number;
  unit: Unit;
  priceBasis: PriceBasis;
  provenance: Provenance;
  tableId: string;
  /** The whole row as printed, for a person checking the figure. */
  printedRow: string;
  values: AmountValue[];
  /** Reasons to doubt this item's figures (e.g. a sum that does not add up); empty when none. */
  flags: ItemFlag[];
}

/**
 * Every kind of warning, so that the compiler checks each code where it is made
 * and where it is tested. The strings are part of the JSON output.
 */
export type WarningCode =
  // reading the document
  | "image_only_page"
  | "possible_table_unread"
  | "table_unread"
  | "column_without_year"
  | "columns_in_doubt"
  | "label_in_doubt"
  | "row_uncertain"
  | "row_without_label"
  | "cell_unreadable"
  | "unit_unknown"
  | "sum_mismatch"
  | "price_basis_from_text"
  // comparing two years
  | "rows_missing_year"
  | "blank_cell"
  | "column_not_matched"
  | "row_in_failed_sum"
  | "row_unit_unknown"
  // price series
  | "stale_series"
  | "anslag"
  | "assumption_carried_forward"
  | "assumption_ignored";

/** A problem found on the way. Warnings are data; only the CLI prints them. */
export interface Warning {
  code: WarningCode;
  message: string;
  file?: string;
  page?: number;
  table?: string;
  /** The table's id (`t003`), the same as its line items' `tableId`, where the warning concerns one table. */
  tableId?: string;
  text?: string;
}

export interface ExtractedDocument {
  file: string;
  /** The budget year of the document (from its title), when found. */
  budgetYear: number | null;
  title: string | null;
  pageCount: number;
  items: LineItem[];
  warnings: Warning[];
}

// ---------------------------------------------------------------------------
// Prices and deflation

/**
 * How sure an index figure is. `published`: an SSB/Finansdepartementet figure;
 * `derived`: computed from published figures (method in `note`); `anslag`: a
 * forecast or an assumption (the tool's default or the user's `--assume`).
 */
export type IndexStatus = "published" | "derived" | "anslag";

export type SeriesId = "kpi" | "kpi-jae" | "deflator" | "custom";

/**
 * Where an index figure or a rate was published, as facts a renderer phrases per
 * language: an SSB table by its number, a publication or file by its name, or
 * the user's own --assume.
 */
export type IndexSource =
  | { kind: "ssb"; table: string; importedFrom?: string }
  | { kind: "named"; name: string; importedFrom?: string }
  | { kind: "user"; flag: string };

/** How an assumption was made for a year without a figure of its own. */
export type AssumptionMethod = "months_mean" | "forecast" | "carried_forward" | "user";

/** How an index figure was arrived at, as facts a renderer phrases per language. */
export type IndexMethod =
  /** An annual figure as published, or as given in a file. */
  | { kind: "annual" }
  /** The mean of the months `firstMonth`–`lastMonth` of the year (twelve: the whole year). */
  | { kind: "months_mean"; firstMonth: number; lastMonth: number; count: number }
  /** The base year itself: 100 by definition. */
  | { kind: "reference" }
  /** Moved from another base: `value` × 100 / `link` (the link year's figure on `fromBase`). */
  | { kind: "linked"; value: Decimal; link: Decimal; fromBase: string }
  /** The anchor year's 100 grown by each year's rate in turn, `anchorYear` + 1 onwards. */
  | { kind: "chained"; anchorYear: number; rates: Decimal[] }
  /** The year before grown by `percent`; `carriedFrom` names the year whose rate is carried forward. */
  | { kind: "grown"; percent: Decimal; assumption: AssumptionMethod; carriedFrom?: number };

/** One year's index figure, with where it came from. */
export interface IndexPoint {
  year: number;
  value: Decimal;
  /** "2015=100", "2025=100", or a description for chained or custom series. */
  base: string;
  status: IndexStatus;
  /** Where it came from, in words (English), for JSON and messages. */
  source: string;
  /** How it was computed or what the data file says of it (English), for JSON. */
  note?: string;
  /** How it was arrived at, for the notes under a table. */
  method?: IndexMethod;
  /** Where its figures were published, for the notes under a table. */
  sources?: IndexSource[];
}

/** An assumption the tool had to make for a year without a published figure. */
export interface Assumption {
  year: number;
  /** Growth on the year before, in per cent (when the assumption is a growth rate). */
  growthPercent: Decimal | null;
  method: AssumptionMethod;
  source: string;
  /** With `carried_forward`: the year whose rate is carried. */
  carriedFrom?: number;
  /** Where the rate or figures were published, for the notes under a table. */
  sources?: IndexSource[];
}

/** A factor that moves kroner of one year's prices into another's: index(to) / index(from). */
export interface PriceStep {
  fromYear: number;
  toYear: number;
  factor: Decimal;
  fromPoint: IndexPoint;
  toPoint: IndexPoint;
  base: string;
}

/** A line item compared between two years in real terms. */
export interface RealTermsRow {
  item: LineItem;
  from: AmountValue;
  to: AmountValue;
  /** The year whose prices every figure is expressed in (default: `from`). */
  pricesOf: number;
  /** The year whose prices each printed figure is in (its own year, or a fixed-price year). */
  fromPriceYear: number;
  toPriceYear: number;
  fromInPricesOf: Decimal;
  toInPricesOf: Decimal;
  nominalChange: Decimal;
  /** Null when `from` is zero. */
  nominalChangePct: Decimal | null;
  realChange: Decimal;
  realChangePct: Decimal | null;
  steps: PriceStep[];
  /** True when any index figure used is an anslag. */
  anslag: boolean;
  /**
   * Reasons to doubt the row's printed figures: the flags of the item(s) its
   * two amounts come from, so every renderer can mark the row.
   */
  flags: ItemFlag[];
}

export interface RealTermsReport {
  fromYear: number;
  toYear: number;
  pricesOf: number;
  seriesName: string;
  seriesId: SeriesId;
  rows: RealTermsRow[];
  /** Every index figure the rows rely on, by base and year. */
  indexPoints: IndexPoint[];
  assumptions: Assumption[];
  warnings: Warning[];
}
