// The real-terms table for a terminal (cli-table3), with the notes under it.
import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { RealTermsReport } from "../model/types.js";
import type { Lang } from "./format.js";
import { realTermsNotes } from "./notes.js";
import { tablePhrases } from "./phrases.js";
import { markedLabel } from "./uncertainty.js";
import { humanCellText, provenanceColumns, realTermsColumns, realTermsViewRow, type ViewCell } from "./realTermsView.js";

export interface TerminalOptions {
  color: boolean;
  lang: Lang;
}

/** A cli-table3 table whose colours come only from `chalk` (none of its own). */
export function plainTable(head: string[], colAligns: Array<"left" | "right">, chalk: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => chalk.bold(h)),
    colAligns,
    // One line per row (a table to read and paste, not a grid of boxes), with
    // the rule under the header kept so that the header reads as one.
    style: { head: [], border: [], compact: true },
  });
}

/** Numbers in a column with anslag marks get room for the mark, so the digits line up. */
function terminalCell(cell: ViewCell, lang: Lang, padForMark: boolean, chalk: ChalkInstance): string {
  const text = humanCellText(cell, lang);
  if (cell.anslag) return chalk.yellow(text);
  return padForMark && text !== "" ? `${text}  ` : text;
}

export function realTermsToTerminal(report: RealTermsReport, options: TerminalOptions): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const columns = realTermsColumns(report, lang);
  const viewRows = report.rows.map(realTermsViewRow);
  const marked = columns.map((c) => viewRows.some((r) => r[c.key].anslag));
  const where = provenanceColumns(report, lang);
  const head = [tablePhrases(lang).post, ...where.headers, ...columns.map((c) => c.header)];
  const whereAligns = where.headers.map((_, i) => (i === where.headers.length - 1 ? "right" : "left") as "left" | "right");
  const table = plainTable(head, ["left", ...whereAligns, ...columns.map(() => "right" as const)], chalk);
  report.rows.forEach((row, i) => {
    const shown = markedLabel(row.item.label, row.flags);
    const label = "  ".repeat(row.item.indent) + (row.flags.length === 0 ? shown : chalk.yellow(shown));
    const view = viewRows[i];
    if (view === undefined) return;
    table.push([label, ...where.cells(row), ...columns.map((c, j) => terminalCell(view[c.key], lang, marked[j] ?? false, chalk))]);
  });
  const notes = realTermsNotes(report, lang);
  // The doubt about a figure comes first under the table: it matters more than how it was deflated.
  const footnote = [...notes.uncertain, ...(notes.footnote === null ? [] : [notes.footnote])].map((l) => chalk.yellow(l));
  const lines = notes.blocks.flatMap((b) => [b.text, ...b.items.map((item) => `  ${item}`)]);
  return [table.toString(), ...footnote, ...lines].join("\n") + "\n";
}
