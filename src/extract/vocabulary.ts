// The reader's vocabulary: every word list it matches text against, in bokmål and nynorsk, in one
// place so that no list exists twice. Formats (numbers, years, codes) stay with the code that reads them;
// what lives here are words: captions, header words, sum and total labels, words a label does not end on.

export const CAPTION = /^(tabell|tab\.|tabel)\s*\d/i;

export const NON_BUDGET_TITLE = /(nøkkeltall|nøkkeltal|kostra|statistikk|indikator|befolkning|måltall|brukerundersøkelse|folketal|måltal|brukarundersøking)/i;

export const BUDGET_HEADER = /(regnskap|rekneskap|budsjett|forslag|framlegg|økonomiplan|øk\.?\s?plan|^øp|^r\s|^b\s|saldert|anslag)/i;

/** A title that says the table goes on from the page before: "(forts.)", nynorsk "(held fram)", "(framhald)". */
export const CONTINUED = /(forts|held fram|framhald)/i;

export const NON_BUDGET_HEADER = /(kostra|landet|gruppe|fylket)/i;

/** Words that may stand in a header line beside the years without making it prose. */
export const HEADER_WORDS = new Set(
  ("regnskap rekneskap budsjett vedtatt vedt vedt. justert revidert rev rev. opprinnelig oppr oppr. saldert forslag " +
    "økonomiplan øk.plan øk. plan øp r b bud bud. endring endringer endr. sum i % prosent anslag på gul bok kostra kostra-gruppe " +
    "landet tjeneste tjenester ansvar funksjon kap kap. post tekst beløp tall hele tusen kroner kr kr. mill mill. millioner " +
    "mrd mrd. milliarder nok 1000 1 000 (beløp (beløp i 1000) netto brutto og til fra - – faste priser nominelle " +
    // nynorsk forms, and the note column of annual accounts
    "vedteke opphavleg teneste tenester tal heile millionar milliardar kronar prisar note noter")
    .split(" "),
);

/** Rows of per cents inside an amount table ("Verdiendring i pst.", "Prosent av BNP"): not kroner. */
export const PERCENT_ROW = /(\bi\s+(pst|prosent)\.?|\(%\)|\bi\s+%)$|^(prosent|andel)\b|\bi prosent av\b/iu;


export const TOTAL_LABEL = /^(sum|totalt?|i alt|ramme|ny ramme|netto|forslag til|framlegg til|samlet|samla)\b/i;

/** Norwegian abbreviations that end a label with their own dot ("Subsidier mv."), which leaders may run on from. */
export const ABBREVIATION_END = /(?:^|[\s(])(mv|m\.m|osv|o\.l|inkl|ekskl|kap|nr|jf|pst|mill|mrd|kr|adm|avd|bl\.a|ca|evt|iht|vedr)$/iu;

/** Words a label line does not end on: a line ending in one goes on on the next line (bokmål and nynorsk). */
const LINE_GOES_ON = "og|eller|i|til|for|av|med|på|fra|frå|ved|som|under|over|mot|samt";

/** A label line that ends mid-phrase, so the next line is the rest of it. */
export const JOINING_END = new RegExp(`(-|(^|\\s)(${LINE_GOES_ON})|,)$`, "u");

/** A finished label that still ends mid-phrase: its end went to another row. */
export const UNFINISHED_END = new RegExp(`(\\s(${LINE_GOES_ON})|[,(§–-])$`, "iu");

/** Sub-rows that begin in lower case on purpose: "herav lønn", "hvorav", "av dette", "inkl. mva". */
export const SUB_ROW_START = /^[-–]?\s*(herav|hvorav|derav|av dette|av desse|inkl|ekskl|heri|herunder|medregnet)\b/iu;

/** The header word of the note column, bokmål and nynorsk, singular and plural. */
export const NOTE_HEADER = /^(note|noter|notar)$/iu;

/** A label that starts a subtotal or total row ("Sum oppvekst", "Totalt", "I alt"). */
export const SUM_LABEL = /^(sum|totalt?|i alt)\b/iu;

/** A unit printed in the cell after its number ("1 253,0 mill.", "19 904 407 kr", nynorsk "kronar", "12 %"). */
export const CELL_UNIT_WORD = /^(kr\.?|kroner|kronar|mill\.?|mrd\.?|nok|%)$/iu;
