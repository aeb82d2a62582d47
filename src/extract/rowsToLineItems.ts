import { ABBREVIATION_END, JOINING_END, PERCENT_ROW, SUM_LABEL, TOTAL_LABEL } from "./vocabulary.js";
import { cellToKroner, parseAmount } from "../amounts/index.js";
import type { AmountValue, LineItem, PriceBasis, RowRole, Warning } from "../model/types.js";
import { joinTokens } from "./runsToLines.js";
import { labelDoubt, type LabelDoubt } from "./labelChecks.js";
import { READER } from "./settings.js";
import { splitOperator } from "./labelOperator.js";
import { splitCodes } from "./splitCodes.js";
import type { Cell, Column, TableLine, TablePart } from "./types.js";

/** A table row after wrapped label lines are joined to the line with its amounts. */
interface Row {
  label: string;
  labelX: number;
  lines: TableLine[];
  cells: Cell[];
  page: number;
}


const LOWER_START = /^[a-zæøå(§]/u;

export function tablePartToLineItems(part: TablePart, file: string, pageLabels: Map<number, string>, warnings: Warning[]): LineItem[] {
  const codes = splitCodes(part.lines, part.table.codeColumn);
  if (codes.size > 0) part.table.codeColumn = true;
  const rows = tableLinesToRows(part.lines);
  // The label edge of the whole table, over its pages: a page of only indented rows stays indented.
  part.table.labelLeft = Math.min(part.table.labelLeft, ...rows.map((r) => r.labelX));
  const labelLeft = part.table.labelLeft;
  const items: LineItem[] = [];
  rows.forEach((row, idx) => {
    if (row.cells.length === 0) return;
    if (row.label.trim() === "") {
      warnings.push({ code: "row_without_label", message: "a row of amounts has no label; it is left out", file, page: row.page, table: part.table.title, tableId: part.table.id, text: row.lines.map((l) => l.line.text).join(" / ") });
      return;
    }
    const item = rowToLineItem(row, part, file, labelLeft, rows, idx, warnings);
    // A row that prints only per cents or changes has no amount for any year.
    if (item.values.every((v) => v.blank) || PERCENT_ROW.test(item.labelBase)) return;
    item.code = row.lines.map((l) => codes.get(l)).find((c) => c !== undefined) ?? null;
    const note = row.lines.map((l) => l.note).find((n) => n !== undefined);
    if (note !== undefined) item.noteRef = note;
    const doubt = labelDoubt(row.lines, item.label);
    if (doubt) {
      item.flags.push("uncertain_reading");
      warnings.push(labelDoubtWarning(doubt, item, part.table.title));
    }
    // A line read with a choice the table could not confirm (its warning was given where the line was read).
    if (row.lines.some((l) => l.uncertain !== undefined) && !item.flags.includes("uncertain_reading")) item.flags.push("uncertain_reading");
    const label = pageLabels.get(row.page);
    if (label !== undefined) item.provenance.pageLabel = label;
    items.push(item);
  });
  return items;
}

/** Joins the lines of a wrapped label; a line without amounts that does not continue a label is a group heading. */
export function tableLinesToRows(lines: TableLine[]): Row[] {
  const near = wrapGap(lines);
  const rows: Row[] = [];
  let pending: TableLine[] = [];
  for (const tl of lines) {
    const text = joinTokens(tl.labelTokens);
    const last = rows[rows.length - 1];
    if (tl.cells.length === 0) {
      if (last && continuesAbove(last, tl, text, pending, near)) appendLabel(last, tl, text);
      else pending.push(tl);
      continue;
    }
    const start = leadingLines(pending, text, tl, near);
    for (const p of pending.slice(0, pending.length - start.length)) rows.push(headingRow(p));
    const label = [...start.map((p) => joinTokens(p.labelTokens)), text].reduce(joinLabel, "");
    const first = start[0] ?? tl;
    rows.push({ label, labelX: (first.labelTokens[0] ?? tl.line.tokens[0]!).x0, lines: [...start, tl], cells: tl.cells, page: tl.line.page });
    pending = [];
  }
  return rows;
}

// Tolerances, each with its reason, in READER.wrappedLabel (settings.ts).
const { gapEm: WRAP_GAP_EM, rowPitchShare: ROW_PITCH_SHARE, openEndGapEm: OPEN_WRAP_GAP_EM } = READER.wrappedLabel;

/**
 * The largest distance between two lines of one wrapped label: under the pitch
 * of separate rows (the least distance between two lines with amounts), or a
 * fixed number of ems where the table has no two such lines.
 */
function wrapGap(lines: TableLine[]): (upper: TableLine, lower: TableLine) => boolean {
  let rowPitch = Number.POSITIVE_INFINITY;
  for (let k = 1; k < lines.length; k++) {
    const [a, b] = [lines[k - 1]!, lines[k]!];
    if (a.cells.length > 0 && b.cells.length > 0 && b.line.y > a.line.y) rowPitch = Math.min(rowPitch, b.line.y - a.line.y);
  }
  return (upper, lower) => {
    const gap = lower.line.y - upper.line.y;
    const byEm = WRAP_GAP_EM * lower.line.size;
    return gap < (Number.isFinite(rowPitch) ? Math.max(byEm, ROW_PITCH_SHARE * rowPitch) : byEm);
  };
}

type Near = ReturnType<typeof wrapGap>;

/** A label line that stops mid-phrase goes on on the next line even where the table sets its lines far apart. */
function nearForOpenEnd(upper: TableLine, lower: TableLine): boolean {
  return lower.line.y - upper.line.y < OPEN_WRAP_GAP_EM * lower.line.size;
}

/** The label-only lines just above a row that run on into it (a label wrapped with the amounts on its last line). */
function leadingLines(pending: TableLine[], text: string, tl: TableLine, near: Near): TableLine[] {
  let k = pending.length;
  let nextText = text;
  let next = tl;
  while (k > 0) {
    const prev = pending[k - 1]!;
    const prevText = joinTokens(prev.labelTokens);
    if (!leadsInto(prevText, nextText, prev, next, near)) break;
    k--;
    nextText = prevText;
    next = prev;
  }
  return pending.slice(k);
}

function headingRow(tl: TableLine): Row {
  return { label: joinTokens(tl.labelTokens), labelX: tl.labelTokens[0]?.x0 ?? tl.line.tokens[0]!.x0, lines: [tl], cells: [], page: tl.line.page };
}

/**
 * A label-only line right under a row is the rest of that row's label when it
 * starts in lower case, when the label above stops mid-phrase ("… og" / "SFO",
 * "(§" / "31 og § 19 a)"), or when the row's amounts stood on a line of their
 * own, centred beside a label of two lines.
 */
function continuesAbove(last: Row, tl: TableLine, text: string, pending: TableLine[], near: Near): boolean {
  if (pending.length > 0 || last.cells.length === 0) return false;
  const prev = last.lines[last.lines.length - 1]!;
  const centred = prev.labelTokens.length === 0 && last.lines.length > 1;
  const goesOn = (near(prev, tl) && (LOWER_START.test(text) || centred)) || (endsOpen(last.label) && nearForOpenEnd(prev, tl));
  return goesOn && (tl.labelTokens[0]?.x0 ?? 0) >= last.labelX - 1;
}

/** A label-only line that ends mid-phrase, or whose next line goes on in lower case or holds only the amounts, leads into that next row. */
function leadsInto(prevText: string, text: string, prev: TableLine, tl: TableLine, near: Near): boolean {
  if (endsOpen(prevText) && nearForOpenEnd(prev, tl)) return true;
  return near(prev, tl) && (LOWER_START.test(text) || (text === "" && prevText !== ""));
}

/** A label that stops mid-phrase: a hyphen, a joining word, a comma, or a parenthesis not yet closed. */
function endsOpen(label: string): boolean {
  return JOINING_END.test(label) || /§$/u.test(label) || (label.match(/\(/gu)?.length ?? 0) > (label.match(/\)/gu)?.length ?? 0);
}

function appendLabel(row: Row, tl: TableLine, text: string): void {
  row.label = joinLabel(row.label, text);
  row.lines.push(tl);
}

/** "Barnevern-" + "tjenesten" → "Barneverntjenesten"; "Helse og" + "omsorg" → "Helse og omsorg". */
export function joinLabel(a: string, b: string): string {
  if (a === "" || b === "") return a + b;
  // "Lønns-" + "og prisvekst" keeps its hyphen: the word after it is the conjunction, not the word's end.
  if (/\p{Ll}-$/u.test(a) && LOWER_START.test(b) && !/^(og|eller|og\/eller)\s/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

const FOOTNOTE = /(\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,\s]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|\*+|\s+\d\))$/u;

export function splitFootnote(label: string): { base: string; marker: string | null } {
  const m = FOOTNOTE.exec(label);
  if (!m || m.index === 0) return { base: label, marker: null };
  return { base: label.slice(0, m.index).trim(), marker: m[1]!.trim() };
}


/**
 * Dot leaders ("Fiskeravgifter ........") guide the eye to the amounts; they are not part of the label.
 * Leaders that run on from an abbreviation ("mv............") keep the abbreviation's own dot.
 */
function withoutLeaders(printed: string): string {
  // Leaders drawn as ellipsis characters are leaders all the same.
  const label = printed.replace(/\u2026/gu, "...");
  const trailing = /((?:\.\s?){3,})\s*$/u.exec(label);
  let out = label;
  if (trailing) {
    const head = label.slice(0, trailing.index);
    out = ABBREVIATION_END.test(head) ? `${head}.` : head;
  }
  return out.replace(/\s*(\.\s?){3,}/gu, " ").trim();
}

function rowToLineItem(row: Row, part: TablePart, file: string, labelLeft: number, rows: Row[], idx: number, warnings: Warning[]): LineItem {
  row.label = withoutLeaders(row.label);
  const { base: withOperator, marker } = splitFootnote(row.label);
  // "- Utbetalingar til drift": the label keeps its operator as printed, the base is the row's name (see labelOperator.ts).
  // A "=" row is not made a sum: statements print it as A − B as often as A + B, so it need not add up.
  const base = splitOperator(withOperator).rest;
  const indent = row.labelX > labelLeft + 3 ? 1 : 0;
  const t = part.table;
  return {
    label: row.label,
    labelBase: base,
    footnoteMarker: marker,
    code: null,
    role: rowRole(base, indent, rows, idx),
    indent,
    unit: t.unit ?? { multiplier: 1, printed: "" },
    priceBasis: t.priceBasis,
    provenance: { file, page: row.page, tableTitle: t.title },
    tableId: t.id,
    printedRow: row.lines.map((l) => l.line.text).join(" / "),
    values: rowValues(row, t.columns, t, file, warnings),
    flags: t.unit || row.cells.every((c) => cellHasUnit(c.text)) ? [] : ["unit_unknown"],
  };
}


/** The last row of a whole table (over all its pages) is its total when its label says so. */
export function markTotals(table: LineItem[]): void {
  const last = table[table.length - 1];
  // "= Netto kontantstrøm" is computed (A − B) by the statement, not a total of the rows above.
  if (last && TOTAL_LABEL.test(last.labelBase) && splitOperator(last.label).operator === null) last.role = "total";
}

function rowRole(label: string, indent: number, rows: Row[], idx: number): RowRole {
  if (SUM_LABEL.test(label)) return "sum";
  if (indent > 0) {
    for (let k = idx - 1; k >= 0; k--) {
      const r = rows[k]!;
      if (r.labelX < rows[idx]!.labelX - 3) return r.cells.length > 0 ? "sub" : "item";
    }
  }
  return "item";
}

/** "1 253,0 mill." and "19 904 407 kr" carry their own unit; a table without a unit line is then still clear. */
function cellHasUnit(text: string): boolean {
  const parsed = parseAmount(text);
  return parsed.kind !== "amount" || parsed.cellUnit !== null;
}

function rowValues(row: Row, columns: Column[], t: TablePart["table"], file: string, warnings: Warning[]): AmountValue[] {
  const values: AmountValue[] = [];
  columns.forEach((col, j) => {
    if (!col.inValues || col.year === null || col.kind === null) return;
    const cell = row.cells.find((c) => c.column === j);
    const basis = valueBasis(t.priceBasis, col.year);
    if (!cell) {
      values.push({ year: col.year, column: col.header, kind: col.kind, amountNok: null, printed: "", blank: true, priceBasis: basis });
      return;
    }
    const parsed = parseAmount(cell.text);
    const unit = t.unit ?? { multiplier: 1, printed: "" };
    const kroner = parsed.kind === "not_amount" ? null : cellToKroner(parsed, unit);
    if (parsed.kind === "not_amount" || kroner === null) {
      warnings.push({ code: "cell_unreadable", message: `cell "${cell.text}" is not a number; the value is left out`, file, page: row.page, table: t.title, tableId: t.id, text: row.label });
      return;
    }
    values.push({ year: col.year, column: col.header, kind: col.kind, amountNok: kroner, printed: cell.text, blank: false, priceBasis: basis });
  });
  return values;
}

/** A fixed-price table's prices apply to its plan years; accounts and earlier budgets stay nominal. */
function valueBasis(basis: PriceBasis, year: number): PriceBasis {
  return basis.kind === "fixed" && year < basis.year ? { kind: "nominal" } : basis;
}

function labelDoubtWarning(doubt: LabelDoubt, item: LineItem, table: string): Warning {
  const why = doubt === "gap_in_label" ? "joins texts that stand apart on the page" : "stops mid-phrase (its end may be on another row)";
  return {
    code: "label_in_doubt",
    message: `the label "${item.label}" on p. ${item.provenance.page} ${why}: the row and its figures may be misread; check it in the document`,
    file: item.provenance.file,
    page: item.provenance.page,
    table,
    tableId: item.tableId,
    text: item.printedRow,
  };
}
