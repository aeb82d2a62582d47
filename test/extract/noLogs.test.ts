// Reading and extraction print nothing (H9): problems come back as warnings or
// thrown errors, and only the CLI writes. pdf.js is noisy by default; this
// holds it to verbosity 0 on a document with a scanned page and odd layouts.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { spyOnOutput } from "../helpers/spyOutput.js";
import { extractDocument } from "../../src/extract/index.js";
import { readDocument, ReadError } from "../../src/read/index.js";
import { root } from "../helpers/cli.js";

describe("read and extract write nothing", () => {
  const spies = spyOnOutput();

  it("on documents with warnings and on a file that cannot be read", async () => {
    for (const name of ["l10-scanned-page.pdf", "l07-twocolumn-chart.pdf", "l09-owner-password.pdf"]) {
      const doc = extractDocument(await readDocument(path.join(root, "fixtures/layouts", name)));
      expect(doc.items.length).toBeGreaterThan(0);
    }
    await expect(readDocument(path.join(root, "fixtures/layouts/bad-truncated.pdf"))).rejects.toBeInstanceOf(ReadError);
    for (const spy of spies()) expect(spy).not.toHaveBeenCalled();
  });
});
