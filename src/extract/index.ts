// Finding tables and line items: a RawDocument becomes LineItems with provenance.
import type { ExtractedDocument, LineItem, Warning } from "../model/types.js";
import type { RawDocument } from "../read/index.js";
import { findBudgetYear } from "./budgetYear.js";
import { findAccountsTitle } from "./documentKind.js";
import { findPriceBasisStatement, type PriceBasisStatement } from "./priceBasisStatement.js";
import { checkTableSums, type SumCheck } from "./checkSums.js";
import { linesToTableParts, type DocumentState } from "./findTables.js";
import { markTotals, tablePartToLineItems } from "./rowsToLineItems.js";
import { printedPageNumbers } from "./printedPageNumbers.js";
import { findRunningLines } from "./runningLines.js";
import { runsToLines } from "./runsToLines.js";
import { splitTextColumns } from "./splitTextColumns.js";
import type { Line, TablePart } from "./types.js";
import { columnDoubts, type ColumnDoubt } from "./columnChecks.js";
import { possibleTablesNotRead } from "./unreadNumbers.js";

export { columnKind } from "./columnKind.js";
export type { Line, TablePart, Column, TableLine, Cell } from "./types.js";
export type { SumCheck } from "./checkSums.js";

export function extractDocument(raw: RawDocument): ExtractedDocument {
  return extract(raw, null);
}

/** What the reader saw and did on one page, for `extract --explain PAGE`. */
export interface ExtractionTrace {
  page: number;
  lines: Line[];
  parts: TablePart[];
  sumChecks: SumCheck[];
}

/** Reads the document as `extractDocument` does, keeping the intermediate records of one page. */
export function extractWithTrace(raw: RawDocument, page: number): { document: ExtractedDocument; trace: ExtractionTrace } {
  const trace: ExtractionTrace = { page, lines: [], parts: [], sumChecks: [] };
  return { document: extract(raw, trace), trace };
}

function extract(raw: RawDocument, trace: ExtractionTrace | null): ExtractedDocument {
  const pages = raw.pages.map((p) => runsToLines(p));
  const { title: budgetTitle, year } = findBudgetYear(pages.slice(0, 4).flat());
  // A document with a budget title is a budget, whatever else its first pages say.
  const accountsTitle = year === null ? findAccountsTitle(pages.slice(0, 4).flat()) : null;
  const title = budgetTitle ?? accountsTitle;
  const state = initialState(raw.file, year ?? findBudgetYear(pages.flat()).year, accountsTitle !== null, findPriceBasisStatement(pages));
  state.isRunning = findRunningLines(pages, raw.pages.map((p) => p.height));
  const pageLabels = printedPageNumbers(pages, raw.pages.map((p) => p.height));
  for (const p of raw.pages) if (p.label !== undefined) pageLabels.set(p.number, p.label);
  const warnings: Warning[] = [];
  const items: LineItem[] = [];
  raw.pages.forEach((page, i) => {
    if (page.imageOnly) {
      warnings.push({ code: "image_only_page", message: `page ${page.number} is an image (a scanned page?) with no text to read; its numbers are not included`, file: raw.file, page: page.number });
      return;
    }
    state.pageHeight = page.height;
    const lines = splitTextColumns(withoutRunningLines(pages[i]!, page.height), page.width);
    const found = linesToTableParts(lines, state);
    if (trace?.page === page.number) {
      trace.lines = lines;
      trace.parts = found.parts;
    }
    warnings.push(...found.warnings);
    warnings.push(...possibleTablesNotRead(lines, found.taken, raw.file));
    for (const part of found.parts) {
      const partItems = tablePartToLineItems(part, raw.file, pageLabels, warnings);
      warnings.push(...markColumnDoubts(part, partItems, raw.file));
      items.push(...partItems);
    }
  });
  warnings.push(...finishTables(items, state, trace?.sumChecks ?? []));
  return { file: raw.file, budgetYear: state.budgetYear, title, pageCount: raw.pages.length, items, warnings };
}

function initialState(file: string, budgetYear: number | null, accounts: boolean, statedBasis: PriceBasisStatement | null): DocumentState {
  return { file, budgetYear, accounts, nextId: 0, last: null, isRunning: () => false, pageHeight: 842, lastEndedLow: false, statedBasis, usedStatedBasis: false };
}

/** Whole-table work once every page is read: totals, unit and sum checks, and the price basis taken from the text. */
function finishTables(items: LineItem[], state: DocumentState, sumChecks: SumCheck[]): Warning[] {
  const warnings: Warning[] = [];
  if (state.usedStatedBasis && state.statedBasis) warnings.push(statedBasisWarning(state.file, state.statedBasis));
  for (const table of groupByTable(items)) {
    markTotals(table);
    if (table[0]!.flags.includes("unit_unknown")) warnings.push(unitUnknownWarning(state.file, table[0]!));
    warnings.push(...checkTableSums(table, state.file, sumChecks));
  }
  return warnings;
}

/** A part whose columns are in doubt was read with the wrong columns somewhere: every row of it is uncertain. */
function markColumnDoubts(part: TablePart, items: LineItem[], file: string): Warning[] {
  const doubts = columnDoubts(part);
  if (doubts.length === 0 || items.length === 0) return [];
  for (const it of items) if (!it.flags.includes("uncertain_reading")) it.flags.push("uncertain_reading");
  return doubts.map((d) => ({
    code: "columns_in_doubt",
    message: `${COLUMN_DOUBT[d.kind](d)} on p. ${part.page}: the columns of this table may be read wrong; check its figures in the document`,
    file,
    page: part.page,
    table: part.table.title,
    tableId: part.table.id,
    text: d.cells.join(" | "),
  }));
}

const COLUMN_DOUBT: Record<ColumnDoubt["kind"], (d: ColumnDoubt) => string> = {
  misaligned: (d) => `the amounts read into column "${d.header}" do not line up (${d.cells.slice(0, 3).join(", ")})`,
  mixed_header: (d) => `the header "${d.header}" names two kinds of column`,
  year_column_dropped: (d) => `column "${d.header}" has a year but was read as not an amount (${d.cells.join(", ")})`,
};

/** Running headers and footers ("Side 7 av 18") are not part of any table. */
function withoutRunningLines(lines: Line[], height: number): Line[] {
  return lines.filter((l) => !(/\bside\s+\d+(\s+av\s+\d+)?\b/i.test(l.text) && (l.y < 0.1 * height || l.y > 0.88 * height)));
}

function groupByTable(items: LineItem[]): LineItem[][] {
  const tables = new Map<string, LineItem[]>();
  for (const it of items) tables.set(it.tableId, [...(tables.get(it.tableId) ?? []), it]);
  return [...tables.values()];
}

function statedBasisWarning(file: string, stated: PriceBasisStatement): Warning {
  return {
    code: "price_basis_from_text",
    message: `tables that print no price basis are read with the document's own statement: plan years from ${stated.basis.year} in ${stated.basis.printed}`,
    file,
    page: stated.page,
    text: stated.sentence,
  };
}

/** Without a unit line the amounts are taken as whole kroner; if the table is in 1000 kr, every figure is 1000 times too small. */
function unitUnknownWarning(file: string, first: LineItem): Warning {
  return {
    code: "unit_unknown",
    message: "found no unit (Beløp i 1000 kr, mill. kr …) for this table; its amounts are read as whole kroner: check the unit in the document",
    file,
    page: first.provenance.page,
    table: first.provenance.tableTitle,
    tableId: first.tableId,
  };
}
