// The index figures under a real-terms table: one short line per figure, saying
// what it is, how it was arrived at and where it was published, in the reader's
// language. The long English notes of the data files stay in the JSON.
import type { IndexMethod, IndexPoint, RealTermsReport } from "../model/types.js";
import { formatIndex, roundHalfUp, type Lang } from "./format.js";
import { factorNumber, indexPhrases, rateNumber, sourceText, type IndexPhrases } from "./indexPhrases.js";
import { joinList, seriesShortName, tablePhrases } from "./phrases.js";

/** A paragraph under the table, with the lines that belong to it (a list). */
export interface NoteBlock {
  text: string;
  items: string[];
}

/** A chain longer than this is named by its years rather than written out factor by factor. */
const MAX_FACTORS = 8;

/** Every index figure the report relies on: its own list plus those in the rows' steps. */
export function usedIndexPoints(report: RealTermsReport): IndexPoint[] {
  const all = [...report.indexPoints, ...report.rows.flatMap((r) => r.steps.flatMap((s) => [s.fromPoint, s.toPoint]))];
  const seen = new Map<string, IndexPoint>();
  for (const point of all) {
    const key = `${point.base}|${point.year}`;
    if (!seen.has(key)) seen.set(key, point);
  }
  return [...seen.values()];
}

/** One block per base ("Prisindeks (KPI, 2015=100):" and a line per year), and a word on rounding. */
export function indexBlocks(report: RealTermsReport, lang: Lang): NoteBlock[] {
  const name = seriesShortName(report.seriesId, report.seriesName, lang);
  const points = usedIndexPoints(report);
  if (points.length === 0) return [{ text: `${tablePhrases(lang).priceIndex}: ${name}.`, items: [] }];
  const ip = indexPhrases(lang);
  const bases = [...new Set(points.map((pt) => pt.base))];
  const blocks = bases.map((base) => ({
    text: ip.heading(name, base),
    items: points.filter((pt) => pt.base === base).sort((a, b) => a.year - b.year).map((pt) => pointLine(pt, lang)),
  }));
  const rounded = points.some((pt) => !roundHalfUp(pt.value, 4).equals(pt.value));
  return rounded ? [...blocks, { text: ip.unrounded, items: [] }] : blocks;
}

/** "2026 = 102,7625 (anslag: snitt av januar–august 2026, SSB-tabell 14700)". */
export function pointLine(point: IndexPoint, lang: Lang): string {
  return `${point.year} = ${formatIndex(point.value, lang)} (${pointDetail(point, lang)})`;
}

function pointDetail(point: IndexPoint, lang: Lang): string {
  const status = tablePhrases(lang).status[point.status];
  const sources = point.sources === undefined ? point.source : point.sources.map((s) => sourceText(s, lang)).join("; ");
  const withSources = (text: string) => [text, sources].filter((s) => s !== "").join(", ");
  const method = point.method;
  if (method === undefined || method.kind === "annual") return withSources(status);
  const ip = indexPhrases(lang);
  switch (method.kind) {
    case "reference":
      return ip.reference;
    case "linked":
      return `${status}: ${ip.linked(formatIndex(method.value, lang), formatIndex(method.link, lang), method.fromBase)}`;
    case "months_mean":
      return withSources(`${status}: ${monthsText(method, point.year, ip)}`);
    case "chained":
      return withSources(`${status}: ${chainText(method, point, ip, lang)}`);
    case "grown":
      return `${status}: ${grownText(method, point, sources, ip, lang)}`;
    default: {
      const unreachable: never = method;
      return unreachable;
    }
  }
}

function monthsText(m: Extract<IndexMethod, { kind: "months_mean" }>, year: number, ip: IndexPhrases): string {
  if (m.count === 12) return ip.wholeYear;
  return ip.monthsMean(ip.months[m.firstMonth - 1] ?? "", ip.months[m.lastMonth - 1] ?? "", year, m.count);
}

/** "100 × 1,032 × 1,010 × 1,044 × 1,067": the chain written out, for a reader to multiply. */
function chainText(m: Extract<IndexMethod, { kind: "chained" }>, point: IndexPoint, ip: IndexPhrases, lang: Lang): string {
  if (m.rates.length > MAX_FACTORS) return ip.longChain(point.base, m.anchorYear + 1, m.anchorYear + m.rates.length);
  return ["100", ...m.rates.map((r) => factorNumber(r, lang))].join(" × ");
}

/** "2025 + 3,5 %, prognose, Finansdepartementet (…)". */
function grownText(m: Extract<IndexMethod, { kind: "grown" }>, point: IndexPoint, sources: string, ip: IndexPhrases, lang: Lang): string {
  const rate = lang === "en" ? `${rateNumber(m.percent, lang)}%` : `${rateNumber(m.percent, lang)} %`;
  const growth = `${point.year - 1} + ${rate}`;
  switch (m.assumption) {
    case "user":
      return `${growth}, ${ip.assumed.user} ${sources}`;
    case "forecast":
      return [growth, ip.assumed.forecast, sources].filter((s) => s !== "").join(", ");
    case "carried_forward":
      return [growth, ip.carried(m.carriedFrom ?? point.year - 1), sources].filter((s) => s !== "").join(", ");
    case "months_mean":
      return [growth, sources].filter((s) => s !== "").join(", ");
    default: {
      const unreachable: never = m.assumption;
      return unreachable;
    }
  }
}

/** "* anslag: bygger på anslått prisvekst for 2026; se prisindeksen under." */
export function anslagFootnote(report: RealTermsReport, lang: Lang): string {
  const p = tablePhrases(lang);
  const assumed = report.assumptions.map((a) => a.year);
  const years = assumed.length > 0 ? assumed : usedIndexPoints(report).filter((pt) => pt.status === "anslag").map((pt) => pt.year);
  return `* ${p.anslag}: ${indexPhrases(lang).footnote(p.growth(report.seriesId), yearsText(years, p.and))}`;
}

/** "2026", "2025–2028" for a run of years, "2025 og 2027" otherwise. */
function yearsText(years: readonly number[], and: string): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return "";
  if (sorted.length > 2 && last - first === sorted.length - 1) return `${first}–${last}`;
  return joinList(sorted.map(String), and);
}
