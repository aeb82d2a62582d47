// `bop-real series import FILE`: a JSON-stat file from SSB's statistikkbank, or a
// CSV of year,percent for the kommunal deflator (not an SSB table), read into
// rows of the embedded files' shape and stored in the user's data folder.
import { basename } from "node:path";
import { parseCustomSeries } from "./customSeries.js";
import { PriceDataError } from "./errors.js";
import { parseJsonStat } from "./jsonStat.js";
import { checkText } from "./textFile.js";
import type { StoredFileKey } from "./parsePriceData.js";
import type { GrowthRow, PriceData } from "./priceData.js";
import { cubeToFigures } from "./ssbTables.js";
import type { Today } from "./staleness.js";
import { periodText } from "./status.js";
import { loadStoredData, overlay, writeStoredFile, type StoredRow } from "./userStore.js";

export interface ImportedFigures {
  key: StoredFileKey;
  /** "KPI", "KPI-JAE", "kommunal deflator". */
  series: string;
  /** "SSB table 14700 (monthly, 2025=100)". */
  what: string;
  rows: StoredRow[];
  /** Lines for the user about what was read and left out. */
  details: string[];
}

const IMPORT_HELP =
  "bop-real series import takes a JSON-stat file saved from SSB's statistikkbank, or a CSV of year,percent " +
  "for the kommunal deflator (save a spreadsheet as CSV first).";

/** Parses an import without touching the disk. `file` is the path as given (its base name is stored). */
export function importText(text: string, file: string, today: Today): ImportedFigures {
  const name = basename(file);
  checkText(text, name, IMPORT_HELP);
  const origin = `imported from ${name} on ${today.iso}`;
  if (/^\s*[{[]/.test(text.replace(/^\uFEFF/, ""))) return fromJsonStat(text, name, origin);
  return fromDeflatorCsv(text, name, origin, today);
}

function fromJsonStat(text: string, name: string, origin: string): ImportedFigures {
  const cube = parseJsonStat(text, name);
  const figures = cubeToFigures(cube, name, origin);
  const t = figures.table;
  const details = [`read ${figures.selection} (JSON-stat ${cube.version})`];
  if (figures.missing > 0) details.push(`${figures.missing} period(s) without a figure were left out`);
  return {
    key: t.key,
    series: t.series,
    what: `SSB table ${t.id} (${t.frequency === "month" ? "monthly" : "annual"}, ${t.base})`,
    rows: figures.rows,
    details,
  };
}

/**
 * The kommunal deflator as year,percent. Without a status column, a year before
 * the current one counts as published and the current year and later as estimates
 * (a year that is not over cannot have a final figure).
 */
function fromDeflatorCsv(text: string, name: string, origin: string, today: Today): ImportedFigures {
  const table = parseCustomSeries(text, name);
  if (table.kind !== "percent") {
    throw new PriceDataError(
      `${name} is an index (year,index). The kommunal deflator is imported as year,percent; ` +
        `to deflate with an index of your own, use --series ${name} instead of importing it.`,
    );
  }
  const rows: GrowthRow[] = table.rows.map((r) => ({
    year: r.year,
    growthPercent: r.value,
    status: table.hasStatus ? r.status : r.year < today.year ? "published" : "estimate",
    source: r.source || `kommunal deflator (${name})`,
    note: "",
    origin,
  }));
  const estimates = rows.filter((r) => r.status === "estimate").map((r) => r.year);
  const details = table.hasStatus || estimates.length === 0 ? [] : [`${estimates.join(", ")} stored as estimates (anslag): add a status column to say otherwise`];
  return { key: "kommunalDeflator", series: "kommunal deflator", what: "kommunal deflator (year,percent)", rows, details };
}

export interface ImportResult {
  path: string;
  first: string;
  last: string;
  count: number;
  /** Periods that were already imported before, now replaced. */
  replacedImported: number;
  /** Periods the embedded data also has: the imported figure is used instead. */
  overEmbedded: number;
}

/** Lays the figures over what the store holds already and writes the file. */
export function storeImport(storeDir: string, figures: ImportedFigures, embedded: PriceData): ImportResult {
  const existing = (loadStoredData(storeDir)[figures.key] ?? []) as StoredRow[];
  const merged = overlay(existing, figures.rows, periodKey);
  const path = writeStoredFile(storeDir, figures.key, merged);
  const before = new Set(existing.map(periodKey));
  const inEmbedded = new Set((embedded[figures.key] as StoredRow[]).map(periodKey));
  const periods = figures.rows.map(periodKey).sort();
  return {
    path,
    first: periods[0] ?? "",
    last: periods[periods.length - 1] ?? "",
    count: periods.length,
    replacedImported: periods.filter((p) => before.has(p)).length,
    overEmbedded: periods.filter((p) => inEmbedded.has(p)).length,
  };
}

export function periodKey(row: StoredRow): string {
  return periodText(row.year, "month" in row ? row.month : undefined);
}
