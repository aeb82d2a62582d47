// Annual reports and accounts (årsmelding, årsrekneskap): bare year headers,
// years typeset as numbers ("2 013"), spacer rows, a Note column and labels
// with operators. The unit tests pin each rule; the fixture (drawn by
// fixtures/scripts/make-layouts.mjs, l31) and the real SIM Årsmelding 2014 show
// them working together.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { columnKind } from "../../src/extract/columnKind.js";
import { findAccountsTitle } from "../../src/extract/documentKind.js";
import { isYearLine, withSpacedYears } from "../../src/extract/headers.js";
import { extractDocument } from "../../src/extract/index.js";
import { splitOperator } from "../../src/extract/labelOperator.js";
import { splitNote } from "../../src/extract/noteColumn.js";
import type { Line, Token } from "../../src/extract/types.js";
import type { ExtractedDocument, LineItem } from "../../src/model/types.js";
import { readDocument } from "../../src/read/index.js";
import { root, sharedDir } from "../helpers/cli.js";

/** A line of tokens given as [text, x0, x1], 10 pt. */
function line(parts: [string, number, number][], size = 10, page = 1): Line {
  const tokens: Token[] = parts.map(([text, x0, x1]) => ({ text, x0, x1, y: 100, size }));
  return { page, y: 100, size, tokens, text: parts.map((p) => p[0]).join(" ") };
}

describe("years typeset as numbers", () => {
  // SIM Årsmelding 2014 p. 4, positions from the text layer.
  const header = line([["Note", 245.7, 266.8], ["R", 341.2, 346.1], ["2014", 351.0, 370.5], ["B", 433.9, 438.8], ["2014", 443.6, 463.1], ["2", 530.5, 535.1], ["013", 539.8, 553.7]]);

  it("join into one year on a header line", () => {
    expect(withSpacedYears(header).map((t) => t.text)).toEqual(["Note", "R", "2014", "B", "2014", "2 013"]);
    expect(isYearLine(header)).toBe(true);
    expect(isYearLine(line([["2", 456.3, 461.0], ["014", 465.6, 479.5], ["2013", 533.2, 554.3]]))).toBe(true);
  });

  it("are amounts in a body row, even beside a year in the label", () => {
    const label = line([["Engangsmidler", 40, 100], ["2023", 104, 124], ["2", 431, 436], ["010", 440, 455]]);
    expect(withSpacedYears(label).map((t) => t.text)).toEqual(["Engangsmidler", "2023", "2", "010"]);
    expect(isYearLine(label)).toBe(false);
    const amounts = line([["Inventar", 40, 80], ["2", 246, 251], ["2", 436, 441], ["019", 445, 460], ["2", 526, 531], ["021", 535, 550]]);
    expect(isYearLine(amounts)).toBe(false);
    // Nasjonalbudsjettet 2026 p. 170: a row labelled with a year, with an amount of 1 994 in it
    const yearRow = line([["2004", 40, 60], ["-79", 120, 135], ["246", 139, 154], ["1", 200, 205], ["994", 209, 224], ["-30", 260, 275], ["196", 279, 294]]);
    expect(isYearLine(yearRow)).toBe(false);
  });

  it("are not joined across a column gap", () => {
    expect(withSpacedYears(line([["2", 400, 405], ["013", 430, 445], ["2014", 500, 520]])).map((t) => t.text)).toEqual(["2", "013", "2014"]);
  });
});

describe("column kinds in annual accounts", () => {
  it("a bare year is regnskap, R regnskap, B the adopted budget; outside accounts a bare year stays a budget; nynorsk words", () => {
    expect(columnKind("2014", 2014, null, true)).toBe("regnskap");
    expect(columnKind("R 2014", 2014, null, true)).toBe("regnskap");
    expect(columnKind("B 2014", 2014, null, true)).toBe("vedtatt_budsjett");
    expect(columnKind("2014", 2014, null)).toBe("vedtatt_budsjett");
    expect(columnKind("Opphavleg budsjett 2024", 2024, 2025)).toBe("vedtatt_budsjett");
    expect(columnKind("Framlegg 2025", 2025, 2025)).toBe("budsjett_forslag");
    expect(columnKind("Anslag på rekneskap 2024", 2024, 2025)).toBe("justert_budsjett");
    expect(columnKind("Endra budsjett 2024", 2024, 2025)).toBe("justert_budsjett");
  });

  it("the document is accounts by a title in large type, not by a word in prose", () => {
    const title = line([["Årsmelding", 164, 349], ["2014", 367, 441]], 40);
    const prose = line([["Årsrekneskapen", 40, 120], ["for", 124, 140], ["2014", 144, 164], ["viser", 168, 190], ["eit", 194, 204], ["overskot", 208, 250]]);
    const body = Array.from({ length: 5 }, () => prose);
    expect(findAccountsTitle([title, ...body])).toBe("Årsmelding 2014");
    expect(findAccountsTitle(body)).toBeNull();
  });
});

describe("operators before a label", () => {
  it("are split from the row's name and kept apart", () => {
    expect(splitOperator("- Utbetalingar til drift")).toEqual({ operator: "-", rest: "Utbetalingar til drift" });
    expect(splitOperator("= Netto kontantstraum")).toEqual({ operator: "=", rest: "Netto kontantstraum" });
    expect(splitOperator("+/-Endring i varelager")).toEqual({ operator: "+/-", rest: "Endring i varelager" });
    expect(splitOperator("+/ Innbetaling/Utbetaling av lån")).toEqual({ operator: "+/-", rest: "Innbetaling/Utbetaling av lån" });
  });

  it("a label without one, or a dash that is part of a word, stays as it is", () => {
    expect(splitOperator("Sum driftsinntekter")).toEqual({ operator: null, rest: "Sum driftsinntekter" });
    expect(splitOperator("-tjenester")).toEqual({ operator: null, rest: "-tjenester" });
  });
});

describe("the Note column", () => {
  const column = { x0: 245.7, x1: 266.8 };
  it("takes the note number out of the label", () => {
    const row = line([["Skattekostnad", 41.7, 97.7], ["13", 245.7, 255.6], ["190", 338.7, 352.3], ["418", 356.9, 370.5]]);
    const split = splitNote(row.tokens, column, 10);
    expect(split.note).toBe("13");
    expect(split.tokens.map((t) => t.text)).toEqual(["Skattekostnad", "190", "418"]);
  });

  it("leaves a number with words after it in the label", () => {
    const row = line([["Tilskot", 180, 215], ["etter", 219, 240], ["§", 243, 247], ["12", 250, 260], ["i", 263, 266], ["lova", 269, 290], ["500", 355, 370]]);
    expect(splitNote(row.tokens, column, 10).note).toBeNull();
  });
});

function item(doc: ExtractedDocument, page: number, label: string): LineItem {
  const found = doc.items.filter((it) => it.provenance.page === page && it.label === label);
  expect(found, `${label} on p. ${page}`).toHaveLength(1);
  return found[0]!;
}
const amounts = (it: LineItem) => it.values.map((v) => [v.column, v.kind, v.amountNok?.toFixed() ?? null]);

describe("the accounts fixture (l31)", () => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = extractDocument(await readDocument(path.join(root, "fixtures/layouts/l31-accounts-nynorsk.pdf")));
  }, 60_000);

  it("is read as accounts, titled by its cover", () => {
    expect(doc.title).toBe("Årsmelding 2024");
    expect(doc.budgetYear).toBeNull();
  });

  it("keeps the note out of label and values", () => {
    const tax = item(doc, 1, "Skattekostnad");
    expect(tax.noteRef).toBe("13");
    expect(amounts(tax)).toEqual([
      ["R 2024", "regnskap", "190418"],
      ["B 2024", "vedtatt_budsjett", null],
      ["2 023", "regnskap", null],
    ]);
    expect(item(doc, 1, "Sum driftsinntekter").noteRef).toBeUndefined();
  });

  it("reads amounts that look like spaced years as amounts", () => {
    expect(amounts(item(doc, 2, "Inventar og utstyr"))).toEqual([
      ["2024", "regnskap", "2019"],
      ["2023", "regnskap", "2021"],
    ]);
  });

  it("goes on over 'Balanse (held fram)' as one table", () => {
    const first = item(doc, 2, "Sum eigedelar");
    const last = item(doc, 3, "Sum eigenkapital og gjeld");
    expect(last.tableId).toBe(first.tableId);
    expect(last.provenance.tableTitle).toBe("Balanse");
    expect(last.role).toBe("total");
  });

  it("keeps operators in the label and names the row without them", () => {
    const out = item(doc, 4, "- Utbetalingar til drift");
    expect(out.labelBase).toBe("Utbetalingar til drift");
    expect(out.values[0]!.amountNok?.toFixed()).toBe("-75688903");
    expect(item(doc, 4, "+/- Endring i langsiktig gjeld").labelBase).toBe("Endring i langsiktig gjeld");
  });
});

const sim = path.join(sharedDir, "real/sim-arsmelding-2014.pdf");

describe.skipIf(!existsSync(sim))("SIM Årsmelding 2014 (real, nynorsk, InDesign)", () => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = extractDocument(await readDocument(sim));
  }, 60_000);

  it("reads the statements on pp. 4–6, 8–10 and 12–15", () => {
    const pages = new Set(doc.items.map((it) => it.provenance.page));
    for (const p of [4, 5, 6, 8, 9, 10, 12, 13, 14, 15]) expect(pages.has(p), `p. ${p}`).toBe(true);
    for (const p of [4, 5, 6, 8, 9, 10, 12, 13, 14, 15]) expect(doc.warnings.filter((w) => w.code === "possible_table_unread" && w.page === p)).toEqual([]);
  });

  it("p. 4: Note | R 2014 | B 2014 | 2 013, checked by hand against the text layer", () => {
    // printed: Skattekostnad på ordinært resultat  13  190 418  (13 is the note)
    const tax = item(doc, 4, "Skattekostnad på ordinært resultat");
    expect(tax.noteRef).toBe("13");
    expect(amounts(tax)[0]).toEqual(["R 2014", "regnskap", "190418"]);
    // printed: Tap på krav  5  2 573  -  31 128
    expect(amounts(item(doc, 4, "Tap på krav"))).toEqual([
      ["R 2014", "regnskap", "2573"],
      ["B 2014", "vedtatt_budsjett", "0"],
      ["2 013", "regnskap", "31128"],
    ]);
    expect(item(doc, 4, "Sum driftskostnader").flags).not.toContain("sum_mismatch");
  });

  it("p. 5: the balance sheet, with its sums adding up", () => {
    // printed: Varelager  11  921 363  -
    expect(amounts(item(doc, 5, "Varelager"))).toEqual([
      ["2014", "regnskap", "921363"],
      ["2013", "regnskap", "0"],
    ]);
    expect(doc.items.filter((it) => it.provenance.page === 5).some((it) => it.flags.includes("sum_mismatch"))).toBe(false);
  });

  it("p. 12: cash-flow rows keep their operators", () => {
    const row = item(doc, 12, "- Utbetalingar til ansatte, pensjon og arb.g.avgift.");
    expect(row.labelBase).toBe("Utbetalingar til ansatte, pensjon og arb.g.avgift.");
    expect(amounts(row)).toEqual([
      ["2 014", "regnskap", "-12905624"],
      ["2013", "regnskap", "-13203812"],
    ]);
  });

  it("p. 22: a header line with a long label ('Følgjande føresetnader … 2014 2013') is not a row of amounts", () => {
    const years = doc.items.filter((it) => it.values.length > 0 && it.values.every((v) => v.amountNok?.toFixed() === String(v.year)));
    expect(years.map((it) => it.label)).toEqual([]);
  });

  it("says that it read the tables as whole kroner", () => {
    const pages = doc.warnings.filter((w) => w.code === "unit_unknown").map((w) => w.page);
    expect(pages).toContain(4);
    expect(pages).toContain(12);
  });
});
