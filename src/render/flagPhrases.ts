// The words for rows whose figures may be wrong (ItemFlag), per language: the
// footnote under a real-terms table and the end of the ready-made sentence.
import type { ItemFlag } from "../model/types.js";
import type { Lang } from "./format.js";

/** Flags that are said the same way: a row and its sum are both suspect when the sum fails. */
export type FlagReason = "sum" | "unit" | "reading" | "cells";

export const reasonOf: Record<ItemFlag, FlagReason> = {
  sum_mismatch: "sum",
  in_failed_sum: "sum",
  unit_unknown: "unit",
  uncertain_reading: "reading",
  unread_cells: "cells",
};

export interface FlagPhrases {
  /** "Usikkert tall": what the mark means, first in every footnote line. */
  heading: string;
  /** What went wrong in a table, from its title as printed. */
  reason: Record<FlagReason, (table: string) => string>;
  /** Where: "s. 7", "s. 7 og 9". */
  pages: (pages: string) => string;
  and: string;
  advice: string;
  /** Stands for the title of a table that prints none. */
  untitled: string;
}

const nb: FlagPhrases = {
  heading: "Usikkert tall",
  reason: {
    sum: (t) => `radene i «${t}» summerer ikke til summen i dokumentet`,
    unit: (t) => `fant ingen enhet for «${t}», så beløpene er lest som hele kroner`,
    reading: (t) => `programmet er usikkert på hvordan rader i «${t}» er lest`,
    cells: (t) => `noen tall i rader i «${t}» ble ikke lest`,
  },
  pages: (p) => `s. ${p}`,
  and: "og",
  advice: "Kontroller tallene mot dokumentet før du bruker dem.",
  untitled: "tabell uten tittel",
};

const nn: FlagPhrases = {
  heading: "Usikkert tal",
  reason: {
    sum: (t) => `radene i «${t}» summerer ikkje til summen i dokumentet`,
    unit: (t) => `fann inga eining for «${t}», så beløpa er lesne som heile kroner`,
    reading: (t) => `programmet er usikkert på korleis rader i «${t}» er lesne`,
    cells: (t) => `nokre tal i rader i «${t}» vart ikkje lesne`,
  },
  pages: (p) => `s. ${p}`,
  and: "og",
  advice: "Kontroller tala mot dokumentet før du brukar dei.",
  untitled: "tabell utan tittel",
};

const en: FlagPhrases = {
  heading: "Uncertain figure",
  reason: {
    sum: (t) => `the rows of «${t}» do not add up to the total printed in the document`,
    unit: (t) => `no unit was found for «${t}», so its amounts are read as whole kroner`,
    reading: (t) => `the reader is unsure how rows of «${t}» were read`,
    cells: (t) => `some numbers printed in rows of «${t}» were not read`,
  },
  pages: (p) => (p.includes(" ") ? `pp. ${p}` : `p. ${p}`),
  and: "and",
  advice: "Check the figures against the document before you use them.",
  untitled: "untitled table",
};

const byLang = { nb, nn, en } satisfies Record<Lang, FlagPhrases>;

export function flagPhrases(lang: Lang): FlagPhrases {
  return byLang[lang];
}

/**
 * One line per flag for `extract --format table`, which has no --lang. Kept
 * apart from the footnote: it speaks of one item, not of a table.
 */
export const itemFlagText: Record<ItemFlag, string> = {
  sum_mismatch: "summen stemmer ikke med radene den står for; kontroller mot dokumentet",
  in_failed_sum: "står i en sum som ikke stemmer; kontroller mot dokumentet",
  unit_unknown: "fant ingen enhet for tabellen (lest som kroner)",
  uncertain_reading: "programmet er usikkert på hvordan raden er lest; kontroller mot dokumentet",
  unread_cells: "noen tall i raden ble ikke lest; kontroller mot dokumentet",
};
