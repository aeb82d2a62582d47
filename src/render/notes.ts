// The lines under a real-terms table that make every figure traceable: the anslag
// footnote, the index figures used, the columns used, the price basis and the unit.
import type { Assumption, IndexPoint, RealTermsReport, RealTermsRow } from "../model/types.js";
import { formatIndex, formatPercent, type Lang } from "./format.js";
import { joinList, seriesShortName, tablePhrases, type TablePhrases } from "./phrases.js";
import { reportHasAnslag } from "./realTermsView.js";

export interface RealTermsNotes {
  /** "* anslag: …", or null when no figure depends on an anslag. */
  footnote: string | null;
  lines: string[];
}

export function realTermsNotes(report: RealTermsReport, lang: Lang): RealTermsNotes {
  const p = tablePhrases(lang);
  const columns = report.rows.length === 0 ? [] : [columnsLine(report, p)];
  const lines = [indexLine(report, lang, p), ...columns, ...basisLines(report, p), p.allKroner];
  return { footnote: reportHasAnslag(report) ? anslagFootnote(report, lang, p) : null, lines };
}

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

function pointText(point: IndexPoint, lang: Lang, p: TablePhrases): string {
  const note = point.status === "derived" && point.note ? `: ${point.note}` : "";
  return `${point.year} = ${formatIndex(point.value, lang)} (${p.status[point.status]}${note})`;
}

function indexLine(report: RealTermsReport, lang: Lang, p: TablePhrases): string {
  const name = seriesShortName(report.seriesId, report.seriesName, lang);
  const points = usedIndexPoints(report);
  if (points.length === 0) return `${p.priceIndex}: ${name}.`;
  const bases = [...new Set(points.map((pt) => pt.base))];
  const groups = bases.map((base) => {
    const inBase = points.filter((pt) => pt.base === base).sort((a, b) => a.year - b.year);
    return `${base}: ${inBase.map((pt) => pointText(pt, lang, p)).join(", ")}`;
  });
  const sources = [...new Set(points.map((pt) => pt.source).filter((s) => s !== ""))];
  const source = sources.length > 0 ? ` ${p.source}: ${sources.join("; ")}.` : "";
  return `${p.priceIndex}: ${name}, ${groups.join("; ")}.${source}`;
}

function columnsLine(report: RealTermsReport, p: TablePhrases): string {
  const byYear = new Map<number, Set<string>>();
  for (const value of report.rows.flatMap((r) => [r.from, r.to])) {
    const texts = byYear.get(value.year) ?? new Set<string>();
    texts.add(`«${value.column}» (${p.kind[value.kind]})`);
    byYear.set(value.year, texts);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const parts = years.map((year) => `${year}: ${[...(byYear.get(year) ?? [])].join(", ")}`);
  return `${p.columns}: ${parts.join("; ")}.`;
}

interface BasisCase {
  year: number;
  fixedYear: number;
  priceYear: number;
  pricesOf: number;
  labels: string[];
}

function basisCases(rows: readonly RealTermsRow[]): BasisCase[] {
  const cases = new Map<string, BasisCase>();
  for (const row of rows) {
    for (const [value, priceYear] of [[row.from, row.fromPriceYear], [row.to, row.toPriceYear]] as const) {
      const basis = value.priceBasis;
      if (basis.kind !== "fixed" || value.year < basis.year) continue;
      const key = `${value.year}|${basis.year}|${priceYear}|${row.pricesOf}`;
      const found = cases.get(key) ?? { year: value.year, fixedYear: basis.year, priceYear, pricesOf: row.pricesOf, labels: [] };
      if (!found.labels.includes(row.item.label)) found.labels.push(row.item.label);
      cases.set(key, found);
    }
  }
  return [...cases.values()];
}

function basisLines(report: RealTermsReport, p: TablePhrases): string[] {
  const allLabels = new Set(report.rows.map((r) => r.item.label));
  return basisCases(report.rows).map((c) => {
    const forRows = c.labels.length === allLabels.size ? "" : ` for ${joinList(c.labels, p.and)}`;
    const low = Math.min(c.priceYear, c.pricesOf);
    const high = Math.max(c.priceYear, c.pricesOf);
    const step = c.priceYear === c.pricesOf ? p.noAdjustment : p.onlyStep(low, high, c.priceYear > c.pricesOf);
    return `${p.statedIn(c.year, c.fixedYear, forRows)}: ${step}.`;
  });
}

function assumptionText(a: Assumption, report: RealTermsReport, lang: Lang, p: TablePhrases): string {
  const growth = a.growthPercent === null ? "" : ` ${p.growth(report.seriesId)} ${formatPercent(a.growthPercent, lang)}`;
  const source = a.source === "" ? "" : `; ${a.source}`;
  return `${a.year}:${growth} (${p.method[a.method]}${source})`;
}

function anslagFootnote(report: RealTermsReport, lang: Lang, p: TablePhrases): string {
  const parts =
    report.assumptions.length > 0
      ? report.assumptions.map((a) => assumptionText(a, report, lang, p))
      : usedIndexPoints(report)
          .filter((pt) => pt.status === "anslag")
          .map((pt) => `${pt.year} = ${formatIndex(pt.value, lang)} (${pt.source})`);
  return `* ${p.anslag}: ${parts.join("; ")}.`;
}
