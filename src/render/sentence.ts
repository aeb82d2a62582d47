// One sentence per row for a hearing statement. It must be right about the price
// basis: a figure printed in fixed prices is said to be so, and is not "more in kroner".
import { Decimal } from "decimal.js";
import type { AmountValue, RealTermsReport, RealTermsRow } from "../model/types.js";
import { formatKroner, formatPercent, roundHalfUp, type Lang } from "./format.js";
import { joinList, seriesShortName, tablePhrases } from "./phrases.js";
import { anslagSides } from "./realTermsView.js";
import { uncertainSentence } from "./uncertainty.js";

interface SentencePhrases {
  kr: (amount: string) => string;
  opening: (label: string, from: string, fromYear: string, to: string, toYear: string) => string;
  fromBasis: (fixedYear: number) => string;
  toBasis: (fixedYear: number) => string;
  bothBasis: (fixedYear: number) => string;
  more: string;
  less: string;
  nominalSuffix: string;
  sameNominal: string;
  measured: (pricesOf: number, deflator: string, change: string) => string;
  same: string;
  estimated: string;
}

const nb: SentencePhrases = {
  kr: (a) => `${a} kr`,
  opening: (l, f, fy, t, ty) => `${l} hadde ${f} i ${fy} og får ${t} i ${ty}`,
  fromBasis: (y) => ` (oppgitt i faste ${y}-priser)`,
  toBasis: (y) => `, oppgitt i faste ${y}-priser`,
  bothBasis: (y) => `, begge oppgitt i faste ${y}-priser`,
  more: "mer",
  less: "mindre",
  nominalSuffix: "i kroner",
  sameNominal: "like mye i kroner",
  measured: (p, d, c) => `Målt i ${p}-kroner (${d}) er det ${c}.`,
  same: "like mye",
  estimated: "anslått",
};

const nn: SentencePhrases = {
  ...nb,
  fromBasis: (y) => ` (oppgitt i faste ${y}-prisar)`,
  toBasis: (y) => `, oppgitt i faste ${y}-prisar`,
  bothBasis: (y) => `, begge oppgitt i faste ${y}-prisar`,
  more: "meir",
  sameNominal: "like mykje i kroner",
  same: "like mykje",
};

const en: SentencePhrases = {
  kr: (a) => `NOK ${a}`,
  opening: (l, f, fy, t, ty) => `${l} had ${f} in ${fy} and gets ${t} in ${ty}`,
  fromBasis: (y) => ` (stated in fixed ${y} prices)`,
  toBasis: (y) => `, stated in fixed ${y} prices`,
  bothBasis: (y) => `, both stated in fixed ${y} prices`,
  more: "more",
  less: "less",
  nominalSuffix: "in nominal terms",
  sameNominal: "the same in nominal terms",
  measured: (p, d, c) => `Measured in ${p} kroner (${d}), that is ${c}.`,
  same: "the same amount",
  estimated: "estimated",
};

const byLang = { nb, nn, en } satisfies Record<Lang, SentencePhrases>;

function fixedYear(value: AmountValue): number | null {
  return value.priceBasis.kind === "fixed" ? value.priceBasis.year : null;
}

function basisClauses(row: RealTermsRow, s: SentencePhrases): { from: string; to: string } {
  const from = fixedYear(row.from);
  const to = fixedYear(row.to);
  if (from !== null && from === to) return { from: "", to: s.bothBasis(from) };
  return { from: from === null ? "" : s.fromBasis(from), to: to === null ? "" : s.toBasis(to) };
}

/** "556 000 kr (0,3 %) mer", or null when the change rounds to 0 kr. */
function changeText(change: Decimal, pct: Decimal | null, lang: Lang): string | null {
  const s = byLang[lang];
  const rounded = roundHalfUp(change, 0);
  if (rounded.isZero()) return null;
  const amount = s.kr(formatKroner(rounded.abs(), lang));
  const percent = pct === null ? "" : ` (${formatPercent(pct.abs(), lang)})`;
  return `${amount}${percent} ${rounded.isNegative() ? s.less : s.more}`;
}

function nominalClause(row: RealTermsRow, lang: Lang): string {
  if (fixedYear(row.from) !== null || fixedYear(row.to) !== null) return "";
  const s = byLang[lang];
  const change = changeText(row.nominalChange, row.nominalChangePct, lang);
  return change === null ? `, ${s.sameNominal}` : `, ${change} ${s.nominalSuffix}`;
}

/**
 * The years whose figures are anslag in the row's steps: the steps' own index
 * figures, and the assumed years in between (a step to 2026 that rests on an
 * estimate for 2025 is anslått for 2025 too).
 */
function anslagYears(row: RealTermsRow, report: RealTermsReport): number[] {
  const years = row.steps.flatMap((step) => {
    const ends = [step.fromPoint, step.toPoint].filter((p) => p.status === "anslag").map((p) => p.year);
    if (ends.length === 0) return [];
    const low = Math.min(step.fromYear, step.toYear);
    const high = Math.max(step.fromYear, step.toYear);
    const between = report.assumptions.map((a) => a.year).filter((y) => y > low && y <= high);
    return [...ends, ...between];
  });
  return [...new Set(years)].sort((a, b) => a - b);
}

/** "KPI" or "KPI, anslått prisvekst for 2026". */
function deflatorText(row: RealTermsRow, report: RealTermsReport, lang: Lang): string {
  const name = seriesShortName(report.seriesId, report.seriesName, lang);
  const sides = anslagSides(row);
  if (!row.anslag && !sides.from && !sides.to) return name;
  const p = tablePhrases(lang);
  const years = anslagYears(row, report).map(String);
  const forYears = years.length === 0 ? "" : ` for ${joinList(years, p.and)}`;
  return `${name}, ${byLang[lang].estimated} ${p.growth(report.seriesId)}${forYears}`;
}

export function renderSentence(row: RealTermsRow, report: RealTermsReport, lang: Lang = "nb"): string {
  const s = byLang[lang];
  const amount = (value: AmountValue) => s.kr(formatKroner(value.amountNok ?? new Decimal(0), lang));
  const basis = basisClauses(row, s);
  const label = row.item.labelBase === "" ? row.item.label : row.item.labelBase;
  const opening = s.opening(label, amount(row.from), `${row.from.year}${basis.from}`, amount(row.to), `${row.to.year}`);
  const real = changeText(row.realChange, row.realChangePct, lang) ?? s.same;
  const measured = s.measured(row.pricesOf, deflatorText(row, report, lang), real);
  // Last, so that the sentence reads as before, but inside it: whoever pastes the figures pastes the doubt too.
  const uncertain = uncertainSentence({ flags: row.flags, provenance: row.item.provenance }, lang);
  return `${opening}${basis.to}${nominalClause(row, lang)}. ${measured}${uncertain === null ? "" : ` ${uncertain}`}`;
}
