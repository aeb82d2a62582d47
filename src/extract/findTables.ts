import { BUDGET_HEADER, CAPTION, CONTINUED, NON_BUDGET_HEADER, NON_BUDGET_TITLE } from "./vocabulary.js";
import { detectPriceBasis, detectUnit, isUnitLine } from "../amounts/index.js";
import type { PriceBasis, Unit, Warning } from "../model/types.js";
import { assignCells, isAmountFragment, isCellSuffix, startsNumber } from "./assignCells.js";
import { unheadedColumns } from "./bodyColumns.js";
import { sumCheck } from "./sumCheck.js";
import { isNonAmountHeader } from "./columnKind.js";
import { columnPitch, isYearLine, readHeader, type HeaderBlock } from "./headers.js";
import { gluedGroupWarnings, resolveLabelDigitGroups } from "./labelDigitGroups.js";
import { splitNote } from "./noteColumn.js";
import type { PriceBasisStatement } from "./priceBasisStatement.js";
import { READER } from "./settings.js";
import type { Column, Line, NoteColumn, TableContext, TableLine, TablePart, Token } from "./types.js";

/** A footnote under a table ("¹ Inkluderer midler …", "* Justert for …", "1) Se …") ends it. */
const FOOTNOTE_LINE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|\d\))\s*\p{L}/u;
/** A numbered heading right above a table without a caption names it ("2.4.2 Utenriksdepartementet"). */
const HEADING = /^\d+(\.\d+)*\.?\s+\p{Lu}[\p{L} ,–-]+$/u;

export interface PageTables {
  parts: TablePart[];
  warnings: Warning[];
  /** Every line a table took (header and body, budget table or not), for the check that nothing else looks like one. */
  taken: Set<Line>;
}

export interface DocumentState {
  file: string;
  budgetYear: number | null;
  /** The document is an annual report or annual accounts: bare years are accounts, and its tables of years are read. */
  accounts: boolean;
  nextId: number;
  /** The last table seen, for a table that goes on over a page break. */
  last: TablePart | null;
  /** Running header and footer lines, which do not count as content above or below a table. */
  isRunning: (line: Line) => boolean;
  /** Height of the page being read, to tell the top of a page. */
  pageHeight: number;
  /** The document's own statement that plan years are in fixed prices, for tables that do not say. */
  statedBasis: PriceBasisStatement | null;
  /** Some table took its price basis from that statement. */
  usedStatedBasis: boolean;
  /** The last table was the last thing on its page, so it may go on without a header. */
  lastEndedLow: boolean;
}

/** Finds the budget tables on one page and reads their lines into cells. */
export function linesToTableParts(lines: Line[], state: DocumentState): PageTables {
  const parts: TablePart[] = [];
  const warnings: Warning[] = [];
  const taken = new Set<Line>();
  const take = (from: number, to: number) => lines.slice(from, to).forEach((l) => taken.add(l));
  const carried = carriedOverPart(lines, state, warnings);
  if (carried) {
    parts.push(carried.part);
    take(carried.start, carried.end);
  }
  for (let i = carried?.end ?? 0; i < lines.length; i++) {
    if (!isYearLine(lines[i]!)) continue;
    const first = readHeader(lines, i, state.budgetYear, isUnitLine, { accounts: state.accounts });
    if (!first.columns.some((c) => c.inValues)) continue;
    const header = withBodyColumns(lines, i, first, state);
    const table = tableContext(lines, header, state);
    if (table.budgetTable) warnings.push(...yearlessColumnWarnings(header, table, lines[i]!, state.file));
    refineColumns(readBody(lines, i + 1, header.columns, table.title, state, [], { noteColumn: table.noteColumn }).lines, header.columns);
    const { body: reread, warnings: found } = bySums(lines, i + 1, header.columns, table, state);
    const part: TablePart = { table, page: lines[i]!.page, continued: table.id === state.last?.table.id, lines: reread.lines };
    const read = part.lines.some((l) => l.cells.length > 0);
    if (!table.budgetTable && read && !isKeyFigureTable(table.title, header.columns)) {
      // Nothing says what this table is: no unit, no budget word, no key-figure title. Its rows are
      // not taken as budget items, but the user hears that a table of amounts was left out.
      warnings.push(notBudgetWarning(table, lines[i]!, state.file));
    }
    if (table.budgetTable) {
      // A table whose every row fails is still a table the user must hear about.
      if (read) parts.push(part);
      else if (found.length > 0) warnings.push(noRowReadWarning(table, lines[i]!, state.file));
      warnings.push(...found);
    }
    // Key-figure tables are read and left out on purpose: their lines are taken too.
    if (read || found.length > 0 || !table.budgetTable) take(header.top, reread.end);
    if (read) {
      state.last = part;
      state.lastEndedLow = isLastOnPage(lines, reread.end, state);
      i = reread.end - 1;
    }
  }
  return { parts, warnings, taken };
}

/**
 * Where the geometry allows two readings of a row (a digit group at the label's
 * edge: the start of "2 345 678", or the end of "Lønnsreserve fase 2"), both
 * readings of the table are built and the one under which more Sum rows hold
 * is kept; otherwise the digit group starts the number. Where neither holds, the sum check
 * says so later, naming the table.
 */
function bySums(lines: Line[], start: number, columns: Column[], table: TableContext, state: DocumentState): { body: Body; warnings: Warning[] } {
  const found: Warning[] = [];
  const body = readBody(lines, start, columns, table.title, state, found, { noteColumn: table.noteColumn });
  if (body.ambiguous === 0) return { body, warnings: found };
  const otherFound: Warning[] = [];
  const other = readBody(lines, start, columns, table.title, state, otherFound, { groupsInLabel: true, noteColumn: table.noteColumn });
  const check = (b: Body) => sumCheck({ table, page: lines[start - 1]!.page, continued: false, lines: b.lines }, state.file);
  const [mine, theirs] = [check(body), check(other)];
  // A reading that loses rows has fewer sums to fail: only more sums holding, with no more failing and no row lost, wins.
  const better = theirs.held > mine.held && theirs.failed <= mine.failed && other.uncertain.length <= body.uncertain.length;
  return better ? { body: other, warnings: otherFound } : { body, warnings: found };
}

/**
 * Columns come from the body: when rows cannot be placed in the header's
 * columns, the rows' own cell edges may show a column the header hid (a
 * per-cent column whose words crowd the years'). The header is read again
 * with those columns, and kept only if more rows then find their place.
 */
function withBodyColumns(lines: Line[], yearLine: number, header: HeaderBlock, state: DocumentState): HeaderBlock {
  const probe = readBody(lines, yearLine + 1, header.columns, "", state, [], { noteColumn: header.noteColumn });
  if (probe.uncertain.length === 0) return header;
  const extra = unheadedColumns([...probe.placed, ...probe.uncertain], header.columns);
  if (extra.length === 0) return header;
  const again = readHeader(lines, yearLine, state.budgetYear, isUnitLine, { bodyColumns: extra.map((c) => ({ ...c, fromBody: true })), accounts: state.accounts });
  const reprobe = readBody(lines, yearLine + 1, again.columns, "", state, [], { noteColumn: again.noteColumn });
  return reprobe.uncertain.length < probe.uncertain.length ? again : header;
}

/** A column only the body showed, under no year and no per-cent or change header, holds numbers the reader cannot date. */
function yearlessColumnWarnings(header: HeaderBlock, table: TableContext, yearLine: Line, file: string): Warning[] {
  return header.columns
    .filter((c) => c.fromBody && !isNonAmountHeader(c.header))
    .map((c) => ({
      code: "column_without_year",
      message: `a column of numbers${c.header ? ` headed "${c.header}"` : ""} has no year in the header; its numbers are left out`,
      file,
      page: yearLine.page,
      table: table.title,
      tableId: table.id,
      text: yearLine.text,
    }));
}

/**
 * A table that filled its page can go on at the top of the next one with rows
 * only and no header: the columns carry over by position. Only rows that sit in
 * those columns are taken; prose at the top of the page ends it at once.
 */
function carriedOverPart(lines: Line[], state: DocumentState, warnings: Warning[]): { part: TablePart; start: number; end: number } | null {
  const last = state.last;
  if (!last || !state.lastEndedLow || !last.table.budgetTable || last.page !== (lines[0]?.page ?? 0) - 1) return null;
  const start = lines.findIndex((l) => l.y > state.pageHeight * 0.075 && !state.isRunning(l));
  if (start < 0 || isYearLine(lines[start]!) || CAPTION.test(lines[start]!.text) || HEADING.test(lines[start]!.text)) return null;
  const body = readBody(lines, start, last.table.columns, last.table.title, state, warnings, { firstIsRow: true, noteColumn: last.table.noteColumn });
  if (!body.lines.some((l) => l.cells.length > 0)) return null;
  const part: TablePart = { table: last.table, page: lines[start]!.page, continued: true, lines: body.lines };
  state.last = part;
  state.lastEndedLow = isLastOnPage(lines, body.end, state);
  return { part, start, end: body.end };
}

function noRowReadWarning(table: TableContext, headerLine: Line, file: string): Warning {
  return {
    code: "table_unread",
    message: `found the header of a table on p. ${headerLine.page} but could not read any of its rows; its numbers are not included: check this table in the document`,
    file,
    page: headerLine.page,
    table: table.title,
    tableId: table.id,
    text: headerLine.text,
  };
}

/** Nothing but the running footer follows the table on its page: it may go on over the page break. */
function isLastOnPage(lines: Line[], end: number, state: DocumentState): boolean {
  return lines.slice(end).every((l) => l.y > state.pageHeight * 0.92 || state.isRunning(l));
}

/** Title, unit and price basis come from the lines just above the header (and its corner). */
function tableContext(lines: Line[], header: HeaderBlock, state: DocumentState): TableContext {
  const above = captionAndUnitLines(lines, header.top);
  const caption = above.find((l) => CAPTION.test(l.text))?.text ?? null;
  const heading = above.find((l) => HEADING.test(l.text))?.text ?? null;
  const named = caption === null && heading === null ? largerHeading(above, lines[header.yearLine]!.size) : null;
  const texts = [...above.map((l) => l.text), header.corner, ...header.extraText];
  const unit = firstOf(texts, detectUnit);
  const printedBasis = firstOf(texts, detectPriceBasis);
  const basis: PriceBasis = printedBasis ?? state.statedBasis?.basis ?? { kind: "nominal" };

  const previous = state.last?.table;
  const atPageTop = lines.slice(0, header.top).every((l) => l.y < state.pageHeight * 0.075 || state.isRunning(l));
  const goesOn = caption !== null ? CONTINUED.test(caption) : heading !== null ? false : named !== null ? CONTINUED.test(named) : atPageTop;
  const sameUnit = unit === null || previous?.unit?.multiplier === unit.multiplier;
  if (previous && goesOn && sameUnit && sameColumns(previous.columns, header.columns)) {
    return { ...previous, columns: header.columns, noteColumn: header.noteColumn };
  }
  const title = caption?.trim() ?? heading ?? named ?? "";
  const budgetTable = isBudgetTable(title, header.columns, unit, state.accounts);
  if (budgetTable && !printedBasis && state.statedBasis) state.usedStatedBasis = true;
  return {
    id: `t${String(++state.nextId).padStart(3, "0")}`,
    title,
    unit,
    priceBasis: basis,
    columns: header.columns,
    budgetTable,
    labelLeft: Number.POSITIVE_INFINITY,
    codeColumn: false,
    noteColumn: header.noteColumn,
  };
}

/**
 * Annual reports name a table by a heading set larger than the table ("Resultatrekneskap",
 * "Balanse (held fram)"), with no caption and no number: the nearest such line above it.
 */
function largerHeading(above: Line[], tableSize: number): string | null {
  const line = above.find((l) => l.size >= READER.accounts.titleSizeRatio * tableSize && l.tokens.length <= 10 && /\p{L}{3}/u.test(l.text) && !isUnitLine(l.text));
  return line ? line.text.trim() : null;
}

function captionAndUnitLines(lines: Line[], top: number): Line[] {
  const out: Line[] = [];
  for (let i = top - 1; i >= 0 && top - i <= 4; i--) {
    const line = lines[i]!;
    if (lines[i + 1]!.y - line.y > (HEADING.test(line.text) ? 7 : 4) * line.size) break;
    out.push(line);
    if (CAPTION.test(line.text)) break;
    if (!isUnitLine(line.text) && !detectPriceBasis(line.text) && line.tokens.length > 8) break;
  }
  return out;
}

function firstOf<T>(texts: string[], find: (s: string) => T | null): T | null {
  for (const t of texts) {
    const found = t ? find(t) : null;
    if (found) return found;
  }
  return null;
}

function sameColumns(a: Column[], b: Column[]): boolean {
  return a.length === b.length && a.every((c, i) => c.header === b[i]!.header);
}

function isBudgetTable(title: string, columns: Column[], unit: Unit | null, accounts: boolean): boolean {
  if (isKeyFigureTable(title, columns)) return false;
  // In annual accounts a table of bare years is the accounts themselves.
  return unit !== null || accounts || columns.some((c) => BUDGET_HEADER.test(c.header));
}

/** Key figures (Nøkkeltall, KOSTRA, the country's average) are left out on purpose. */
function isKeyFigureTable(title: string, columns: Column[]): boolean {
  return NON_BUDGET_TITLE.test(title) || columns.some((c) => NON_BUDGET_HEADER.test(c.header));
}

function notBudgetWarning(table: TableContext, headerLine: Line, file: string): Warning {
  return {
    code: "table_unread",
    message: `a table of years on p. ${headerLine.page} names no unit and no budget column (Regnskap, Budsjett …), so it was not read as a budget table: check it in the document`,
    file,
    page: headerLine.page,
    table: table.title,
    tableId: table.id,
    text: headerLine.text,
  };
}

interface Body {
  lines: TableLine[];
  end: number;
  warnings: Warning[];
  /** The amount fragments of the rows placed in the columns, and of those that could not be. */
  placed: Token[][];
  uncertain: Token[][];
  /** Rows with a digit group at the label's edge that could start the number or end the label. */
  ambiguous: number;
}

interface BodyOptions {
  /** The first line is a row even if it stands far below the line before (a table going on at the top of a page). */
  firstIsRow?: boolean;
  /** Read a digit group at the label's edge as part of the label, not as the start of the number after it. */
  groupsInLabel?: boolean;
  /** The table's Note column (annual accounts): its numbers are note references, neither label nor amount. */
  noteColumn?: NoteColumn | null;
}

function readBody(lines: Line[], start: number, columns: Column[], title: string, state: DocumentState, warnings: Warning[], options: BodyOptions = {}): Body {
  const { firstIsRow = false, groupsInLabel = false, noteColumn = null } = options;
  const pitch = columnPitch(columns);
  const labelRight = columns[0]!.right - 0.95 * pitch;
  const out: TableLine[] = [];
  const placed: Token[][] = [];
  const uncertain: Token[][] = [];
  let ambiguous = 0;
  // Ruled accounts tables leave empty spacer rows (READER.accounts.emptyRowPitches); in a budget document a
  // gap that wide is the table's end (a chart's axis, a note under it).
  const emptyRow = state.accounts ? READER.accounts.emptyRowPitches * rowPitch(lines, start) : 0;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    const gapped = prev !== undefined && !(firstIsRow && i === start) && line.y - prev.y > Math.max(3.2 * line.size, emptyRow);
    // Lines read column by column go back up the page where the next text column starts.
    const newColumn = prev !== undefined && !(firstIsRow && i === start) && line.y < prev.y - prev.size;
    if (gapped || newColumn || CAPTION.test(line.text) || isYearLine(line)) break;
    if (FOOTNOTE_LINE.test(line.text) && out.some((l) => l.cells.length > 0)) break;
    const { tokens, note } = noteColumn ? splitNote(line.tokens, noteColumn, line.size) : { tokens: line.tokens, note: null };
    const split = splitLabel(tokens, labelRight, groupsInLabel);
    if (split.ambiguous) ambiguous++;
    const noted = note === null ? {} : { note };
    if (split.frags.length === 0) {
      if (isProse(line, labelRight, pitch) || /^[*¹²³⁴⁵⁶⁷⁸⁹]/u.test(line.text)) break;
      out.push({ line, labelTokens: split.label, cells: [], ...noted });
      continue;
    }
    if (split.frags.some((t) => !isAmountFragment(t.text) && !isCellSuffix(t.text))) break;
    const lastLabel = split.label[split.label.length - 1];
    if (lastLabel && lastLabel.x1 > labelRight + 0.3 * pitch) break;
    // Rows carried over without a header have no header to vouch for them: a
    // line whose number follows its words at a word space is prose ending in a
    // number (as after a section break), not a row, whose amounts stand apart.
    if (firstIsRow && lastLabel && split.frags[0]!.x0 - lastLabel.x1 < READER.carriedOver.proseNumberGapEm * line.size) break;
    const assigned = assignCells(split.frags, columns, line.size);
    if (!assigned || assigned.worst > 0.45 * pitch) {
      warnings.push({ code: "row_uncertain", message: `cannot place the amounts of this row in the table's columns with confidence; the row is left out`, file: state.file, page: line.page, table: title, text: line.text });
      uncertain.push(split.frags);
      continue;
    }
    // Numbers that are their columns' own years ("Følgjande føresetnader er lagt til grunn  2014  2013") head a new table.
    if (assigned.cells.length >= 2 && assigned.cells.every((c) => c.text.replace(/\s/gu, "") === String(columns[c.column]!.year))) break;
    out.push({ line, labelTokens: split.label, cells: assigned.cells, ...noted });
    placed.push(split.frags);
  }
  while (out.length > 0 && out[out.length - 1]!.cells.length === 0 && !continuesLabel(out)) out.pop();
  warnings.push(...gluedGroupWarnings(resolveLabelDigitGroups(out, columns), state.file, title));
  return { lines: out, end: i, warnings, placed, uncertain, ambiguous };
}

/**
 * The table's row pitch, to measure an empty row by: the smallest step
 * between its first few lines (a wrapped label's lines stand closer than rows,
 * which only makes the allowance smaller).
 */
function rowPitch(lines: Line[], start: number): number {
  const steps: number[] = [];
  for (let k = start; k + 1 < lines.length && k < start + 4; k++) steps.push(lines[k + 1]!.y - lines[k]!.y);
  const pitch = steps.length > 0 ? Math.min(...steps) : 0;
  return Math.min(pitch, READER.accounts.maxRowPitchEm * (lines[start]?.size ?? 0));
}

/** Trailing label-only lines in lower case, close under the row above, are the end of that row's label. */
function continuesLabel(out: TableLine[]): boolean {
  for (let k = out.length - 1; k > 0; k--) {
    const line = out[k]!.line;
    const prev = out[k - 1]!;
    if (!/^[a-zæøå(§\d]/u.test(line.text) || line.y - prev.line.y >= 1.45 * line.size) return false;
    if (prev.cells.length > 0) return true;
  }
  return false;
}

/**
 * The label is the text before the amounts; a number inside it ("143 Rammereduksjon", "… 2024") stays in it.
 * A leading digit group drawn apart from the rest of its number ("1" of "1 527 791") can stand left of
 * where the label column seems to end in a tight table: it stays with the number it starts, unless the
 * table's sums say it ends the label (see `bySums`).
 */
function splitLabel(tokens: Token[], labelRight: number, groupsInLabel: boolean): { label: Token[]; frags: Token[]; ambiguous: boolean } {
  let s = tokens.length;
  while (s > 0 && (isAmountFragment(tokens[s - 1]!.text) || (isCellSuffix(tokens[s - 1]!.text) && s > 1 && isAmountFragment(tokens[s - 2]!.text)))) s--;
  let ambiguous = false;
  while (s < tokens.length && tokens[s]!.x1 < labelRight) {
    if (startsNumber(tokens[s]!, tokens[s + 1])) {
      ambiguous = true;
      if (!groupsInLabel) break;
    }
    s++;
  }
  return { label: tokens.slice(0, s), frags: tokens.slice(s), ambiguous };
}

/** A line that runs on into the amount columns with words is prose, not a row. */
function isProse(line: Line, labelRight: number, pitch: number): boolean {
  const last = line.tokens[line.tokens.length - 1]!;
  return last.x1 > labelRight + 0.5 * pitch && line.tokens.length > 3;
}

/** Numbers are right-aligned in almost every budget table: move each column's edge to where its numbers end. */
function refineColumns(body: TableLine[], columns: Column[]): void {
  columns.forEach((col, j) => {
    const rights = body.flatMap((l) => l.cells.filter((c) => c.column === j).map((c) => c.x1)).sort((a, b) => a - b);
    if (rights.length >= 2) col.right = rights[Math.floor(rights.length / 2)]!;
  });
}
