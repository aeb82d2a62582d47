import { describe, expect, it } from "vitest";
import { detectUnit, findUnit, isUnitLine } from "../../src/amounts/index.js";

const NBSP = "\u00A0";
const THIN = "\u2009";
const NNBSP = "\u202F";

describe("detectUnit", () => {
  it.each([
    // thousands
    ["Beløp i 1000 kr", 1000, "Beløp i 1000 kr"],
    ["Beløp i 1 000 kr", 1000, "Beløp i 1 000 kr"],
    [`Beløp i 1${NBSP}000 kr`, 1000, `Beløp i 1${NBSP}000 kr`],
    [`Beløp i 1${THIN}000 kroner`, 1000, `Beløp i 1${THIN}000 kroner`],
    [`Beløp i 1${NNBSP}000 kroner`, 1000, `Beløp i 1${NNBSP}000 kroner`],
    ["Beløp i 1 000 kroner", 1000, "Beløp i 1 000 kroner"],
    ["BELØP I 1000 KR", 1000, "BELØP I 1000 KR"],
    ["Tall i hele tusen", 1000, "Tall i hele tusen"],
    ["Tall i hele tusen kroner", 1000, "Tall i hele tusen kroner"],
    ["Tal i heile tusen kroner", 1000, "Tal i heile tusen kroner"],
    ["Hele 1 000", 1000, "Hele 1 000"],
    ["Heile 1 000", 1000, "Heile 1 000"],
    ["(Beløp i 1000)", 1000, "(Beløp i 1000)"],
    ["Beløp i tusen kroner (nominelle)", 1000, "Beløp i tusen kroner"],
    ["i 1000 kr", 1000, "i 1000 kr"],
    ["Regnskap 2023 (i 1000 kr)", 1000, "(i 1000 kr)"],
    ["NOK 1000", 1000, "NOK 1000"],
    ["TNOK", 1000, "TNOK"],
    ["Alle tall i 1000 kr", 1000, "Alle tall i 1000 kr"],
    ["1 000 kroner", 1000, "1 000 kroner"],
    ["(1000 kr)", 1000, "(1000 kr)"],
    // millions
    ["Beløp i mill. kr", 1_000_000, "Beløp i mill. kr"],
    ["Beløp i millioner kroner", 1_000_000, "Beløp i millioner kroner"],
    ["Beløp i millionar kroner", 1_000_000, "Beløp i millionar kroner"],
    ["Tall i mill. kroner", 1_000_000, "Tall i mill. kroner"],
    ["Mill. kroner", 1_000_000, "Mill. kroner"],
    ["mill. kr", 1_000_000, "mill. kr"],
    ["mill.kr", 1_000_000, "mill.kr"],
    ["MNOK", 1_000_000, "MNOK"],
    ["Mill. 2026-kroner", 1_000_000, "Mill. 2026-kroner"],
    ["Anslag i mill. kroner og prosentvis endring", 1_000_000, "Anslag i mill. kroner"],
    // billions
    ["Mrd. kroner", 1_000_000_000, "Mrd. kroner"],
    ["Beløp i milliarder kroner", 1_000_000_000, "Beløp i milliarder kroner"],
    ["Mrd. faste 2026-kroner", 1_000_000_000, "Mrd. faste 2026-kroner"],
    // kroner
    ["Beløp i kroner", 1, "Beløp i kroner"],
    ["Tall i hele kroner", 1, "Tall i hele kroner"],
    ["Kroner", 1, "Kroner"],
    ["(kr)", 1, "(kr)"],
    // with a price basis, which is left out of `printed`
    ["Tall i hele tusen, faste 2025-priser", 1000, "Tall i hele tusen"],
    ["Beløp i 1 000 kroner, faste 2023-priser", 1000, "Beløp i 1 000 kroner"],
    ["(Beløp i 1000), faste 2023-priser", 1000, "(Beløp i 1000)"],
    // in a caption
    ["Tabell 3.1 Netto driftsramme. Beløp i 1000 kr", 1000, "Beløp i 1000 kr"],
    ["Tabell 3.5 Driftsbudsjett Helse og sosial. Tall i mill. kroner", 1_000_000, "Tall i mill. kroner"],
    ["Tabell 3.8 Driftsbudsjett med endringer – Pleie og omsorg. Hele 1 000", 1000, "Hele 1 000"],
    ["Tabell 2.1 Mill. kroner", 1_000_000, "Mill. kroner"],
    ["Saldert budsjett 2025 Mill. kroner", 1_000_000, "Mill. kroner"],
  ])("%j → ×%d %j", (text, multiplier, printed) => {
    expect(detectUnit(text)).toEqual({ multiplier, printed });
  });

  it.each([
    ["Rammen økes med 14,7 mill. kroner i 2024."],
    ["om lag 1 280 mill. kroner"],
    ["20 000 mill. kroner"],
    ["Tilskuddet gjelder hele 1 000 elever"],
    ["i 1000 tilfeller"],
    ["Netto driftsrammer per tjenesteområde"],
    ["Budsjett 2024"],
    ["1000"],
    ["Krone"],
    ["Kroneverdien falt"],
    ["1 234 kr"],
    ["Milliardærskatt"],
    [""],
  ])("%j → null", (text) => {
    expect(detectUnit(text)).toBeNull();
  });

  it("gives where the phrase is", () => {
    const text = "Tabell 3.1 Netto driftsramme. Beløp i 1000 kr";
    expect(findUnit(text)).toEqual({
      unit: { multiplier: 1000, printed: "Beløp i 1000 kr" },
      start: 30,
      end: text.length,
    });
  });
});

describe("isUnitLine", () => {
  it.each([
    ["Beløp i 1000 kr", true],
    ["  Beløp i 1 000 kroner  ", true],
    ["(Beløp i 1000)", true],
    ["Tall i hele tusen, faste 2025-priser", true],
    ["Tall i hele tusen kroner, faste 2023-priser", true],
    ["(Beløp i 1000), faste 2023-priser", true],
    ["Beløp i 1000 kr (faste 2023-priser)", true],
    ["Beløp i tusen kroner (nominelle)", true],
    ["Faste 2024-priser. Beløp i 1000 kr", true],
    ["Mill. kroner", true],
    ["Mill. 2026-kroner", true],
    ["Mrd. faste 2026-kroner", true],
    ["1 000 kroner", true],
    ["Kroner", true],
    ["NOK 1000", true],
    ["Hele 1 000", true],
    ["Tabell 3.1 Netto driftsramme. Beløp i 1000 kr", true],
    ["Tabell 3.6 Driftsbudsjett med endringer – Helse og sosial. Tall i hele tusen kroner", true],
    ["Tabell 3.1 Nøkkeltall i statsbudsjettet. Mrd. kroner og prosent", true],
    ["Mill. kroner og prosentvis endring", true],
    ["Tabell 3.16 Statens balanse siden 1990. Mrd. kroner1", true],
    ["Mill. kroner¹", true],
    ["(kr)", true],
    ["1 000 kroner", true],
    // prose and other lines
    ["Rammen økes med 14,7 mill. kroner i 2024.", false],
    ["Kommunen har satt av 5 mill. kroner til tiltaket.", false],
    ["Alle beløp i kroner er avrundet til nærmeste hele tusen.", false],
    ["Oversikten viser beløp i 1000 kr for hvert tjenesteområde", false],
    ["Budsjett 2024 (i 1000 kr)", false],
    ["Tabell 3.1 Nøkkeltall Oppvekst", false],
    ["Sum oppvekst", false],
    ["Mrd. kroner 20241", false],
    ["kroner)", false],
    ["kroner.", false],
    ["Avrundet til nærmeste ti millioner kroner.", false],
    ["Besparelsen er anslått til en–to mrd. kroner i", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isUnitLine(text)).toBe(expected);
  });
});
