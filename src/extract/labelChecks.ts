// A row's label is checked before its figures are trusted: a label that holds a
// wide gap was joined from two places (prose of the other text column, a code
// printed mid-line), and a label that stops mid-phrase lost its last line to
// another row. Either way the row may be the wrong row for its numbers.
import { SUB_ROW_START, UNFINISHED_END } from "./vocabulary.js";
import { READER } from "./settings.js";
import type { TableLine } from "./types.js";

export type LabelDoubt =
  /** Words of the label stand further apart than a word space: two texts were joined. */
  | "gap_in_label"
  /** The label ends in "og", "til", "(§" …: its end is on a line the reader gave to another row. */
  | "label_unfinished";


const LEADING_MARK = /^(\d[\d.]*|[+=±−–-]|\+\/-|\p{Lu}\.?)$/u;

/**
 * A label begins with a capital, a code or an operator ("143 Rammereduksjon", "+ Renter"). One that
 * begins in lower case, or with a number and then a lower-case word ("2 og 3"), is the second line
 * of a wrapped label that the reader took for a row of its own.
 */
const STARTS_MID_PHRASE = /^(\p{Ll}|\d+[.,]?\s+\p{Ll})/u;

export function labelDoubt(lines: TableLine[], label: string): LabelDoubt | null {
  for (const tl of lines) {
    const size = tl.line.size;
    // Codes ("5656 85") and operators ("+", "=", "+/-") before the words stand in columns of their own.
    const words = tl.labelTokens.slice(tl.labelTokens.findIndex((t) => !LEADING_MARK.test(t.text)));
    const gap = words.slice(1).some((t, k) => t.x0 - words[k]!.x1 > READER.label.maxWordGapEm * size);
    if (gap) return "gap_in_label";
  }
  const open = (label.match(/\(/g) ?? []).length;
  const close = (label.match(/\)/g) ?? []).length;
  if (UNFINISHED_END.test(label.trim()) || open > close) return "label_unfinished";
  if (STARTS_MID_PHRASE.test(label.trim()) && !SUB_ROW_START.test(label.trim())) return "label_unfinished";
  return null;
}
