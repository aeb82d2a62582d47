// A table that goes on under a repeated header on the next page is one table,
// also when the running header is two lines tall (so the header is not in the
// top few per cent of the page). Built from positioned runs, as pdf.js gives them.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import type { RawDocument, RawPage, TextRun } from "../../src/read/index.js";

const SIZE = 9;
const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: text.length * SIZE * 0.5, size: SIZE });
/** Right-aligned at `right`, as budget tables print amounts. */
const right = (text: string, rightEdge: number, y: number): TextRun => run(text, rightEdge - text.length * SIZE * 0.5, y);

const COLUMNS = [300, 380, 460];
function header(y: number): TextRun[] {
  return [right("Regnskap 2023", COLUMNS[0]!, y), right("Budsjett 2024", COLUMNS[1]!, y), right("Forslag 2025", COLUMNS[2]!, y)];
}
function row(label: string, amounts: string[], y: number): TextRun[] {
  return [run(label, 60, y), ...amounts.map((a, i) => right(a, COLUMNS[i]!, y))];
}
function page(number: number, runs: TextRun[]): RawPage {
  const running = [run("Budsjett 2025 og økonomiplan 2025–2028", 60, 40), run("Kapittel 3 Tjenesteområdene", 60, 70), run(`Side ${number} av 2`, 480, 810)];
  return { number, width: 595, height: 842, runs: [...running, ...runs], imageOnly: false };
}

const doc: RawDocument = {
  file: "syntetisk.pdf",
  format: "pdf",
  pages: [
    page(1, [
      run("Tabell 3.1 Driftsbudsjett Oppvekst", 60, 600),
      run("Beløp i 1000 kr", 60, 615),
      ...header(630),
      ...row("Barnehager", ["100 000", "110 000", "120 000"], 645),
      ...row("Skoler", ["200 000", "210 000", "220 000"], 660),
    ]),
    page(2, [
      ...header(95),
      ...row("Kulturskole", ["10 000", "11 000", "12 000"], 110),
      ...row("Sum oppvekst", ["310 000", "331 000", "352 000"], 125),
      run("Rammen er fordelt etter antall barn i hver skolekrets og barnehage i kommunen.", 60, 160),
    ]),
  ],
};

describe("a table continued under a repeated header below a two-line running header", () => {
  it("is one table with the first page's title and unit, and its sum adds up", () => {
    const extracted = extractDocument(doc);
    expect(extracted.items.map((it) => [it.label, it.provenance.page, it.provenance.tableTitle, it.tableId])).toEqual([
      ["Barnehager", 1, "Tabell 3.1 Driftsbudsjett Oppvekst", "t001"],
      ["Skoler", 1, "Tabell 3.1 Driftsbudsjett Oppvekst", "t001"],
      ["Kulturskole", 2, "Tabell 3.1 Driftsbudsjett Oppvekst", "t001"],
      ["Sum oppvekst", 2, "Tabell 3.1 Driftsbudsjett Oppvekst", "t001"],
    ]);
    expect(extracted.items[2]!.values.map((v) => v.amountNok?.toFixed())).toEqual(["10000000", "11000000", "12000000"]);
    expect(extracted.items[3]!.role).toBe("total");
    expect(extracted.warnings).toEqual([]);
  });
});
