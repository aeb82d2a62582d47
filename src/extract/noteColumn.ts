// Annual accounts print a "Note" column between the label and the amounts: a
// reference to the note that explains the row ("Driftsinntekter  12  80 990 317").
// Its cells are small numbers in the label's zone, so without this the note
// would end the label ("Driftsinntekter 12") or, worse, join the first amount.
import { CELL_UNIT_WORD, NOTE_HEADER } from "./vocabulary.js";
import { READER } from "./settings.js";
import type { NoteColumn, Token } from "./types.js";


/** A note reference: "12", "2,5", "5, 6", "2-3", "7a". */
const NOTE_REF = /^\d{1,2}[a-z]?(?:[,–-]\d{1,2}[a-z]?)*,?$/u;


/** The Note header on the year line, left of the first amount column. */
export function findNoteColumn(yearLineTokens: Token[], firstColumnLeft: number): NoteColumn | null {
  const word = yearLineTokens.find((t) => NOTE_HEADER.test(t.text) && t.x1 < firstColumnLeft);
  return word ? { x0: word.x0, x1: word.x1 } : null;
}

/**
 * Takes the note reference out of a row's tokens: numbers that stand under the
 * Note header with no word of the label after them. A number inside the label
 * ("Tilskot etter § 12 i lova") has words after it and stays in the label.
 */
export function splitNote(tokens: Token[], column: NoteColumn, size: number): { tokens: Token[]; note: string | null } {
  const slack = READER.accounts.noteColumnSlackEm * size;
  const inColumn = (t: Token) => t.x0 >= column.x0 - slack && t.x1 <= column.x1 + slack;
  const picked = tokens.filter((t) => inColumn(t) && NOTE_REF.test(t.text));
  if (picked.length === 0) return { tokens, note: null };
  const last = tokens.indexOf(picked[picked.length - 1]!);
  const wordsAfter = tokens.slice(last + 1).some((t) => /\p{L}/u.test(t.text) && !CELL_UNIT_WORD.test(t.text));
  const first = tokens.indexOf(picked[0]!);
  if (wordsAfter || first === 0) return { tokens, note: null };
  return { tokens: tokens.filter((t) => !picked.includes(t)), note: picked.map((t) => t.text).join(" ") };
}
