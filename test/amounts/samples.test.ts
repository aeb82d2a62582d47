// Checks every printed amount, unit line and price basis in the sample truth
// files (../shared/samples/d0*.truth.json), so that real formats nobody thought
// of fail here first. Skipped when ../shared is not there.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  cellToKroner,
  detectPriceBasis,
  detectUnit,
  isUnitLine,
  parseAmount,
} from "../../src/amounts/index.js";

interface TruthValue {
  amount_nok: number;
  printed: string;
  blank: boolean;
}

interface TruthItem {
  label: string;
  unit_multiplier: number;
  unit_text: string;
  values: TruthValue[];
}

interface TruthTable {
  table_id: string;
  title: string;
  budget_table: boolean;
  unit_text: string | null;
  unit_line_printed: string | null;
  unit_placement: string | null;
  unit_multiplier: number | null;
  price_basis_printed: string | null;
  corner_text: string | null;
}

interface Truth {
  items?: TruthItem[];
  tables?: TruthTable[];
}

const samplesDir = fileURLToPath(new URL("../../../shared/samples/", import.meta.url));
const truthFiles = existsSync(samplesDir)
  ? readdirSync(samplesDir).filter((f) => /^d0.*\.truth\.json$/.test(f)).sort()
  : [];

function readTruth(file: string): Truth {
  return JSON.parse(readFileSync(samplesDir + file, "utf8")) as Truth;
}

/** Every mismatch as one line, so a failure lists them all at once. */
function amountMismatches(truth: Truth): string[] {
  const out: string[] = [];
  for (const item of truth.items ?? []) {
    const unit = { multiplier: item.unit_multiplier, printed: item.unit_text };
    for (const v of item.values) {
      const cell = parseAmount(v.printed);
      const kroner = cellToKroner(cell, unit)?.toFixed() ?? (cell.kind === "blank" ? "0" : "none");
      if (kroner !== String(v.amount_nok) || (cell.kind === "blank") !== v.blank) {
        out.push(`${item.label}: ${JSON.stringify(v.printed)} → ${kroner}, want ${v.amount_nok}`);
      }
    }
  }
  return out;
}

function unitMismatches(truth: Truth): string[] {
  const out: string[] = [];
  for (const t of truth.tables ?? []) {
    if (t.unit_line_printed === null || t.unit_text === null) continue;
    const want = { multiplier: t.unit_multiplier, printed: t.unit_text };
    const line = t.unit_placement === "title" ? t.title : t.unit_line_printed;
    const got = detectUnit(line);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      out.push(`${t.table_id} ${JSON.stringify(line)} → ${JSON.stringify(got)}`);
    }
    if (!isUnitLine(line)) out.push(`${t.table_id} ${JSON.stringify(line)} is not a unit line`);
    const basis = detectPriceBasis(t.unit_line_printed);
    const basisPrinted = basis?.kind === "fixed" ? basis.printed : null;
    if (basisPrinted !== t.price_basis_printed) {
      out.push(`${t.table_id} ${JSON.stringify(t.unit_line_printed)} → basis ${JSON.stringify(basis)}`);
    }
  }
  return out;
}

/** Labels and titles are prose: none of them may read as an amount or a unit line. */
function proseMismatches(truth: Truth): string[] {
  const out: string[] = [];
  for (const item of truth.items ?? []) {
    if (parseAmount(item.label).kind !== "not_amount") out.push(`label ${JSON.stringify(item.label)}`);
    if (isUnitLine(item.label)) out.push(`label ${JSON.stringify(item.label)} is a unit line`);
  }
  for (const t of truth.tables ?? []) {
    if (t.unit_placement !== "title" && isUnitLine(t.title)) out.push(`title ${JSON.stringify(t.title)}`);
  }
  return out;
}

describe.skipIf(truthFiles.length === 0)("sample truth files", () => {
  it.each(truthFiles)("%s: parseAmount(printed) × unit = amount_nok", (file) => {
    const truth = readTruth(file);
    expect((truth.items ?? []).length).toBeGreaterThan(0);
    expect(amountMismatches(truth)).toEqual([]);
  });

  it.each(truthFiles)("%s: unit lines and price bases", (file) => {
    expect(unitMismatches(readTruth(file))).toEqual([]);
  });

  it.each(truthFiles)("%s: labels and titles are not amounts or unit lines", (file) => {
    expect(proseMismatches(readTruth(file))).toEqual([]);
  });
});
