// The price series side of the CLI: which series a comparison uses (embedded
// figures with the user's imports laid over them, checked for age), and the
// `bop-real series list` and `bop-real series import FILE` commands.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import {
  checkedForAge,
  customSeries,
  defaultSeriesDir,
  deflatorSeries,
  importText,
  kpiJaeSeries,
  kpiSeries,
  loadPriceData,
  loadWithImports,
  parseCustomSeries,
  parseToday,
  seriesInventory,
  seriesStoreDir,
  storeImport,
  userDataDir,
  type InventorySeries,
  type PriceData,
  type PriceSeries,
  type Today,
} from "../prices/index.js";
import { InputError } from "./errors.js";
import type { Io } from "./io.js";
import type { CompareOptions } from "./options.js";

/** The series chosen on the command line, over the embedded and imported figures. */
export function loadSeries(choice: CompareOptions["series"], io: Io): PriceSeries {
  const today = parseToday(io.env.BOP_REAL_TODAY);
  return checkedForAge(buildSeries(choice, () => priceData(io)), today);
}

function buildSeries(choice: CompareOptions["series"], data: () => PriceData): PriceSeries {
  switch (choice.kind) {
    case "kpi":
      return kpiSeries(data());
    case "kpi-jae":
      return kpiJaeSeries(data());
    case "deflator":
      return deflatorSeries(data());
    case "custom": {
      const name = basename(choice.file);
      return customSeries(parseCustomSeries(readUserFile(choice.file, "--series"), name), name);
    }
    default: {
      const never: never = choice;
      return never;
    }
  }
}

function priceData(io: Io): PriceData {
  return loadWithImports(storeDir(io), loadPriceData());
}

function storeDir(io: Io): string {
  return seriesStoreDir(userDataDir(io.env));
}

function readUserFile(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "there is no such file" : code === "EISDIR" ? "it is a folder" : `it cannot be read (${code ?? "error"})`;
    throw new InputError(
      `${what} ${file}: ${why}. Give the path of ${what === "--series" ? "a CSV of year,index or year,percent" : "a JSON-stat file from SSB or a CSV of year,percent"}.`,
    );
  }
}

/** `bop-real series list` and `bop-real series import FILE`. */
export function addSeriesCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const series = program
    .command("series")
    .description("list the price series and where their figures come from, or import newer figures");
  series
    .command("list")
    .description("show each series, its newest figure and where its figures came from")
    .option("--debug", "show stack traces of errors")
    .action(() => setCode(runSeriesList(io)));
  series
    .command("import")
    .description("store figures from a JSON-stat file of SSB (KPI 03013, 03014, 14700, 14701; KPI-JAE 05327, 05335) or a CSV of year,percent (kommunal deflator)")
    .argument("<file>", "the downloaded file")
    .option("--debug", "show stack traces of errors")
    .action((file: string) => setCode(runSeriesImport(file, io)));
}

export function runSeriesList(io: Io): number {
  const today = parseToday(io.env.BOP_REAL_TODAY);
  const dir = storeDir(io);
  const data = loadWithImports(dir, loadPriceData());
  io.stdout.write(seriesListText(seriesInventory(data, today), data, today, dir));
  return 0;
}

export function seriesListText(list: readonly InventorySeries[], data: PriceData, today: Today, dir: string): string {
  const lines: string[] = [];
  for (const s of list) {
    const stale = s.stale ? `; older than 15 months on ${today.iso}: import newer figures` : "";
    lines.push(`${s.name} (${s.flag}): newest figure ${s.last}${stale}`);
    const width = Math.max(...s.parts.map((p) => p.what.length));
    for (const p of s.parts) {
      const span = p.first === p.last ? p.first : `${p.first} to ${p.last}`;
      const status = p.lastStatus === "published" ? "" : `, last one ${p.lastStatus}`;
      lines.push(`  ${p.what.padEnd(width)}  ${span.padEnd(18)} ${String(p.count).padStart(4)} figures  ${p.origin}${status}`);
    }
  }
  const imported = list.some((s) => s.parts.some((p) => p.origin !== "embedded"));
  lines.push(
    "",
    `Embedded figures: ${defaultSeriesDir()}`,
    `Imported figures: ${dir}${imported ? "" : " (none yet: bop-real series import FILE adds them)"}`,
    `Forecasts for years without figures (anslag): ${forecastText(data)}.`,
  );
  return `${lines.join("\n")}\n`;
}

function forecastText(data: PriceData): string {
  const bySeries = new Map<string, number[]>();
  for (const f of data.forecasts) bySeries.set(f.series, [...(bySeries.get(f.series) ?? []), f.year]);
  const names: Record<string, string> = { kpi: "KPI", "kpi-jae": "KPI-JAE", wages: "wages (not used)" };
  return [...bySeries.entries()]
    .map(([series, years]) => `${names[series] ?? series} ${Math.min(...years)}–${Math.max(...years)}`)
    .join(", ");
}

export function runSeriesImport(file: string, io: Io): number {
  const today = parseToday(io.env.BOP_REAL_TODAY);
  const figures = importText(readUserFile(file, "series import"), file, today);
  const dir = storeDir(io);
  const result = storeImport(dir, figures, loadPriceData());
  const span = result.first === result.last ? result.first : `${result.first} to ${result.last}`;
  const lines = [
    `Imported ${result.count} figure(s) of ${figures.series} from ${basename(file)}: ${figures.what}, ${span}.`,
    ...figures.details.map((d) => `  ${d}`),
    `Stored in ${result.path}.`,
  ];
  if (result.overEmbedded > 0) {
    lines.push(`${result.overEmbedded} of them replace embedded figures for the same periods; the output names the import as their source.`);
  }
  if (result.replacedImported > 0) lines.push(`${result.replacedImported} replace figures imported before.`);
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
