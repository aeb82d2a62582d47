// Real typesetting: Finansdepartementet's Gul bok 2026 (../shared/real, no truth
// file). The expected rows are copied by hand from the printed pages.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import type { ExtractedDocument, LineItem } from "../../src/model/types.js";
import { readDocument } from "../../src/read/index.js";
import { sharedDir } from "../helpers/cli.js";

const gulbok = path.join(sharedDir, "real/gulbok-2026.pdf");

function row(doc: ExtractedDocument, page: number, label: string): LineItem {
  const found = doc.items.filter((it) => it.provenance.page === page && it.label === label);
  expect(found, `${label} on p. ${page}`).toHaveLength(1);
  return found[0]!;
}

const cells = (item: LineItem) => item.values.map((v) => [v.column, v.kind, v.amountNok?.toFixed() ?? null]);

describe.skipIf(!existsSync(gulbok))("Gul bok 2026", () => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = extractDocument(await readDocument(gulbok));
  }, 60_000);

  it("reads the budget year from the title", () => {
    expect(doc.budgetYear).toBe(2026);
  });

  it("takes no price basis from prose about a plan's '2024-prisnivå' (p. 74); only tables printed in 'Mill. 2026-kroner' are fixed", () => {
    expect(doc.warnings.filter((w) => w.code === "price_basis_from_text")).toEqual([]);
    const fixed = new Set(doc.items.filter((it) => it.priceBasis.kind === "fixed").map((it) => it.provenance.tableTitle.slice(0, 10)));
    expect([...fixed].sort()).toEqual(["Tabell 5.1", "Tabell 5.2"]);
  });

  it("p. 19 (printed 17): a department table under a heading, Mill. kroner, with a per-cent column left out", () => {
    const item = row(doc, 19, "03.10 Utviklingssamarbeidet");
    // printed: 48 669,8 | 47 051,9 | -3,3 (Endring i pst.)
    expect(cells(item)).toEqual([
      ["Saldert budsjett 2025", "vedtatt_budsjett", "48669800000"],
      ["Gul bok 2026", "budsjett_forslag", "47051900000"],
    ]);
    expect(item.provenance.tableTitle).toBe("2.4.2 Utenriksdepartementet");
    // Gul bok prints page numbers two below the physical page (SOURCE.md): p. 19 is printed 17.
    expect(item.provenance.pageLabel).toBe("17");
    expect(row(doc, 19, "Sum Utenriksdepartementet").role).toBe("total");
  });

  it("p. 16 (printed 14): Tabell 2.2 in Mrd. kroner, with sub-rows under a sum printed first", () => {
    const item = row(doc, 16, "Elektrisitetsavgift");
    // printed: 10,8 | 4,8 | -55,8
    expect(cells(item)).toEqual([
      ["Saldert budsjett 2025", "vedtatt_budsjett", "10800000000"],
      ["Gul bok 2026", "budsjett_forslag", "4800000000"],
    ]);
    expect(row(doc, 16, "Sum folketrygden").flags).not.toContain("sum_mismatch");
  });

  it("p. 214 (Vedlegg 2, Tabell 2.1): eight year columns about 2 pt apart are not run together", () => {
    const item = row(doc, 214, "Overført fra Statens pensjonsfond utland");
    // printed: 417 426 390 066 309 875 286 217 346 451 445 844 487 581 452 220 (2020–2024 Regnskap,
    // Saldert budsjett 2025, Anslag regnskap 2025, Forslag 2026), Mill. kroner
    expect(item.values.map((v) => v.amountNok?.dividedBy(1_000_000).toFixed())).toEqual([
      "417426", "390066", "309875", "286217", "346451", "445844", "487581", "452220",
    ]);
    expect(item.values.map((v) => v.kind)).toEqual([
      "regnskap", "regnskap", "regnskap", "regnskap", "regnskap", "vedtatt_budsjett", "justert_budsjett", "budsjett_forslag",
    ]);
    expect(item.values[6]!.column).toBe("Anslag regnskap 2025");
  });

  it("p. 226: '1 587 982' keeps its first digit group, which stands in the label column ('Overføringer til andre')", () => {
    // printed: Overføringer til andre 1 587 982 | 1 701 229 | 7,1 | 834 848 | 882 621 | 5,7 (no unit printed)
    expect(row(doc, 226, "Overføringer til andre").values[0]!.printed).toBe("1 587 982");
  });

  it("warns where no unit is printed (Vedlegg 3, pp. 226–227) instead of guessing", () => {
    const pages = doc.warnings.filter((w) => w.code === "unit_unknown").map((w) => w.page);
    expect(pages).toEqual([226, 227]);
  });

  it("no table that adds up on the page is reported as a sum mismatch on pp. 15–54", () => {
    const mismatches = doc.warnings.filter((w) => w.code === "sum_mismatch" && (w.page ?? 0) <= 54);
    expect(mismatches).toEqual([]);
  });
});

// Nasjonalbudsjettet 2026 (../shared/real, no truth file): Tabell 3.7 and 3.8 print 7-digit amounts in
// their first column so far left that the first digit group stands where the label column ends.
const nb = path.join(sharedDir, "real/nasjonalbudsjettet-2026.pdf");

describe.skipIf(!existsSync(nb))("Nasjonalbudsjettet 2026", () => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = extractDocument(await readDocument(nb));
  }, 60_000);

  const millions = (item: LineItem) => item.values.map((v) => v.amountNok?.dividedBy(1_000_000).toFixed() ?? null);

  it("p. 177: the first digit group of '3 652 868' is the amount's, not the end of the label 'A. Totale inntekter'", () => {
    // printed: A. Totale inntekter ..... 3 652 868 | 3 228 349 | 3 253 146 | 3 290 397 | 3 258 868 (Mill. kroner, 2022–2026)
    expect(millions(row(doc, 177, "A. Totale inntekter"))).toEqual(["3652868", "3228349", "3253146", "3290397", "3258868"]);
    expect(millions(row(doc, 177, "B. Totale utgifter"))[0]).toBe("2186992");
    expect(millions(row(doc, 177, "C. Nettofinansinvestering (A-B)"))[0]).toBe("1465876");
    // "1 034 723": without its first group the rest ("034 723") is not a number at all.
    expect(millions(row(doc, 177, "Konsum i offentlig forvaltning"))[0]).toBe("1034723");
    expect(doc.items.filter((it) => it.provenance.page === 177 && /\s\d{1,3}$/u.test(it.label))).toEqual([]);
  });

  it("p. 178: the same table for the state, and dot leaders after 'mv.' keep the abbreviation's dot", () => {
    expect(millions(row(doc, 178, "A. Totale inntekter"))[0]).toBe("3264679");
    expect(millions(row(doc, 178, "B. Totale utgifter"))[0]).toBe("1750656");
    expect(row(doc, 178, "Subsidier mv.").values[0]!.printed).toBe("107 204");
  });
});
