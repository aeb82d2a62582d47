// How a row whose figures may be wrong is marked: a mark on the row itself and
// words saying why and where, so that a figure copied out of any output carries
// its doubt with it (a warning on stderr is gone once the output is pasted).
import type { ItemFlag, Provenance } from "../model/types.js";
import type { Lang } from "./format.js";
import { flagPhrases, reasonOf, type FlagReason } from "./flagPhrases.js";
import { joinList } from "./phrases.js";
import { baseName } from "./realTermsView.js";

/**
 * The mark on a flagged row. Plain ASCII "!" because it survives every place a
 * figure is pasted: Word keeps it in the document's own font (a "⚠" becomes an
 * emoji or a box), every Windows console code page has it (cp437/cp850 have no
 * warning sign), Markdown reads it as text unless "[" follows, and it cannot be
 * taken for the "*" of an anslag, a minus sign or a digit.
 */
export const UNCERTAIN_MARK = "!";

/** Anything with flags and a place in a document: a line item or a real-terms row's item. */
export interface Flagged {
  flags: readonly ItemFlag[];
  provenance: Provenance;
}

/** The label with the mark after it when the row is flagged, as a footnote mark stands. */
export function markedLabel(label: string, flags: readonly ItemFlag[]): string {
  return flags.length === 0 ? label : `${label} ${UNCERTAIN_MARK}`;
}

interface Group {
  reason: FlagReason;
  file: string;
  table: string;
  pages: number[];
}

/** One group per reason and table, in the order the rows come, with the pages of its rows. */
function groups(rows: readonly Flagged[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const row of rows) {
    const { file, tableTitle: table, page } = row.provenance;
    for (const reason of new Set(row.flags.map((f) => reasonOf[f]))) {
      const key = JSON.stringify([reason, file, table]);
      const group = byKey.get(key) ?? { reason, file, table, pages: [] };
      if (!group.pages.includes(page)) group.pages.push(page);
      byKey.set(key, group);
    }
  }
  return [...byKey.values()];
}

/** "radene i «Tabell 2.1» summerer ikke til summen i dokumentet (s. 7)", one per reason and table. */
function clauses(rows: readonly Flagged[], lang: Lang): string[] {
  const f = flagPhrases(lang);
  const files = new Set(rows.map((r) => r.provenance.file));
  return groups(rows).map((g) => {
    const pages = f.pages(joinList([...g.pages].sort((a, b) => a - b).map(String), f.and));
    const where = files.size > 1 ? `${baseName(g.file)} ${pages}` : pages;
    return `${f.reason[g.reason](g.table || f.untitled)} (${where})`;
  });
}

/**
 * The footnote under a table: "! Usikkert tall: … (s. 7)." per reason and
 * table, the advice once at the end. Empty when no row is flagged.
 */
export function uncertainFootnote(rows: readonly Flagged[], lang: Lang): string[] {
  const f = flagPhrases(lang);
  const lines = clauses(rows, lang).map((c) => `${UNCERTAIN_MARK} ${f.heading}: ${c}.`);
  if (lines.length === 0) return [];
  return [...lines.slice(0, -1), `${lines[lines.length - 1]} ${f.advice}`];
}

/** The end of a flagged row's sentence: "Usikkert tall: … (s. 7). Kontroller …"; null for a row without flags. */
export function uncertainSentence(row: Flagged, lang: Lang): string | null {
  const f = flagPhrases(lang);
  const said = clauses([row], lang);
  return said.length === 0 ? null : `${f.heading}: ${said.join("; ")}. ${f.advice}`;
}
