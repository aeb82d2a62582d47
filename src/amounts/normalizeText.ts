// Text clean-up that every reader needs before text is matched: odd space
// characters, ligatures and soft hyphens. Pure string functions.

/** Space characters that print as a space (NBSP, thin, narrow NBSP, figure space, …). */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

const LIGATURES: Readonly<Record<string, string>> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

const LIGATURE_OR_SOFT_HYPHEN = /[\uFB00-\uFB06\u00AD]/g;

/**
 * Maps U+00A0, U+2000–U+200A (incl. U+2007 figure space and U+2009 thin space),
 * U+202F, U+205F and U+3000 to a plain space. Nothing else changes, so the
 * result has the same length as the input.
 */
export function normalizeSpaces(text: string): string {
  return text.replace(ODD_SPACES, " ");
}

/**
 * Expands the Latin ligatures U+FB00–U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) and removes soft
 * hyphens (U+00AD). Spaces are left as printed: use `normalizeSpaces` for those.
 */
export function normalizeText(text: string): string {
  return text.replace(LIGATURE_OR_SOFT_HYPHEN, (ch) => LIGATURES[ch] ?? "");
}
