// Golden-file assertions. A missing golden fails (it is never created silently);
// `UPDATE_GOLDEN=1 npx vitest run <test file>` writes or rewrites them for review.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const goldenDir = fileURLToPath(new URL("../golden/", import.meta.url));

export interface GoldenOptions {
  /** Write `actual` instead of comparing (default: `UPDATE_GOLDEN=1` in the environment). */
  update?: boolean;
  /** Folder of the golden files (default: test/golden). */
  dir?: string;
}

function testFile(): string {
  const testPath = expect.getState().testPath;
  return testPath === undefined ? "<test file>" : path.relative(process.cwd(), testPath);
}

/** Compares `actual` with test/golden/<name>, byte for byte. */
export function expectGolden(name: string, actual: string, options: GoldenOptions = {}): void {
  const file = path.join(options.dir ?? goldenDir, name);
  const shown = path.relative(process.cwd(), file);
  if (options.update ?? process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file ${shown} is missing. Create it with: UPDATE_GOLDEN=1 npx vitest run ${testFile()} and review it before committing.`,
    );
  }
  expect(actual, `${shown} differs (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, "utf8"));
}
