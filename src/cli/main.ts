// The only place that talks to the user: parse, dispatch, print, pick the exit code.
import { Command, CommanderError, Option } from "commander";
import { PriceDataError } from "../prices/index.js";
import { extractionFormats, langs, realTermsFormats } from "../render/index.js";
import { runCompare } from "./compare.js";
import { InputError, UsageError } from "./errors.js";
import { runExtract } from "./extract.js";
import { addSeriesCommand } from "./series.js";
import type { Io } from "./io.js";
import { compareOptions, extractOptions, type RawCompare, type RawExtract } from "./options.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  // Read before parsing: a mistake in the arguments themselves must still show its trace with --debug.
  const debug = argv.includes("--debug");
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (err) {
    return reportError(err, io, debug);
  }
}

function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command("bop-real")
    .description("Real-terms (inflation-adjusted) change of line items in Norwegian municipal budget documents (PDF or Word).")
    .usage("<from> <to> <file...> --cpi|--cpi-jae|--deflator|--series FILE [options]")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    })
    .showSuggestionAfterError(true)
    .enablePositionalOptions();
  addCompareArguments(program).action(async (from: string, to: string, files: string[], raw: RawCompare) => {
    setCode(await runCompare(compareOptions(from, to, files, raw), io));
  });
  addExtractCommand(program, io, setCode);
  addSeriesCommand(program, io, setCode);
  return program;
}

/** The main job's arguments and options: `bop-real <from> <to> <file...> --cpi …`. */
function addCompareArguments(program: Command): Command {
  return program
    .argument("<from>", "base year, e.g. 2022")
    .argument("<to>", "year to compare, e.g. 2026")
    .argument("[files...]", "budget documents (PDF or .docx)")
    .option("--cpi", "deflate with the consumer price index KPI (SSB)")
    .option("--cpi-jae", "deflate with KPI-JAE, KPI adjusted for tax changes and without energy (SSB)")
    .option("--deflator", "deflate with the kommunal deflator (Finansdepartementet): price and wage growth")
    .option("--series <file>", "deflate with your own series: a CSV of year,index or year,percent")
    .option("--item <text>", "only rows whose label contains TEXT (case and accents ignored); repeatable", collect)
    .option("--column <text>", "use the column whose header contains TEXT where a year has several; repeatable", collect)
    .option("--in-prices-of <year>", "express every figure in this year's prices (default: the base year)")
    .addOption(new Option("-f, --format <format>", "output format").choices(realTermsFormats).default("table"))
    .addOption(new Option("--lang <lang>", "language of the sentence and notes").choices(langs).default("nb"))
    .option("--assume <year=pct>", "assume PCT % price growth in YEAR over the year before (an anslag); repeatable", collect)
    .option("--strict", "refuse anslag figures, and exit 1 on any warning")
    .option("--example", "run on the built-in example document")
    .option("--no-color", "no colours")
    .option("--debug", "show stack traces of errors");
}

/** `bop-real extract FILE…`: the line items as found, with provenance. */
function addExtractCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command("extract")
    .description("print the line items found in budget documents, with provenance")
    .argument("<files...>", "budget documents (PDF or .docx)")
    .addOption(new Option("-f, --format <format>", "output format").choices(extractionFormats).default("table"))
    .option("--explain <page>", "show how one page was read: its lines, the columns found, each row's cells, the sum checks")
    .option("--strict", "exit 1 when anything was uncertain (warnings)")
    .option("--no-color", "no colours")
    .option("--debug", "show stack traces of errors")
    .action(async (files: string[], raw: RawExtract) => {
      setCode(await runExtract(extractOptions(files, raw), io));
    });
}

function reportError(err: unknown, io: Io, debug: boolean): number {
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
    const message = err.message.replace(/^error: /, "");
    io.stderr.write(`bop-real: error: ${message} (see bop-real --help)\n`);
    return 2;
  }
  // A usage mistake is 2; a file or data problem, and anything unexpected, is 1.
  const code = err instanceof UsageError || err instanceof InputError ? err.exitCode : 1;
  const message = err instanceof Error ? err.message : String(err);
  const known = err instanceof UsageError || err instanceof InputError || err instanceof PriceDataError;
  io.stderr.write(`bop-real: error: ${known ? message : `unexpected failure: ${message} (run again with --debug and report it)`}\n`);
  if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return code;
}
