// The lines under a real-terms table that make every figure traceable: the anslag
// footnote, the index figures used, the columns used, the price basis and the unit.
import type { RealTermsReport, RealTermsRow } from "../model/types.js";
import type { Lang } from "./format.js";
import { anslagFootnote, indexBlocks, type NoteBlock } from "./indexNotes.js";
import { joinList, tablePhrases, type TablePhrases } from "./phrases.js";
import { reportHasAnslag } from "./realTermsView.js";
import { uncertainFootnote } from "./uncertainty.js";

export { usedIndexPoints, type NoteBlock } from "./indexNotes.js";

export interface RealTermsNotes {
  /** "! Usikkert tall: …" lines for rows whose figures may be wrong; empty when none is. */
  uncertain: string[];
  /** "* anslag: …", or null when no figure depends on an anslag. */
  footnote: string | null;
  /** Paragraphs, some with a line per item (the index figures). */
  blocks: NoteBlock[];
}

export function realTermsNotes(report: RealTermsReport, lang: Lang): RealTermsNotes {
  const p = tablePhrases(lang);
  const columns = report.rows.length === 0 ? [] : [columnsLine(report, p)];
  const lines = [...columns, ...basisLines(report, p), p.allKroner].map((text) => ({ text, items: [] }));
  return {
    uncertain: uncertainFootnote(report.rows.map((r) => ({ flags: r.flags, provenance: r.item.provenance })), lang),
    footnote: reportHasAnslag(report) ? anslagFootnote(report, lang) : null,
    blocks: [...indexBlocks(report, lang), ...lines],
  };
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
