import type { Warning } from "../model/types.js";

/** Warnings leave the exit code at 0 unless the user asked for --strict. */
export function getExitCode(warnings: readonly Warning[], strict: boolean): number {
  return strict && warnings.length > 0 ? 1 : 0;
}
