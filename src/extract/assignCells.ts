import { CELL_UNIT_WORD } from "./vocabulary.js";
import type { Cell, Column, Token } from "./types.js";

/** Is this token a piece of an amount: digits, a sign, parentheses, a zero dash, a `,-` ending? */
export function isAmountFragment(text: string): boolean {
  return /^[−–\-(]?\d[\d.,]*\)?(,-)?$/u.test(text) || /^[-–—−]$/u.test(text) || /^[−–\-(]$/u.test(text);
}


/** Tokens that must stay with the number before them (`1 253,0 mill.`, `19 904 407 kr`). */
export function isCellSuffix(text: string): boolean {
  return CELL_UNIT_WORD.test(text);
}

/** Widest gap between digit groups of one number drawn apart, in em (tight tables draw them about 1 pt apart). */
const GROUP_GAP_EM = 0.9;
/** A number's first group: one to three digits, never a leading zero ("0" next to "131 032" is a cell of its own). */
const LEADING_GROUP = /^[−–\-(]?[1-9]\d{0,2}$/u;

/** Is `t` the first digit group of a number that goes on in `next` ("1" before "527", "−32" before "988")? */
export function startsNumber(t: Token, next: Token | undefined): boolean {
  return next !== undefined && LEADING_GROUP.test(t.text) && nextGroup(t, next);
}

/** May the number `t` ends go on in `next`: is `t` a first or a middle digit group with another group close after it? */
export function mayGoOn(t: Token, next: Token | undefined): boolean {
  return next !== undefined && (LEADING_GROUP.test(t.text) || /^\d{3}$/u.test(t.text)) && nextGroup(t, next);
}

function nextGroup(t: Token, next: Token): boolean {
  return /^\d{3}(\D|$)/u.test(next.text) && next.x0 - t.x1 <= GROUP_GAP_EM * t.size;
}

interface Candidate {
  text: string;
  x0: number;
  x1: number;
}

/**
 * Could these fragments be one printed number? Norwegian groups: one to three
 * digits (not starting with 0), then groups of exactly three, the last may carry decimals.
 */
function joinedNumber(frags: Token[], size: number): Candidate | null {
  for (let i = 1; i < frags.length; i++) {
    if (frags[i]!.x0 - frags[i - 1]!.x1 > GROUP_GAP_EM * size) return null;
  }
  const text = frags.map((f) => f.text).join(" ");
  const hasSuffix = frags.length > 1 && isCellSuffix(frags[frags.length - 1]!.text);
  const digits = hasSuffix ? frags.slice(0, -1) : frags;
  if (digits.some((f) => isCellSuffix(f.text))) return null;
  const core = digits.map((f) => f.text).join(" ");
  const ok =
    digits.length === 1 ||
    /^[−–\-(]?\s?[1-9]\d{0,2}( \d{3})+(,\d+)?\)?(,-)?$/u.test(core) ||
    (digits.length === 2 && /^[−–\-(]$/u.test(digits[0]!.text) && /^\d[\d.,]*\)?$/u.test(digits[1]!.text));
  if (!ok) return null;
  return { text, x0: frags[0]!.x0, x1: frags[frags.length - 1]!.x1 };
}

export interface Assignment {
  cells: Cell[];
  /** Largest distance between a cell's edge and its column's edge, in points. */
  worst: number;
}

/**
 * Splits a row's amount fragments into cells and places them in columns, by
 * dynamic programming: the best split puts every cell's right edge nearest its
 * column's right edge, columns stay in order, and a column may stay empty.
 * This is what tells "1 234" (one cell, digit groups drawn apart) from "1" and
 * "234" in two tight columns: only the column edges can.
 */
export function assignCells(frags: Token[], columns: Column[], size: number): Assignment | null {
  const n = frags.length;
  const m = columns.length;
  if (n === 0) return { cells: [], worst: 0 };
  const INF = Number.POSITIVE_INFINITY;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const back: ([number, number, Candidate | null] | null)[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(null));
  for (let j = 0; j <= m; j++) cost[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      if (cost[i]![j - 1]! < cost[i]![j]!) {
        cost[i]![j] = cost[i]![j - 1]!;
        back[i]![j] = [i, j - 1, null];
      }
      for (let k = Math.max(0, i - 4); k < i; k++) {
        const cand = joinedNumber(frags.slice(k, i), size);
        if (!cand || cost[k]![j - 1] === INF || reachesIntoPrevious(cand, columns, j - 1, size)) continue;
        const c = cost[k]![j - 1]! + Math.abs(cand.x1 - columns[j - 1]!.right) + 0.1;
        if (c < cost[i]![j]!) {
          cost[i]![j] = c;
          back[i]![j] = [k, j - 1, cand];
        }
      }
    }
  }
  if (cost[n]![m] === INF) return null;
  return unwind(back, n, m, columns);
}

/**
 * A cell cannot start left of where the previous column's numbers end: that
 * is what keeps "233 088" and "249 851" in two tight columns from being read
 * as one number "233 088 249 851".
 */
function reachesIntoPrevious(cand: Candidate, columns: Column[], j: number, size: number): boolean {
  return j > 0 && cand.x0 < columns[j - 1]!.right - 0.8 * size;
}

function unwind(back: ([number, number, Candidate | null] | null)[][], n: number, m: number, columns: Column[]): Assignment {
  const cells: Cell[] = [];
  let worst = 0;
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const step = back[i]![j]!;
    const [pi, pj, cand] = step;
    if (cand) {
      cells.unshift({ column: pj, text: cand.text, x0: cand.x0, x1: cand.x1 });
      worst = Math.max(worst, Math.abs(cand.x1 - columns[pj]!.right));
    }
    i = pi;
    j = pj;
  }
  return { cells, worst };
}
