// A readable terminal table per extracted document: one column per column header.
import { Chalk, type ChalkInstance } from "chalk";
import type { ExtractedDocument, LineItem } from "../model/types.js";
import { formatKroner } from "./format.js";
import { itemFlagText } from "./flagPhrases.js";
import { plainTable } from "./terminal.js";
import { UNCERTAIN_MARK, markedLabel } from "./uncertainty.js";

/** The distinct column headers of a document, in the order they first appear. */
function columnHeaders(items: readonly LineItem[]): string[] {
  return [...new Set(items.flatMap((item) => item.values.map((v) => v.column)))];
}

function itemCells(item: LineItem, headers: readonly string[]): string[] {
  return headers.map((header) => {
    const value = item.values.find((v) => v.column === header);
    return value === undefined || value.amountNok === null ? "" : formatKroner(value.amountNok);
  });
}

function documentHeading(doc: ExtractedDocument): string {
  const year = doc.budgetYear === null ? "" : `, budsjettår ${doc.budgetYear}`;
  const title = doc.title === null ? "" : ` – ${doc.title}`;
  return `${doc.file}${title} (${doc.pageCount} sider${year})`;
}

function flagLines(items: readonly LineItem[]): string[] {
  return items.flatMap((item) => item.flags.map((flag) => `${UNCERTAIN_MARK} ${item.label} (s. ${item.provenance.page}): ${itemFlagText[flag]}`));
}

/** One terminal table per budget table: each has its own columns, so a document's tables are not run together. */
function documentTable(doc: ExtractedDocument, chalk: ChalkInstance): string {
  const heading = chalk.bold(documentHeading(doc));
  if (doc.items.length === 0) return `${heading}\nIngen budsjettposter funnet.`;
  const blocks = groupByTable(doc.items).map((items) => tableBlock(items, chalk));
  return [heading, ...blocks].join("\n\n");
}

function groupByTable(items: readonly LineItem[]): LineItem[][] {
  const tables = new Map<string, LineItem[]>();
  for (const item of items) tables.set(item.tableId, [...(tables.get(item.tableId) ?? []), item]);
  return [...tables.values()];
}

function tableBlock(items: readonly LineItem[], chalk: ChalkInstance): string {
  const first = items[0]!;
  const printed = [first.unit.printed, first.priceBasis.kind === "fixed" ? first.priceBasis.printed : ""].filter(Boolean);
  const unit = printed.length === 0 ? "" : ` (trykt: ${printed.join(", ")}; her i kroner)`;
  const title = `${first.provenance.tableTitle || "Tabell uten tittel"}${unit}`;
  const headers = columnHeaders(items);
  const table = plainTable(["Post", "Side", ...headers], ["left", "right", ...headers.map(() => "right" as const)], chalk);
  for (const item of items) {
    const marked = markedLabel(item.label, item.flags);
    const label = "  ".repeat(item.indent) + (item.flags.length === 0 ? marked : chalk.yellow(marked));
    table.push([label, String(item.provenance.page), ...itemCells(item, headers)]);
  }
  return [title, table.toString(), ...flagLines(items).map((l) => chalk.yellow(l))].join("\n");
}

export function extractionToTerminal(docs: readonly ExtractedDocument[], color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const blocks = docs.map((doc) => documentTable(doc, chalk));
  return `${[...blocks, "Alle beløp i kroner."].join("\n\n")}\n`;
}
