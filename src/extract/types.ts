// Intermediate records of the extraction stage, kept plain so that a debug view
// can print each step (tokens → lines → tables → rows → line items).
import type { ColumnKind, PriceBasis, Unit } from "../model/types.js";

/** A whitespace-free piece of text with its horizontal extent. */
export interface Token {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Tokens that share a baseline, left to right. */
export interface Line {
  page: number;
  y: number;
  size: number;
  tokens: Token[];
  text: string;
}

/** An amount column of a table, found from its header. */
export interface Column {
  /** The header as printed (group header and cell text joined with one space). */
  header: string;
  year: number | null;
  kind: ColumnKind | null;
  /** False for columns that are not an amount for one year (per cent, a change, a period total). */
  inValues: boolean;
  /** Horizontal centre of the header's year token: where the column is. */
  center: number;
  /** Right edge where the column's numbers end, refined from the data. */
  right: number;
  /** Found from the rows' cell edges, not from a year in the header. */
  fromBody?: boolean;
}

/** The horizontal extent of an accounts table's "Note" header word: its cells stand under it. */
export interface NoteColumn {
  x0: number;
  x1: number;
}

/** A cell found in a row: the fragments joined, and the column it sits in. */
export interface Cell {
  column: number;
  text: string;
  x0: number;
  x1: number;
}

/** One printed line of a table body, before wrapped labels are joined. */
export interface TableLine {
  line: Line;
  labelTokens: Token[];
  cells: Cell[];
  /** Why this line's reading is in doubt (its row is flagged), when it is. */
  uncertain?: string;
  /** The note reference printed in the table's Note column ("12"), neither label nor amount. */
  note?: string;
}

export interface TableContext {
  id: string;
  title: string;
  unit: Unit | null;
  priceBasis: PriceBasis;
  columns: Column[];
  budgetTable: boolean;
  /** Left edge of the label column, to tell indented sub-rows. */
  labelLeft: number;
  /** A part of the table has a leading code column, so a continued part has one too, however few its rows. */
  codeColumn: boolean;
  /** The Note column of annual accounts, between label and amounts; null when the table has none. */
  noteColumn: NoteColumn | null;
}

export interface TablePart {
  table: TableContext;
  page: number;
  continued: boolean;
  lines: TableLine[];
}
