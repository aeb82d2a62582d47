// The stage's reading of price files: the series folder shipped with the package.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PriceDataError } from "./errors.js";
import type { PriceData } from "./priceData.js";
import {
  EXTRA_SERIES_FILES,
  SERIES_FILES,
  parsePriceData,
  type ExtraSeriesFileKey,
  type SeriesFileKey,
  type SeriesTexts,
} from "./parsePriceData.js";

/**
 * The embedded series folder. Compiled code runs from dist/prices/ and vitest
 * from src/prices/; both sit two levels below the package root.
 */
export function defaultSeriesDir(): string {
  return fileURLToPath(new URL("../../data/series/", import.meta.url));
}

/** Read and check every series file in `dir` (default: the embedded data). */
export function loadPriceData(dir: string = defaultSeriesDir()): PriceData {
  const keys = Object.keys(SERIES_FILES) as SeriesFileKey[];
  const texts: Record<string, string> = Object.fromEntries(
    keys.map((key) => [key, readSeriesFile(dir, SERIES_FILES[key])]),
  );
  for (const key of Object.keys(EXTRA_SERIES_FILES) as ExtraSeriesFileKey[]) {
    const path = join(dir, EXTRA_SERIES_FILES[key]);
    if (existsSync(path)) texts[key] = readSeriesFile(dir, EXTRA_SERIES_FILES[key]);
  }
  return parsePriceData(texts as SeriesTexts, dir);
}

function readSeriesFile(dir: string, file: string): string {
  const path = join(dir, file);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : "cannot be read";
    throw new PriceDataError(
      `The price data file ${path} ${reason}. Reinstall bop-real, or point to a folder that holds ${file}.`,
    );
  }
}
