import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { RealTermsReport, RealTermsRow } from "../../src/model/types.js";
import { renderSentence } from "../../src/render/index.js";
import { expectGolden } from "../helpers/golden.js";
import { barnevern, barnevernRow, helsestasjonRow, kpi2022, kpiReport, point, realRow, report, step, value } from "./fixtures.js";

/** The seed row with 2026 printed nominal, and a (made-up) published KPI 2026 = 140,0. */
const kpi2026 = point(2026, "140.0", "2015=100", "published", "SSB tabell 03014");
const nominalItem = { ...barnevern, values: [barnevern.values[0]!, value(2026, "2026", "okonomiplan", "222144000", "222 144")] };
const nominalRow = realRow(nominalItem, 2022, 2026, 2022, [], [step(kpi2026, kpi2022)]);

function withChange(row: RealTermsRow, realChange: string, realChangePct: string): RealTermsRow {
  return { ...row, realChange: new Decimal(realChange), realChangePct: new Decimal(realChangePct) };
}

describe("renderSentence", () => {
  it("says a fixed-price figure is in fixed prices and does not call it more in kroner (bokmål)", () => {
    expect(renderSentence(barnevernRow, report, "nb")).toBe(
      "Barneverntjenesten hadde 221 588 000 kr i 2022 og får 222 144 000 kr i 2026, oppgitt i faste 2023-priser. " +
        "Målt i 2022-kroner (KPI) er det 11 099 704 kr (5,0 %) mindre.",
    );
  });

  it("has nynorsk and English", () => {
    expect(renderSentence(barnevernRow, report, "nn")).toBe(
      "Barneverntjenesten hadde 221 588 000 kr i 2022 og får 222 144 000 kr i 2026, oppgitt i faste 2023-prisar. " +
        "Målt i 2022-kroner (KPI) er det 11 099 704 kr (5,0 %) mindre.",
    );
    expect(renderSentence(barnevernRow, report, "en")).toBe(
      "Barneverntjenesten had NOK 221,588,000 in 2022 and gets NOK 222,144,000 in 2026, stated in fixed 2023 prices. " +
        "Measured in 2022 kroner (CPI), that is NOK 11,099,704 (5.0%) less.",
    );
  });

  it("gives both the change in kroner and the real change for nominal figures", () => {
    expect(renderSentence(nominalRow, kpiReport([nominalRow]), "nb")).toBe(
      "Barneverntjenesten hadde 221 588 000 kr i 2022 og får 222 144 000 kr i 2026, 556 000 kr (0,3 %) mer i kroner. " +
        "Målt i 2022-kroner (KPI) er det 26 735 977 kr (12,1 %) mindre.",
    );
  });

  it("says anslått when a figure rests on an anslag, and uses the label without its footnote marker", () => {
    const text = renderSentence(helsestasjonRow, report, "nb");
    expect(text).toBe(
      "Helsestasjon og skolehelsetjeneste hadde 48 250 000 kr i 2022 og får 53 900 000 kr i 2026, 5 650 000 kr (11,7 %) mer i kroner. " +
        "Målt i 2022-kroner (KPI, anslått prisvekst for 2026) er det 1 485 527 kr (3,1 %) mindre.",
    );
  });

  it("names a deflator that is not KPI", () => {
    const deflator: RealTermsReport = { ...report, seriesId: "deflator", seriesName: "Kommunal deflator (Finansdepartementet)" };
    expect(renderSentence(barnevernRow, deflator, "nb")).toContain("Målt i 2022-kroner (kommunal deflator) er det");
    expect(renderSentence(helsestasjonRow, deflator, "nb")).toContain("(kommunal deflator, anslått pris- og lønnsvekst for 2026)");
    expect(renderSentence(barnevernRow, { ...report, seriesId: "kpi-jae" }, "nb")).toContain("(KPI-JAE)");
  });

  it("says mer for a real increase and like mye when it rounds to 0 kr", () => {
    expect(renderSentence(withChange(barnevernRow, "1234.5", "0.05"), report, "nb")).toMatch(/er det 1 235 kr \(0,1 %\) mer\.$/);
    expect(renderSentence(withChange(barnevernRow, "-0.4", "-0.0000002"), report, "nb")).toMatch(/er det like mye\.$/);
  });

  it("matches the goldens for every row in every language", () => {
    for (const lang of ["nb", "nn", "en"] as const) {
      expectGolden(`sentence.${lang}.txt`, report.rows.map((r) => renderSentence(r, report, lang)).join("\n") + "\n");
    }
  });
});
