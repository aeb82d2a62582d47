import type { Writable } from "node:stream";
import type { Warning } from "../model/types.js";

export interface Io {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colours and progress only then). */
  isTTY: boolean;
}

/** Colour only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColor(io: Io, noColorFlag: boolean): boolean {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  return io.isTTY && !noColor && !noColorFlag && io.env.FORCE_COLOR !== "0";
}

export function formatWarning(w: Warning): string {
  const where = [w.file, w.page !== undefined ? `p. ${w.page}` : undefined, w.table ? `«${w.table}»` : undefined].filter(Boolean).join(", ");
  const text = w.text ? `: ${w.text.length > 90 ? `${w.text.slice(0, 87)}...` : w.text}` : "";
  return `bop-real: warning: ${where ? `${where}: ` : ""}${w.message}${text}`;
}

export function writeWarnings(io: Io, warnings: readonly Warning[]): void {
  const seen = new Set<string>();
  for (const w of warnings) {
    const line = formatWarning(w);
    if (seen.has(line)) continue;
    seen.add(line);
    io.stderr.write(`${line}\n`);
  }
}
