// Where the geometry allows two readings, the table's own arithmetic decides:
// a digit group at the label's edge in a tight table is the start of the
// number ("1 527 791") or the end of the label ("… fase 2" before "345 678"),
// whichever makes the Sum row hold. Built from positioned runs, as pdf.js gives them.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import type { RawDocument, TextRun } from "../../src/read/index.js";

const SIZE = 9;
const CHAR = SIZE * 0.5;
const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: text.length * CHAR, size: SIZE });
const right = (text: string, rightEdge: number, y: number): TextRun => run(text, rightEdge - text.length * CHAR, y);

/** Tight columns: a 9-digit amount reaches left of where the label column seems to end. */
const COLUMNS = [301.5, 336.5, 371.5];
const header = (y: number) => [right("R 2024", COLUMNS[0]!, y), right("B 2025", COLUMNS[1]!, y), right("ØP 2026", COLUMNS[2]!, y)];
const row = (label: string, amounts: string[], y: number) => [run(label, 60, y), ...amounts.map((a, i) => right(a, COLUMNS[i]!, y))];
/** A label of 45 characters ends 7.5 pt before the amount that follows it: its last "2" could start "2 345 678". */
const LONG = "Lønnsreserve til fordeling etter oppgjøret, 2";

function document(rows: TextRun[][]): RawDocument {
  return {
    file: "syntetisk.pdf",
    format: "pdf",
    pages: [
      {
        number: 1,
        width: 595,
        height: 842,
        imageOnly: false,
        runs: [
          run("Budsjett 2025 og økonomiplan 2025–2028", 60, 60),
          run("Tabell 2.1 Netto driftsramme", 60, 200),
          run("Beløp i 1000 kr", 60, 215),
          ...header(230),
          ...rows.flat(),
          run("Rammene er fordelt etter vedtatt modell for ressursfordeling i kommunen.", 60, 320),
        ],
      },
    ],
  };
}

const values = (label: string, doc: ReturnType<typeof extractDocument>) =>
  doc.items.find((it) => it.label === label)?.values.map((v) => v.amountNok?.toFixed());

describe("the sums decide between readings of a digit group at the label's edge", () => {
  it("keeps the group in the label when only that makes the Sum row hold", () => {
    expect(LONG).toHaveLength(45);
    const doc = extractDocument(
      document([
        row("Lønn og sosiale utgifter", ["100 000", "110 000", "120 000"], 245),
        [run(LONG, 60, 260), ...["345 678", "350 000", "360 000"].map((a, i) => right(a, COLUMNS[i]!, 260))],
        row("Sum lønn", ["445 678", "460 000", "480 000"], 275),
      ]),
    );
    expect(values(LONG, doc)).toEqual(["345678000", "350000000", "360000000"]);
    expect(doc.warnings.filter((w) => w.code === "sum_mismatch")).toEqual([]);
  });

  it("lets the group start the number when that makes the Sum row hold", () => {
    const doc = extractDocument(
      document([
        row("Oppvekst", ["1 527 791", "35 000", "36 000"], 245),
        row("Kultur", ["20 000", "21 000", "22 000"], 260),
        row("Sum tjenester", ["1 547 791", "56 000", "58 000"], 275),
      ]),
    );
    expect(values("Oppvekst", doc)).toEqual(["1527791000", "35000000", "36000000"]);
    expect(doc.warnings.filter((w) => w.code === "sum_mismatch")).toEqual([]);
  });
});
