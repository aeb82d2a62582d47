// A 7-digit amount in the first amount column reaches so far left that its
// first digit group ("3" of "3 652 868") can fall inside the label column and
// be read as the end of the label ("A. Totale inntekter 3" | 652 868). A label
// may also really end in a number ("Tiltak 3"). Both readings are kept as
// candidates and the line's own geometry and its table decide; when nothing
// does, the row is flagged and warned about rather than read silently.
import { SUM_LABEL } from "./vocabulary.js";
import { Decimal } from "decimal.js";
import { parseAmount } from "../amounts/index.js";
import type { Warning } from "../model/types.js";
import { READER } from "./settings.js";
import type { Cell, Column, TableLine, Token } from "./types.js";

/** A digit group that can start a number: one to three digits, maybe a sign or an opening parenthesis. */
const LEADING_GROUP = /^[−–\-(]?\d{1,3}$/u;
/** A number whose first group has exactly three digits, so a leading group can join it. */
const FOLLOWING_GROUPS = /^\d{3}( \d{3})*(,\d+)?\)?$/u;

// Tolerances, each with its reason, in READER.labelDigitGroup (settings.ts).
const { apartEm: APART_EM, edgeJitterPt: EDGE_JITTER } = READER.labelDigitGroup;

export type GlueReading = "amount" | "label" | "unsure";

export interface GlueDecision {
  line: TableLine;
  reading: GlueReading;
  /** The number read with the leading group joined, as it would be printed. */
  joined: string;
}

/**
 * For every line whose label ends in a digit group that can join its first
 * cell, decides which reading holds and applies it: the group moves into the
 * cell, or stays in the label. "unsure" keeps the joined reading (a number
 * that is too small by a factor of a thousand or more is the worse mistake)
 * and marks the line so the row is flagged.
 */
export function resolveLabelDigitGroups(lines: TableLine[], columns: Column[]): GlueDecision[] {
  const decisions: GlueDecision[] = [];
  const candidates = lines.filter((l) => candidateOf(l) !== null);
  for (const line of candidates) {
    const { group, before, cell } = candidateOf(line)!;
    const reading = decide(line, group, before, cell, lines, candidates, columns);
    const joined = `${group.text} ${cell.text}`;
    if (reading !== "label") {
      line.labelTokens = line.labelTokens.slice(0, -1);
      const index = line.cells.indexOf(cell);
      line.cells = line.cells.map((c, k) => (k === index ? { ...c, text: joined, x0: group.x0 } : c));
    }
    if (reading === "unsure") line.uncertain = `the label ends in "${group.text}" and the amount "${cell.text}" follows: read as ${joined}, but it may be the label's number`;
    decisions.push({ line, reading, joined });
  }
  return decisions;
}

interface Candidate {
  group: Token;
  before: Token;
  cell: Cell;
}

function candidateOf(line: TableLine): Candidate | null {
  const n = line.labelTokens.length;
  if (n < 2 || line.cells.length === 0) return null;
  const group = line.labelTokens[n - 1]!;
  const cell = line.cells.reduce((a, b) => (b.x0 < a.x0 ? b : a));
  if (!LEADING_GROUP.test(group.text) || !FOLLOWING_GROUPS.test(cell.text) || cell.x0 < group.x1) return null;
  return { group, before: line.labelTokens[n - 2]!, cell };
}

function decide(line: TableLine, group: Token, before: Token, cell: Cell, lines: TableLine[], candidates: TableLine[], columns: Column[]): GlueReading {
  const em = line.line.size;
  const gapLeft = group.x0 - before.x1;
  const gapRight = cell.x0 - group.x1;
  const apart = gapLeft - gapRight >= APART_EM * em;
  const close = gapRight - gapLeft >= APART_EM * em;
  // Other rows' numbers in this column (not themselves in doubt) reach as far left: the joined number fits the column.
  const others = lines.filter((l) => !candidates.includes(l)).flatMap((l) => l.cells.filter((c) => c.column === cell.column));
  const fits = others.some((c) => c.x0 <= group.x0 + EDGE_JITTER);
  // Another year of the same row has as many digit groups as the joined number.
  const groups = (text: string) => text.replace(/,\d+/u, "").split(" ").length;
  const joinedGroups = groups(cell.text) + 1;
  const sameSize = line.cells.some((c) => c !== cell && columns[c.column]?.inValues && groups(c.text) === joinedGroups);
  const forAmount = apart || fits || sameSize;
  if (forAmount && !close) return "amount";
  if (close && !forAmount) return "label";
  return bySum(line, group, cell, lines) ?? "unsure";
}

const TOTAL = SUM_LABEL;

/**
 * The table's sum decides where the geometry does not: the first total row
 * below the line, against the rows since the last total above it. Only the
 * reading that makes the column add up (to within the rounding of each row's
 * last digit) is taken; a sum that fits neither, or both, decides nothing.
 */
function bySum(line: TableLine, group: Token, cell: Cell, lines: TableLine[]): GlueReading | null {
  const at = lines.indexOf(line);
  const end = lines.findIndex((l, k) => k > at && TOTAL.test(l.labelTokens.map((t) => t.text).join(" ")));
  if (end < 0) return null;
  const start = lines.slice(0, at).map((l) => TOTAL.test(l.labelTokens.map((t) => t.text).join(" "))).lastIndexOf(true) + 1;
  const valueIn = (l: TableLine) => l.cells.find((c) => c.column === cell.column)?.text;
  const total = amountOf(valueIn(lines[end]!));
  if (total === null) return null;
  let rest = new Decimal(0);
  let rows = 0;
  for (const l of lines.slice(start, end)) {
    if (l === line) continue;
    const v = amountOf(valueIn(l));
    if (v !== null) [rest, rows] = [rest.plus(v), rows + 1];
  }
  const short = amountOf(cell.text);
  const joined = amountOf(`${group.text} ${cell.text}`);
  if (short === null || joined === null) return null;
  const tolerance = 0.5 * (rows + 2); // half a unit of the last digit for each row added and for the total
  const fits = (x: Decimal) => rest.plus(x).minus(total).abs().lte(tolerance);
  if (fits(joined) && !fits(short)) return "amount";
  if (fits(short) && !fits(joined)) return "label";
  return null;
}

function amountOf(text: string | undefined): Decimal | null {
  if (text === undefined) return null;
  const parsed = parseAmount(text);
  return parsed.kind === "amount" ? parsed.value : null;
}

/** One warning per row left in doubt, naming its page and table. */
export function gluedGroupWarnings(decisions: GlueDecision[], file: string, table: string): Warning[] {
  return decisions
    .filter((d) => d.reading === "unsure")
    .map((d) => ({
      code: "label_in_doubt",
      message: `${d.line.uncertain}; check this row in the document`,
      file,
      page: d.line.line.page,
      table,
      text: d.line.line.text,
    }));
}
