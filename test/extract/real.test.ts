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

  it("warns where no unit is printed (Vedlegg 3, pp. 226–227) instead of guessing", () => {
    const pages = doc.warnings.filter((w) => w.code === "unit_unknown").map((w) => w.page);
    expect(pages).toEqual([226, 227]);
  });

  it("no table that adds up on the page is reported as a sum mismatch on pp. 15–54", () => {
    const mismatches = doc.warnings.filter((w) => w.code === "sum_mismatch" && (w.page ?? 0) <= 54);
    expect(mismatches).toEqual([]);
  });
});
