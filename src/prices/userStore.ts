// The user's own price figures: what `bop-real series import` stored, read back
// and laid over the embedded figures (an imported period replaces the embedded one).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { stringify } from "csv-stringify/sync";
import { PriceDataError } from "./errors.js";
import {
  IMPORTED_COLUMN,
  INDEX_FILES,
  fileNameOf,
  parseStoredData,
  type StoredFileKey,
  type StoredRows,
} from "./parsePriceData.js";
import type { AnnualIndexRow, GrowthRow, MonthlyIndexRow, PriceData } from "./priceData.js";

/** Set it to keep imports somewhere else (tests use a temporary folder). */
export const DATA_DIR_ENV = "BOP_REAL_DATA_DIR";

const APP = "bop-real";

/**
 * Where imported figures live: $BOP_REAL_DATA_DIR, else the platform's place for
 * user data (XDG on Linux and other Unixes, Application Support on macOS, %APPDATA% on Windows).
 */
export function userDataDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env[DATA_DIR_ENV];
  if (override) return resolve(override);
  switch (platform) {
    case "win32":
      return join(env.APPDATA || join(home, "AppData", "Roaming"), APP);
    case "darwin":
      return join(home, "Library", "Application Support", APP);
    default: {
      // The XDG spec says to ignore a relative XDG_DATA_HOME.
      const xdg = env.XDG_DATA_HOME;
      return join(xdg && isAbsolute(xdg) ? xdg : join(home, ".local", "share"), APP);
    }
  }
}

/** The folder inside the data directory that holds the imported series files. */
export function seriesStoreDir(dataDir: string): string {
  return join(dataDir, "series");
}

const STORED_KEYS: readonly StoredFileKey[] = [
  "kpiAnnual2015",
  "kpiMonthly2015",
  "kpiAnnual2025",
  "kpiMonthly2025",
  "kpiJaeAnnual2015",
  "kpiJaeMonthly2015",
  "kommunalDeflator",
];

/** The stored figures; a missing folder or file simply holds none. */
export function loadStoredData(storeDir: string): StoredRows {
  const texts: Partial<Record<StoredFileKey, string>> = {};
  for (const key of STORED_KEYS) {
    const path = join(storeDir, fileNameOf(key));
    if (!existsSync(path)) continue;
    try {
      texts[key] = readFileSync(path, "utf8");
    } catch (error) {
      throw new PriceDataError(
        `${path} cannot be read (${(error as Error).message}). Check its permissions, or delete it to use the embedded figures.`,
      );
    }
  }
  return parseStoredData(texts, storeDir);
}

/** The embedded figures with the stored ones laid over them, period by period. */
export function mergePriceData(embedded: PriceData, stored: StoredRows, storeDir: string): PriceData {
  const byYear = (r: { year: number }) => String(r.year);
  const byMonth = (r: { year: number; month: number }) => `${r.year}-${String(r.month).padStart(2, "0")}`;
  return {
    ...embedded,
    importDir: storeDir,
    kpiAnnual2015: overlay(embedded.kpiAnnual2015, stored.kpiAnnual2015, byYear),
    kpiMonthly2015: overlay(embedded.kpiMonthly2015, stored.kpiMonthly2015, byMonth),
    kpiAnnual2025: overlay(embedded.kpiAnnual2025, stored.kpiAnnual2025, byYear),
    kpiMonthly2025: overlay(embedded.kpiMonthly2025, stored.kpiMonthly2025, byMonth),
    kpiJaeAnnual2015: overlay(embedded.kpiJaeAnnual2015, stored.kpiJaeAnnual2015, byYear),
    kpiJaeMonthly2015: overlay(embedded.kpiJaeMonthly2015, stored.kpiJaeMonthly2015, byMonth),
    kommunalDeflator: overlay(embedded.kommunalDeflator, stored.kommunalDeflator, byYear),
  };
}

/** Rows of `base` with those of `top` put in their place (or added), in period order. */
export function overlay<T>(base: readonly T[], top: readonly T[] | undefined, key: (row: T) => string): T[] {
  const merged = new Map(base.map((row) => [key(row), row]));
  for (const row of top ?? []) merged.set(key(row), row);
  return [...merged.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
}

export type StoredRow = AnnualIndexRow | MonthlyIndexRow | GrowthRow;

/** Writes one series file of the store (replacing it whole, through a temporary file). */
export function writeStoredFile(storeDir: string, key: StoredFileKey, rows: readonly StoredRow[]): string {
  const path = join(storeDir, fileNameOf(key));
  try {
    mkdirSync(storeDir, { recursive: true });
    writeFileSync(`${path}.tmp`, storedCsv(key, rows));
    renameSync(`${path}.tmp`, path);
  } catch (error) {
    throw new PriceDataError(
      `cannot write ${path} (${(error as Error).message}). Check that the folder is writable, or set ${DATA_DIR_ENV} to another folder.`,
    );
  }
  return path;
}

/** The same columns as the embedded file of that name, plus `imported`. */
export function storedCsv(key: StoredFileKey, rows: readonly StoredRow[]): string {
  const records = key === "kommunalDeflator" ? growthRecords(rows as GrowthRow[]) : indexRecords(key, rows);
  return stringify(records, { record_delimiter: "\n" });
}

function growthRecords(rows: readonly GrowthRow[]): string[][] {
  const head = ["year", "growth_percent", "status", "source", "note", IMPORTED_COLUMN];
  return [
    head,
    ...rows.map((r) => [String(r.year), r.growthPercent.toFixed(), r.status, r.source, r.note, r.origin ?? ""]),
  ];
}

function indexRecords(key: Exclude<StoredFileKey, "kommunalDeflator">, rows: readonly StoredRow[]): string[][] {
  const spec = INDEX_FILES[key];
  if (spec.shape === "monthly") {
    const head = ["month", spec.value, "status", spec.source, IMPORTED_COLUMN];
    return [
      head,
      ...(rows as MonthlyIndexRow[]).map((r) => [
        `${r.year}-${String(r.month).padStart(2, "0")}`,
        r.value.toFixed(),
        r.status,
        r.source,
        r.origin ?? "",
      ]),
    ];
  }
  const head = ["year", spec.value, "status", spec.source, "note", IMPORTED_COLUMN];
  return [
    head,
    ...(rows as AnnualIndexRow[]).map((r) => [String(r.year), r.value.toFixed(), r.status, r.source, r.note, r.origin ?? ""]),
  ];
}

/** The embedded figures (from `embeddedDir`, default the package's) with the store's laid over them. */
export function loadWithImports(storeDir: string, embedded: PriceData): PriceData {
  return mergePriceData(embedded, loadStoredData(storeDir), storeDir);
}
