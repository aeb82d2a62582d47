// CSV for machines: plain integers, per cent with a decimal point, no footer.
// Everything a footer would say is in per-row columns instead.
import { stringify } from "csv-stringify/sync";
import type {
  AmountValue, ExtractedDocument, LineItem, PriceBasis, Provenance, RealTermsReport, RealTermsRow,
} from "../model/types.js";
import { csvKroner, csvPercent } from "./format.js";
import { seriesShortName, tablePhrases } from "./phrases.js";
import { realTermsColumns, realTermsViewRow, type ViewCell } from "./realTermsView.js";

function toCsv(records: readonly (readonly string[])[]): string {
  return stringify(records as string[][], { record_delimiter: "\n" });
}

/** "faste 2023-priser" or "løpende" (current prices). */
export function basisText(basis: PriceBasis): string {
  switch (basis.kind) {
    case "nominal":
      return "løpende";
    case "fixed":
      return tablePhrases("nb").fixedPrices(basis.year);
    default: {
      const unreachable: never = basis;
      return unreachable;
    }
  }
}

/** "budsjett.pdf s. 7, Tabell 2.1 Netto driftsrammer" (with the printed page when it differs). */
export function sourceText(provenance: Provenance): string {
  const printed = provenance.pageLabel === undefined ? "" : ` (trykt s. ${provenance.pageLabel})`;
  return `${provenance.file} s. ${provenance.page}${printed}, ${provenance.tableTitle}`;
}

function csvCell(cell: ViewCell): string {
  return cell.percent ? csvPercent(cell.value) : csvKroner(cell.value);
}

const realTermsExtraColumns = [
  "kolonne_fra", "kolonne_til", "prisgrunnlag_fra", "prisgrunnlag_til", "anslag", "kilde", "prisindeks", "indeksstatus",
  // Last, so that a reader that counts columns still finds the others where they were.
  "usikker",
];

/** The flag codes joined with ";", empty for a row without doubt: one cell a spreadsheet filter can test. */
function flagsText(flags: readonly string[]): string {
  return flags.join(";");
}

/** "KPI 2015=100": the series and the base(s) of the row's steps. */
function seriesText(row: RealTermsRow, report: RealTermsReport): string {
  const name = seriesShortName(report.seriesId, report.seriesName, "nb");
  const bases = [...new Set(row.steps.map((s) => s.base))];
  return [name, ...bases].join(" ");
}

/** "2022 publisert; 2023 publisert": the status of each index figure the row used, by year. */
function indexStatusText(row: RealTermsRow): string {
  const status = tablePhrases("nb").status;
  const points = new Map(row.steps.flatMap((s) => [s.fromPoint, s.toPoint]).map((p) => [`${p.year}|${p.base}`, p]));
  return [...points.values()]
    .sort((a, b) => a.year - b.year)
    .map((p) => `${p.year} ${status[p.status]}`)
    .join("; ");
}

/** Headers are always bokmål: a CSV's columns should not change with the language. */
export function realTermsToCsv(report: RealTermsReport): string {
  const columns = realTermsColumns(report, "nb");
  const head = [tablePhrases("nb").post, ...columns.map((c) => c.header), ...realTermsExtraColumns];
  const rows = report.rows.map((row) => {
    const view = realTermsViewRow(row);
    const anslag = Object.values(view).some((c) => c.anslag);
    return [
      row.item.label,
      ...columns.map((c) => csvCell(view[c.key])),
      row.from.column,
      row.to.column,
      basisText(row.from.priceBasis),
      basisText(row.to.priceBasis),
      anslag ? "ja" : "nei",
      sourceText(row.item.provenance),
      seriesText(row, report),
      indexStatusText(row),
      flagsText(row.flags),
    ];
  });
  return toCsv([head, ...rows]);
}

const extractionColumns = [
  "file", "page", "table_title", "label", "code", "role", "year", "column",
  "kind", "amount_nok", "printed", "unit_multiplier", "price_basis", "flags",
];

function extractionRecord(item: LineItem, value: AmountValue): string[] {
  return [
    item.provenance.file,
    String(item.provenance.page),
    item.provenance.tableTitle,
    item.label,
    item.code ?? "",
    item.role,
    String(value.year),
    value.column,
    value.kind,
    csvKroner(value.amountNok),
    value.printed,
    String(item.unit.multiplier),
    value.priceBasis.kind === "fixed" ? value.priceBasis.printed : "",
    flagsText(item.flags),
  ];
}

/** One row per value (long format), for every document. */
export function extractionToCsv(docs: readonly ExtractedDocument[]): string {
  const records = docs.flatMap((d) => d.items.flatMap((item) => item.values.map((v) => extractionRecord(item, v))));
  return toCsv([extractionColumns, ...records]);
}
