// The README's worked example is the tool's real output: a change to the table
// or its notes fails here until the README is updated with the new output.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root, runCli } from "../helpers/cli.js";

/** Every ```console block of the README that runs `node bin/bop-real.js`: its arguments and its output. */
function consoleExamples(readme: string): Array<{ args: string[]; output: string }> {
  const blocks = [...readme.matchAll(/```console\n\$ node bin\/bop-real\.js ([^\n]*)\n([\s\S]*?)```/g)];
  return blocks.map((m) => ({ args: m[1]!.split(" "), output: m[2]! }));
}

describe("README worked example", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const examples = consoleExamples(readme);

  it("has one", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.args.join(" "), e] as const))("bop-real %s prints what the README shows", (_name, example) => {
    const r = runCli(example.args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(example.output);
  });
});
