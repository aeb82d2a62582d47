// The real-terms table as a GitHub-flavoured Markdown table, with the notes as paragraphs.
import type { RealTermsReport } from "../model/types.js";
import type { Lang } from "./format.js";
import { realTermsNotes } from "./notes.js";
import { tablePhrases } from "./phrases.js";
import { markedLabel } from "./uncertainty.js";
import { humanCellText, provenanceColumns, realTermsColumns, realTermsViewRow } from "./realTermsView.js";

/** Escapes the characters Markdown would read as markup (pipes would also split a cell). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\|*_`<>[\]]/g, (c) => `\\${c}`);
}

function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

export function realTermsToMarkdown(report: RealTermsReport, lang: Lang): string {
  const columns = realTermsColumns(report, lang);
  const where = provenanceColumns(report, lang);
  const head = [tablePhrases(lang).post, ...where.headers, ...columns.map((c) => c.header)].map(escapeMarkdown);
  const whereRule = where.headers.map((_, i) => (i === where.headers.length - 1 ? "---:" : "---"));
  const rule = ["---", ...whereRule, ...columns.map(() => "---:")];
  const body = report.rows.map((row) => {
    const view = realTermsViewRow(row);
    const cells = [row.item.label, ...where.cells(row)].map(escapeMarkdown);
    // A trailing " *" cannot open or close emphasis, and a trailing " !" is no
    // image without a "[" after it, so the marks stay unescaped.
    const label = markedLabel(cells[0] ?? "", row.flags);
    return markdownRow([label, ...cells.slice(1), ...columns.map((c) => humanCellText(view[c.key], lang))]);
  });
  const notes = realTermsNotes(report, lang);
  const footnote = [...notes.uncertain, ...(notes.footnote === null ? [] : [notes.footnote])].map(escapeMarkdown);
  const blocks = notes.blocks.map((b) => [escapeMarkdown(b.text), ...(b.items.length === 0 ? [] : [b.items.map((i) => `- ${escapeMarkdown(i)}`).join("\n")])]);
  const paragraphs = [...footnote, ...blocks.flat()];
  return [[markdownRow(head), markdownRow(rule), ...body].join("\n"), ...paragraphs].join("\n\n") + "\n";
}
