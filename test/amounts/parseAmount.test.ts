import { describe, expect, it } from "vitest";
import type { Unit } from "../../src/model/types.js";
import { cellToKroner, looksNumeric, parseAmount } from "../../src/amounts/index.js";
import type { ParsedCell } from "../../src/amounts/index.js";

const NBSP = "\u00A0";
const THIN = "\u2009";
const NNBSP = "\u202F";
const FIGURE = "\u2007";
const MINUS = "\u2212";
const EN = "\u2013";
const EM = "\u2014";

/** A parsed cell as one comparable line: "amount 1234.5 d1 ×1000000". */
function summarize(cell: ParsedCell): string {
  if (cell.kind !== "amount") return cell.kind;
  const unit = cell.cellUnit === null ? "" : ` ×${cell.cellUnit.multiplier} "${cell.cellUnit.printed}"`;
  return `amount ${cell.value.toFixed()} d${cell.decimals}${unit}`;
}

describe("parseAmount: amounts", () => {
  it.each([
    // plain integers, no separator
    ["298202", "amount 298202 d0"],
    ["2080", "amount 2080 d0"],
    ["7", "amount 7 d0"],
    // thousands separators of every space kind, and mixed in one number
    ["427 889", "amount 427889 d0"],
    [`498${NBSP}312`, "amount 498312 d0"],
    [`222${THIN}773`, "amount 222773 d0"],
    [`1${NNBSP}234${NNBSP}567`, "amount 1234567 d0"],
    [`12${FIGURE}345`, "amount 12345 d0"],
    [`2${NBSP}323 787`, "amount 2323787 d0"],
    ["1 203 516", "amount 1203516 d0"],
    // dots as thousands separators, only with 3-digit groups
    ["1.234.567", "amount 1234567 d0"],
    ["1.234", "amount 1234 d0"],
    ["12.345,5", "amount 12345.5 d1"],
    // decimal comma
    ["221,6", "amount 221.6 d1"],
    ["1 253,0", "amount 1253 d1"],
    [`1${NBSP}586,6`, "amount 1586.6 d1"],
    [`1${THIN}050,3`, "amount 1050.3 d1"],
    ["0,5", "amount 0.5 d1"],
    ["1 234,56", "amount 1234.56 d2"],
    // negatives: hyphen, U+2212, en dash (typographic minus), parentheses
    ["-1 234", "amount -1234 d0"],
    ["-196", "amount -196 d0"],
    [`-126${NBSP}331`, "amount -126331 d0"],
    [`${MINUS}1 234`, "amount -1234 d0"],
    [`${MINUS}83,2`, "amount -83.2 d1"],
    [`${MINUS}35${NBSP}247`, "amount -35247 d0"],
    [`${EN}1 234`, "amount -1234 d0"],
    ["(1 234)", "amount -1234 d0"],
    ["(924)", "amount -924 d0"],
    [`(24${THIN}248)`, "amount -24248 d0"],
    ["( 1 234 )", "amount -1234 d0"],
    ["(5,5)", "amount -5.5 d1"],
    ["+500", "amount 500 d0"],
    // whole-kroner suffix
    ["222 144 000,-", "amount 222144000 d0"],
    [`1 500,${EN}`, "amount 1500 d0"],
    // a unit in the cell
    ["19 904 407 kr", 'amount 19904407 d0 ×1 "kr"'],
    ["1 253,0 mill.", 'amount 1253 d1 ×1000000 "mill."'],
    ["14,7 mill. kr", 'amount 14.7 d1 ×1000000 "mill. kr"'],
    ["14,7 mill. kroner", 'amount 14.7 d1 ×1000000 "mill. kroner"'],
    ["2 mill.kr", 'amount 2 d0 ×1000000 "mill.kr"'],
    ["3,2 mrd.", 'amount 3.2 d1 ×1000000000 "mrd."'],
    ["3,2 Mrd. kroner", 'amount 3.2 d1 ×1000000000 "Mrd. kroner"'],
    ["222 144 000,- kr", 'amount 222144000 d0 ×1 "kr"'],
    [`-1 234${NBSP}kr`, 'amount -1234 d0 ×1 "kr"'],
    ["(1 234) kr", 'amount -1234 d0 ×1 "kr"'],
    ["  1 234  ", "amount 1234 d0"],
    [`${NBSP}1 234${NBSP}`, "amount 1234 d0"],
    // a bare year parses: telling a header from an amount is the extractor's job
    ["2025", "amount 2025 d0"],
  ])("%j → %s", (text, expected) => {
    expect(summarize(parseAmount(text))).toBe(expected);
  });
});

describe("parseAmount: zero and blank", () => {
  it.each([
    ["-", "zero"],
    [EN, "zero"],
    [EM, "zero"],
    [MINUS, "zero"],
    ["0", "zero"],
    ["0,0", "zero"],
    ["0,00", "zero"],
    ["-,-", "zero"],
    [`${EN},${EN}`, "zero"],
    ["0,-", "zero"],
    ["-0", "zero"],
    ["(0)", "zero"],
    ["0 kr", "zero"],
    [" - ", "zero"],
    ["", "blank"],
    ["   ", "blank"],
    [`${NBSP}\t`, "blank"],
  ])("%j → %s", (text, expected) => {
    expect(summarize(parseAmount(text))).toBe(expected);
  });

  it("keeps the trimmed text as printed, and blank as empty", () => {
    expect(parseAmount("  (1 234) ").printed).toBe("(1 234)");
    expect(parseAmount(" - ")).toEqual({ kind: "zero", printed: "-" });
    expect(parseAmount("  ")).toEqual({ kind: "blank", printed: "" });
  });
});

describe("parseAmount: rejections", () => {
  it.each([
    // percentages
    ["3,7 %"],
    ["3,7%"],
    ["-2,5%"],
    ["12 prosent"],
    ["4 pst."],
    // dates and case numbers
    ["28.10.2022"],
    ["25.02.2022"],
    ["1.1.2024"],
    ["45/22"],
    ["2022/123"],
    // header-ish: years with a footnote, ranges, section numbers
    ["2025²"],
    ["2025*"],
    ["2023–2026"],
    ["2.1"],
    ["02.00"],
    // footnotes glued to a number
    ["1 234¹"],
    ["1 234 1)"],
    // dot groups that are not thousands
    ["1.5"],
    ["1.23"],
    ["1.2345"],
    ["12.34.567"],
    // groups of the wrong length, leading zeros
    ["1 23 456"],
    ["1 2345"],
    ["1234 567"],
    ["0 123"],
    ["0123"],
    ["1  234"],
    // more than one decimal comma; a decimal point; a bare comma
    ["1,234,5"],
    ["1,2,3"],
    ["221.6.1"],
    ["12,"],
    [",5"],
    // unbalanced or doubled signs
    ["(1 234"],
    ["1 234)"],
    ["-(1 234)"],
    ["--1 234"],
    ["1 234-"],
    ["- -"],
    // a sign apart from the digits: in real documents a zero dash of the column before
    ["- 744 017 715"],
    [`${EN} 1 234`],
    [`${MINUS} 1 234`],
    ["+ 500"],
    // prose and labels
    ["Sum oppvekst"],
    ["143 Rammereduksjon (stab)"],
    ["om lag 14,7 mill. kroner"],
    ["ca. 1 234"],
    ["1 234 elever"],
    ["kr 1 234"],
    ["NOK 1000"],
    ["(1000 kr)"],
    ["x"],
    ["1 234 5"],
    ["1 234,5 6"],
  ])("%j → not_amount", (text) => {
    expect(parseAmount(text)).toEqual({ kind: "not_amount", printed: text.trim() });
  });
});

describe("cellToKroner", () => {
  const mill: Unit = { multiplier: 1_000_000, printed: "Beløp i mill. kr" };
  const thousand: Unit = { multiplier: 1000, printed: "Beløp i 1000 kr" };
  const kroner: Unit = { multiplier: 1, printed: "Beløp i kroner" };

  it.each([
    ["221,6", mill, "221600000"],
    ["(1 234)", thousand, "-1234000"],
    [`${MINUS}1 234`, thousand, "-1234000"],
    ["222 144 000,-", kroner, "222144000"],
    ["1 203,5", mill, "1203500000"],
    ["0,1", mill, "100000"],
    // a unit in the cell wins over the table's unit
    ["19 904 407 kr", thousand, "19904407"],
    ["1 253,0 mill.", thousand, "1253000000"],
    ["-", thousand, "0"],
    ["0,0", mill, "0"],
  ])("%j × %o = %s", (text, unit, kroner) => {
    expect(cellToKroner(parseAmount(text), unit)?.toFixed()).toBe(kroner);
  });

  it.each([[""], ["Sum"], ["3,7 %"]])("%j has no kroner", (text) => {
    expect(cellToKroner(parseAmount(text), thousand)).toBeNull();
  });
});

describe("looksNumeric", () => {
  it.each([
    ["773", true],
    ["(24", true],
    ["248)", true],
    [`${MINUS}1`, true],
    ["-5", true],
    [`1${NBSP}203`, true],
    ["221,6", true],
    [",6", true],
    ["1 234,-", true],
    [" 12 ", true],
    ["-", false],
    ["", false],
    ["28.10.2022", false],
    ["1.234", false],
    ["2025²", false],
    ["3,7 %", false],
    ["45/22", false],
    ["Sum", false],
    ["12a", false],
  ])("%j → %s", (text, expected) => {
    expect(looksNumeric(text)).toBe(expected);
  });
});

describe("parseAmount speed", () => {
  it("parses 100 000 cells well within a second", () => {
    const cells = ["1 234", `${MINUS}35${NBSP}247`, "(924)", "221,6", "-", "", "Sum oppvekst", "28.10.2022"];
    const start = performance.now();
    for (let i = 0; i < 100_000; i++) parseAmount(cells[i % cells.length] ?? "");
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
