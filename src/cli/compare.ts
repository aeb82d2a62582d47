// The main job: line items of two years, deflated into one year's prices.
import { columnMatches, foldText, lineItemsToRealRows, type PriceSeries } from "../prices/index.js";
import type { ExtractedDocument, LineItem, RealTermsReport, Warning } from "../model/types.js";
import { renderRealTerms, renderSentence } from "../render/index.js";
import { examplePath, loadDocuments } from "./documents.js";
import { InputError, UsageError } from "./errors.js";
import { getExitCode } from "./exitCode.js";
import { useColor, writeWarnings, type Io } from "./io.js";
import type { CompareOptions } from "./options.js";
import { loadSeries } from "./series.js";

export async function runCompare(opts: CompareOptions, io: Io): Promise<number> {
  const series = seriesFor(opts, io);
  const files = opts.example ? [examplePath()] : opts.files;
  if (opts.example) io.stderr.write(`bop-real: using the built-in example document (${files[0]}), not your own budget\n`);
  const docs = await loadDocuments(files, io);
  checkColumns(docs, opts);
  const report = compareDocuments(docs, opts, series);
  if (report.rows.length === 0) throw new InputError(noRowsMessage(docs, opts));
  const anslag = report.rows.some((r) => r.anslag);
  if (opts.strict && anslag) {
    const years = report.assumptions.map((a) => a.year).join(", ");
    throw new InputError(`--strict: the price index for ${years} is not published yet (an anslag would be needed); choose an earlier year or drop --strict`);
  }
  const color = useColor(io, opts.noColor);
  io.stdout.write(renderRealTerms(report, { format: opts.format, color, lang: opts.lang }));
  if (report.rows.length === 1 && (opts.format === "table" || opts.format === "md")) {
    io.stdout.write(`\n${renderSentence(report.rows[0]!, report, opts.lang)}\n`);
  }
  writeWarnings(io, report.warnings);
  return getExitCode(report.warnings, opts.strict);
}

/** KPI, KPI-JAE, the kommunal deflator or the user's file, with any imported figures laid over the embedded ones. */
function seriesFor(opts: CompareOptions, io: Io): PriceSeries {
  return loadSeries(opts.series, io);
}

function compareDocuments(docs: ExtractedDocument[], opts: CompareOptions, series: PriceSeries): RealTermsReport {
  const reports = docs.map((doc) =>
    lineItemsToRealRows(selectItems(doc.items, opts.items), {
      fromYear: opts.from,
      toYear: opts.to,
      pricesOf: opts.pricesOf,
      series,
      columnPrefs: opts.columns,
      budgetYear: doc.budgetYear,
      assume: opts.assume,
    }),
  );
  const merged = mergeReports(reports);
  merged.warnings.unshift(...documentWarnings(docs, merged), ...flaggedRowWarnings(merged));
  return merged;
}

/**
 * Of a document's warnings, those about the whole document and those about the
 * tables the compared rows come from: a doubtful row in another chapter must
 * not fail `--strict` for a figure it does not touch.
 */
function documentWarnings(docs: readonly ExtractedDocument[], report: RealTermsReport): Warning[] {
  const tables = new Set(report.rows.map((r) => `${r.item.provenance.file}|${r.item.provenance.tableTitle}`));
  return docs.flatMap((d) => d.warnings.filter((w) => w.table === undefined || tables.has(`${d.file}|${w.table}`)));
}

/** A compared row from a table that does not add up is named, so its figure is checked before it is used. */
function flaggedRowWarnings(report: RealTermsReport): Warning[] {
  return report.rows
    .filter((r) => r.item.flags.some((f) => f === "sum_mismatch" || f === "in_failed_sum" || f === "unit_unknown"))
    .map((r) => ({
      code: r.item.flags.includes("unit_unknown") ? "row_unit_unknown" : "row_in_failed_sum",
      message: r.item.flags.includes("unit_unknown")
        ? `"${r.item.label}" is in a table with no unit printed; its amounts were read as whole kroner: check the unit before you use it`
        : `"${r.item.label}" is in a table whose rows do not add up to its sum; check this row against the document before you use it`,
      file: r.item.provenance.file,
      page: r.item.provenance.page,
      table: r.item.provenance.tableTitle,
    }));
}

/** A --column text that is in no header of the chosen rows is a typo, not a preference: say so and list the headers. */
function checkColumns(docs: readonly ExtractedDocument[], opts: CompareOptions): void {
  const headers = [...new Set(docs.flatMap((d) => selectItems(d.items, opts.items)).flatMap((it) => it.values.map((v) => v.column)))];
  if (headers.length === 0) return;
  for (const pref of opts.columns) {
    if (foldText(pref) === "" || headers.some((h) => columnMatches(h, pref))) continue;
    const shown = headers.length > 20 ? [...headers.slice(0, 20), "…"] : headers;
    throw new UsageError(`--column "${pref}" matches no column; the columns are: ${shown.map((h) => `«${h}»`).join(", ")}`);
  }
}

/** `--item barnevern` matches labels case- and accent-insensitively. */
export function selectItems(items: readonly LineItem[], wanted: readonly string[]): LineItem[] {
  if (wanted.length === 0) return [...items];
  const needles = wanted.map(foldText);
  return items.filter((it) => needles.some((n) => foldText(it.label).includes(n)));
}

function mergeReports(reports: RealTermsReport[]): RealTermsReport {
  const [first, ...rest] = reports;
  const merged: RealTermsReport = { ...first!, rows: [...first!.rows], indexPoints: [...first!.indexPoints], assumptions: [...first!.assumptions], warnings: [...first!.warnings] };
  for (const r of rest) {
    merged.rows.push(...r.rows);
    for (const p of r.indexPoints) if (!merged.indexPoints.some((q) => q.year === p.year && q.base === p.base)) merged.indexPoints.push(p);
    for (const a of r.assumptions) if (!merged.assumptions.some((b) => b.year === a.year)) merged.assumptions.push(a);
    merged.warnings.push(...r.warnings);
  }
  return merged;
}

function noRowsMessage(docs: ExtractedDocument[], opts: CompareOptions): string {
  const names = docs.map((d) => d.file).join(", ");
  if (docs.every((d) => d.items.length === 0)) return `found no budget tables in ${names}; check that it is a budget document with tables of amounts (bop-real extract FILE shows what was found)`;
  const both = `both ${opts.from} and ${opts.to}`;
  if (opts.items.length > 0) {
    const wanted = opts.items.map((s) => `"${s}"`).join(" or ");
    const found = docs.flatMap((d) => selectItems(d.items, opts.items));
    if (found.length === 0) return `found no line item matching ${wanted} in ${names}; run bop-real extract FILE to see the labels`;
    return `no line item matching ${wanted} has amounts for ${both} in ${names}; the rows that match cover ${yearsText(found)}, so choose years from those`;
  }
  return `no line item has amounts for ${both} in ${names}; ${coverText(docs)}, so choose years from those`;
}

/** "its tables cover 2022–2027", or per file when there are several. */
function coverText(docs: readonly ExtractedDocument[]): string {
  if (docs.length === 1) return `its tables cover ${yearsText(docs[0]!.items)}`;
  return `the tables cover ${docs.map((d) => `${yearsText(d.items)} in ${d.file}`).join(", ")}`;
}

/** The years the items print an amount for: "2022–2027", or "2019, 2022–2027" with gaps. */
export function yearsText(items: readonly LineItem[]): string {
  const years = [...new Set(items.flatMap((it) => it.values.filter((v) => v.amountNok !== null).map((v) => v.year)))].sort((a, b) => a - b);
  if (years.length === 0) return "no years";
  const runs: number[][] = [];
  for (const year of years) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[run.length - 1] === year - 1) run.push(year);
    else runs.push([year]);
  }
  return runs.map((r) => (r.length === 1 ? String(r[0]) : `${r[0]}–${r[r.length - 1]}`)).join(", ");
}
