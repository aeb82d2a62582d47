// Runs the CLI in-process, as `bop-real` would, and writes a golden file of the
// whole invocation: the command, stdout, stderr and the exit code (house style H11).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Writable } from "node:stream";
import { run } from "../../src/cli/main.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

/** A fresh, empty data folder, so that no import on the machine leaks into a test. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "bop-real-data-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runCli(argv: readonly string[], dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const out = sink();
  const err = sink();
  const code = await run(argv, {
    stdout: out.stream,
    stderr: err.stream,
    env: { NO_COLOR: "1", BOP_REAL_TODAY: "2026-11-24", BOP_REAL_DATA_DIR: dataDir, ...env },
    isTTY: false,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** Paths that differ between machines become <repo> and <data-dir>. */
export function normalize(text: string, dataDir: string): string {
  return text.split(dataDir).join("<data-dir>").split(ROOT).join("<repo>");
}

function fence(text: string): string {
  return `\`\`\`\n${text}${text.endsWith("\n") || text === "" ? "" : "\n"}\`\`\``;
}

export function goldenText(title: string, argv: readonly string[], result: CliResult, dataDir: string): string {
  const text = [
    `# ${title}`,
    "",
    fence(`$ bop-real ${argv.join(" ")}\n`),
    "",
    "stdout:",
    "",
    fence(result.stdout),
    "",
    "stderr:",
    "",
    fence(result.stderr),
    "",
    `Exit code: ${result.code}`,
    "",
  ].join("\n");
  return normalize(text, dataDir);
}
