// Compares extracted line items with a truth file in the shared samples' format
// (../shared/samples/README.md), the way ../shared/tools/score.mjs does, but
// returning the differences so a test can show them.
import type { ExtractedDocument } from "../../src/model/types.js";

export interface TruthValue {
  year: number;
  column_header: string;
  column_kind: string;
  amount_nok: number;
}
export interface TruthItem {
  label: string;
  label_base?: string;
  page: number;
  code?: string | null;
  values: TruthValue[];
}
export interface Truth {
  format?: string;
  items: TruthItem[];
  expect_warning_pages?: number[];
  /** The document prints no unit: every budget table must warn that it was read as whole kroner. */
  expect_unit_unknown?: boolean;
  tables?: { title: string; budget_table: boolean }[];
}

export interface Comparison {
  missingItems: string[];
  extraItems: string[];
  wrong: string[];
  missingValues: string[];
  spurious: string[];
  wrongKind: string[];
  wrongCode: string[];
}

const norm = (s: string) =>
  s.normalize("NFKC").replace(/[\u00a0\u2009\u202f\u2007]/g, " ").replace(/\s+/g, " ").trim().toLowerCase().replace(/[–—]/g, "-");
const stripMarker = (s: string) => s.replace(/(\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,\s]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|\s*\*+|\s+\d\))$/u, "");

export function compareWithTruth(doc: ExtractedDocument, truth: Truth): Comparison {
  const out: Comparison = { missingItems: [], extraItems: [], wrong: [], missingValues: [], spurious: [], wrongKind: [], wrongCode: [] };
  const used = new Set<number>();
  for (const t of truth.items) {
    const key = norm(stripMarker(t.label_base ?? t.label));
    const idx = doc.items.findIndex((it, i) => !used.has(i) && it.provenance.page === t.page && norm(stripMarker(it.labelBase)) === key);
    if (idx < 0) {
      if (t.values.some((v) => v.amount_nok !== 0)) out.missingItems.push(`p${t.page} ${t.label}`);
      continue;
    }
    used.add(idx);
    const got = doc.items[idx]!;
    if (t.code !== undefined && (t.code ?? null) !== got.code) out.wrongCode.push(`p${t.page} ${t.label}: truth ${t.code} got ${got.code}`);
    compareValues(got, t, out);
  }
  doc.items.forEach((it, i) => {
    if (!used.has(i) && it.values.some((v) => v.amountNok !== null && !v.amountNok.isZero())) out.extraItems.push(`p${it.provenance.page} ${it.label}`);
  });
  return out;
}

function compareValues(item: ExtractedDocument["items"][number], t: TruthItem, out: Comparison): void {
  const left = [...item.values];
  for (const v of t.values) {
    const i = left.findIndex((o) => norm(o.column) === norm(v.column_header));
    if (i < 0) {
      if (v.amount_nok !== 0) out.missingValues.push(`p${t.page} ${t.label} [${v.column_header}]`);
      continue;
    }
    const o = left.splice(i, 1)[0]!;
    const got = o.amountNok === null ? "0" : o.amountNok.toFixed();
    if (got !== String(v.amount_nok)) out.wrong.push(`p${t.page} ${t.label} [${v.column_header}] truth ${v.amount_nok} got ${got}`);
    if (o.kind !== v.column_kind) out.wrongKind.push(`p${t.page} ${t.label} [${v.column_header}] truth ${v.column_kind} got ${o.kind}`);
  }
  for (const o of left) if (o.amountNok !== null && !o.amountNok.isZero()) out.spurious.push(`p${t.page} ${t.label} [${o.column}] ${o.amountNok.toFixed()}`);
}
