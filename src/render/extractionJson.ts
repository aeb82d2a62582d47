// JSON for extracted line items. A scorer reads this: keep the field names and shapes.
import type { AmountValue, ExtractedDocument, LineItem } from "../model/types.js";
import { csvKroner } from "./format.js";
import { basisJson, warningJson } from "./json.js";

function valueJson(v: AmountValue): Record<string, unknown> {
  return {
    year: v.year,
    column: v.column,
    kind: v.kind,
    amount_nok: v.amountNok === null ? null : csvKroner(v.amountNok),
    printed: v.printed,
    blank: v.blank,
    price_basis: basisJson(v.priceBasis),
  };
}

function itemJson(item: LineItem): Record<string, unknown> {
  const pageLabel = item.provenance.pageLabel === undefined ? {} : { page_label: item.provenance.pageLabel };
  return {
    label: item.label,
    label_base: item.labelBase,
    footnote_marker: item.footnoteMarker,
    code: item.code,
    note_ref: item.noteRef ?? null,
    role: item.role,
    indent: item.indent,
    page: item.provenance.page,
    ...pageLabel,
    table_id: item.tableId,
    table_title: item.provenance.tableTitle,
    unit_multiplier: item.unit.multiplier,
    unit_text: item.unit.printed,
    price_basis: basisJson(item.priceBasis),
    printed_row: item.printedRow,
    flags: item.flags,
    values: item.values.map(valueJson),
  };
}

function documentJson(doc: ExtractedDocument): Record<string, unknown> {
  return {
    file: doc.file,
    budget_year: doc.budgetYear,
    title: doc.title,
    page_count: doc.pageCount,
    items: doc.items.map(itemJson),
    warnings: doc.warnings.map(warningJson),
  };
}

export function extractionToJson(docs: readonly ExtractedDocument[]): string {
  return `${JSON.stringify({ documents: docs.map(documentJson) }, null, 2)}\n`;
}
