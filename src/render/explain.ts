// `extract --explain PAGE`: what the reader saw on one page and why it read
// each row as it did. Plain text for a person (or a developer) checking a
// figure: the lines as positioned text, each table's columns with where their
// numbers end, each row's cells by column, the sum checks and the warnings.
import type { ExtractionTrace } from "../extract/index.js";
import type { ExtractedDocument, LineItem } from "../model/types.js";

const pt = (x: number) => x.toFixed(1);

export function explainToText(document: ExtractedDocument, trace: ExtractionTrace): string {
  const out: string[] = [`${document.file}, p. ${trace.page} of ${document.pageCount}` + (document.budgetYear ? ` (budget year ${document.budgetYear})` : "")];
  out.push("", `Lines (${trace.lines.length}; y and font size in points, text as read):`);
  for (const line of trace.lines) out.push(`  y ${pt(line.y).padStart(6)}  ${pt(line.size).padStart(4)} pt  ${line.text}`);
  if (trace.parts.length === 0) out.push("", "No budget table was read on this page.");
  for (const part of trace.parts) {
    const t = part.table;
    out.push("", `Table ${t.id}: ${t.title || "(no title)"}${part.continued ? " (continued)" : ""}`);
    out.push(`  unit: ${t.unit ? `${t.unit.printed} (× ${t.unit.multiplier})` : "none found (read as kroner)"}; price basis: ${t.priceBasis.kind === "fixed" ? t.priceBasis.printed : "nominal"}`);
    out.push("  columns (header as read, year, kind, right edge of its numbers):");
    t.columns.forEach((c, j) => {
      const what = c.inValues ? `${c.year ?? "-"} ${c.kind ?? "-"}` : "not an amount";
      out.push(`    [${j}] ${c.header.padEnd(28)} ${what.padEnd(24)} right ${pt(c.right)}`);
    });
    out.push("  rows (label | cells as [column] printed @ x0–x1):");
    for (const tl of part.lines) {
      const label = tl.labelTokens.map((tok) => tok.text).join(" ");
      const cells = tl.cells.map((c) => `[${c.column}] ${c.text} @${pt(c.x0)}–${pt(c.x1)}`).join("  ");
      const note = tl.note ? ` (note ${tl.note})` : "";
      out.push(`    ${label || "(no label)"}${note}${cells ? ` | ${cells}` : "   (label line, no amounts)"}`);
    }
  }
  const items = document.items.filter((it) => it.provenance.page === trace.page);
  out.push("", `Line items from this page (${items.length}):`);
  for (const it of items) out.push(`  ${itemLine(it)}`);
  const checks = trace.sumChecks.filter((c) => c.total.provenance.page === trace.page);
  if (checks.length > 0) {
    out.push("", "Sum checks:");
    for (const c of checks) {
      out.push(`  ${c.holds ? "holds" : "FAILS"}: ${c.total.label} = ${c.rows.map((r) => r.label).join(" + ")}`);
    }
  }
  const warnings = document.warnings.filter((w) => w.page === trace.page);
  out.push("", warnings.length === 0 ? "No warnings on this page." : `Warnings on this page (${warnings.length}):`);
  for (const w of warnings) out.push(`  ${w.code}: ${w.message}${w.text ? ` «${w.text}»` : ""}`);
  return `${out.join("\n")}\n`;
}

function itemLine(it: LineItem): string {
  const values = it.values.map((v) => `${v.column}=${v.blank ? "(blank)" : v.printed}`).join("; ");
  const flags = it.flags.length > 0 ? ` [${it.flags.join(", ")}]` : "";
  return `${it.role.padEnd(5)} ${it.code ? `${it.code} ` : ""}${it.label}: ${values}${flags}`;
}
