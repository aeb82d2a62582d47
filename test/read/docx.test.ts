// The DOCX reader: Word files become the same RawDocument a PDF does, so the
// extractor reads their tables unchanged. Small documents written out in
// WordprocessingML show each rule; the shared samples (when ../shared is beside
// the checkout) are read against their truth.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import type { ExtractedDocument } from "../../src/model/types.js";
import { readDocument, ReadError, type RawDocument } from "../../src/read/index.js";
import { root } from "../helpers/cli.js";
import { spyOnOutput } from "../helpers/spyOutput.js";
import type { Truth } from "../helpers/truth.js";
import { docx, p, tbl, tc, th, tr, zip } from "./docxFixture.js";
import { compareWithTruthPageTolerant } from "./pageTolerance.js";

const dir = mkdtempSync(path.join(tmpdir(), "bop-real-docx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
async function read(name: string, body: string): Promise<RawDocument> {
  return readDocument(write(name, docx(body)));
}
async function extract(name: string, body: string): Promise<ExtractedDocument> {
  return extractDocument(await read(name, body));
}
const pageTexts = (raw: RawDocument) => raw.pages.map((pg) => pg.runs.map((r) => r.text));

const NBSP = "\u00a0";
const centred = (t: string) => p(t, { jc: "center" });

/** Tabell 1: "Regnskap" over "2023" in one cell, merged "Økonomiplan" over three years, sub-rows. */
const oppvekst = [
  p("Tabell 1 Driftsbudsjett Oppvekst"),
  p("Beløp i 1 000 kroner", { jc: "right" }),
  tbl([
    tr([tc("", { vMerge: "restart" }), th(["Regnskap", "2023"], { vMerge: "restart" }), th("Vedtatt budsjett 2024", { vMerge: "restart" }), tc(centred("Økonomiplan"), { gridSpan: 3 })], true),
    tr([tc("", { vMerge: "continue" }), tc("", { vMerge: "continue" }), tc("", { vMerge: "continue" }), tc("2025"), tc("2026"), tc("2027")], true),
    tr([tc("Barnehager"), tc(`1${NBSP}200`), tc(`1${NBSP}300`), tc(`1${NBSP}400`), tc(`1${NBSP}410`), tc(`1${NBSP}420`)]),
    tr([tc(p("Kommunale barnehager", { ind: 227 })), tc("700"), tc("750"), tc("800"), tc("805"), tc("810")]),
    tr([tc("   Private barnehager"), tc("500"), tc("550"), tc("600"), tc("605"), tc("610")]),
    tr([tc("Skole"), tc("−2"), tc("0"), tc(""), tc("–"), tc("3")]),
    tr([tc("Sum oppvekst"), tc(`1${NBSP}198`), tc(`1${NBSP}300`), tc(`1${NBSP}400`), tc(`1${NBSP}410`), tc(`1${NBSP}423`)]),
  ]),
  p(""),
  p("Teksten etter tabellen er vanlig prosa, og den har tall i seg som 2025 og 2026 uten å være en del av tabellen over."),
].join("");

describe("DOCX tables", () => {
  it("give the items, columns and amounts of a merged two-row header", async () => {
    const doc = await extract("oppvekst.docx", oppvekst);
    expect(doc.items.map((it) => [it.label, it.indent])).toEqual([
      ["Barnehager", 0],
      ["Kommunale barnehager", 1],
      ["Private barnehager", 1],
      ["Skole", 0],
      ["Sum oppvekst", 0],
    ]);
    const first = doc.items[0]!;
    expect(first.provenance.tableTitle).toBe("Tabell 1 Driftsbudsjett Oppvekst");
    expect(first.unit.multiplier).toBe(1000);
    expect(first.values.map((v) => [v.column, v.kind, v.amountNok?.toFixed()])).toEqual([
      ["Regnskap 2023", "regnskap", "1200000"],
      ["Vedtatt budsjett 2024", "vedtatt_budsjett", "1300000"],
      ["Økonomiplan 2025", "okonomiplan", "1400000"],
      ["Økonomiplan 2026", "okonomiplan", "1410000"],
      ["Økonomiplan 2027", "okonomiplan", "1420000"],
    ]);
    expect(doc.items[3]!.values.map((v) => v.amountNok?.toFixed() ?? null)).toEqual(["-2000", "0", null, "0", "3000"]);
  });

  it("read a table whose alignment comes from paragraph styles (not set on the paragraphs)", async () => {
    const plain = (t: string | string[]) => tc(t, { jc: null });
    const doc = await extract("styles.docx", [
      p("Tabell 2 Investeringer"),
      p("Beløp i 1 000 kroner"),
      tbl([
        tr([plain("Prosjekt"), plain(["Budsjett", "2025"]), plain(["Øk.plan", "2026"]), plain("Sum 2025–2026")], true),
        tr([plain("Ny skole"), plain("10"), plain(`1${NBSP}020`), plain(`1${NBSP}030`)]),
        tr([plain("Sum investeringer"), plain("10"), plain(`1${NBSP}020`), plain(`1${NBSP}030`)]),
      ]),
    ].join(""));
    expect(doc.items.map((it) => [it.label, ...it.values.map((v) => `${v.column}=${v.amountNok?.toFixed()}`)])).toEqual([
      ["Ny skole", "Budsjett 2025=10000", "Øk.plan 2026=1020000"],
      ["Sum investeringer", "Budsjett 2025=10000", "Øk.plan 2026=1020000"],
    ]);
  });

  it("read a table set inside a one-column frame table, with a superscript footnote marker", async () => {
    const marked = `<w:p><w:r><w:t>Barnevernsvakt</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r></w:p>`;
    const inner = tbl([
      tr([tc(""), th(["Regnskap", "2024"]), th(["Budsjett", "2025"])], true),
      tr([tc(marked), tc("5"), tc("6")]),
      tr([tc("Sum barnevern"), tc("5"), tc("6")]),
    ]);
    const doc = await extract("frame.docx", tbl([tr([tc([p("Tabell 4 Barnevern"), p("Beløp i 1 000 kroner"), inner, p("² Ny tjeneste fra 2025.")])])]));
    expect(doc.items.map((it) => [it.label, it.footnoteMarker, it.values.map((v) => v.amountNok?.toFixed())])).toEqual([
      ["Barnevernsvakt²", "²", ["5000", "6000"]],
      ["Sum barnevern", null, ["5000", "6000"]],
    ]);
  });

  it("place a merged group header centred over its years, and stack multi-paragraph cells", async () => {
    const raw = await read("oppvekst-layout.docx", oppvekst);
    const runs = raw.pages[0]!.runs;
    const at = (text: string) => runs.find((r) => r.text === text)!;
    const centre = (text: string) => at(text).x + at(text).width / 2;
    expect(Math.abs(centre("Økonomiplan") - centre("2026"))).toBeLessThan(1);
    expect(at("Regnskap").y).toBeLessThan(at("2023").y);
    // Cell text is placed as printed: the no-break space stays (the extractor splits on any space).
    expect(runs.map((r) => r.text)).toContain(`1${NBSP}200`);
    for (const year of ["2024", "2025", "2027"]) expect(at(year).y).toBe(at("2023").y);
    // Amounts are right-aligned on the right edge of their year.
    expect(Math.abs(at(`1${NBSP}410`).x + at(`1${NBSP}410`).width - (at("2026").x + at("2026").width))).toBeLessThan(0.01);
  });
});

describe("DOCX tables continued as separate Word tables", () => {
  const GRID = [2400, 1100, 1100];
  const head = tr([tc(""), th(["Regnskap", "2024"]), th(["Budsjett", "2025"])], true);
  const first = tbl([head, tr([tc("Skole"), tc("10"), tc("11")]), tr([tc("SFO"), tc("20"), tc("21")])], GRID);
  // Longer labels and wider amounts than the first part's: columns sized to this part alone would stand elsewhere.
  const rest = (grid: number[]) =>
    tbl([
      tr([tc("Spesialpedagogisk hjelp til barn under opplæringspliktig alder"), tc(`1${NBSP}234${NBSP}567`), tc(`1${NBSP}300${NBSP}000`)]),
      tr([tc("Sum oppvekst"), tc(`1${NBSP}234${NBSP}597`), tc(`1${NBSP}300${NBSP}032`)]),
    ], grid);
  const caption = [p("Tabell 5 Oppvekst"), p("Beløp i 1 000 kroner")].join("");
  const values = (doc: ExtractedDocument) => doc.items.map((it) => [it.label, it.provenance.page, it.tableId, ...it.values.map((v) => v.amountNok?.toFixed())]);

  it("on the next page: the rows of body only take the first part's columns", async () => {
    const doc = await extract("forts-side.docx", [caption, first, p(""), p("", { pageBreakBefore: true }), rest(GRID)].join(""));
    expect(values(doc)).toEqual([
      ["Skole", 1, "t001", "10000", "11000"],
      ["SFO", 1, "t001", "20000", "21000"],
      ["Spesialpedagogisk hjelp til barn under opplæringspliktig alder", 2, "t001", "1234567000", "1300000000"],
      ["Sum oppvekst", 2, "t001", "1234597000", "1300032000"],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("on the same page, after an empty paragraph: read as one table", async () => {
    const doc = await extract("forts-samme.docx", [caption, first, p(""), rest(GRID)].join(""));
    expect(values(doc).map((v) => v.slice(0, 3))).toEqual([
      ["Skole", 1, "t001"],
      ["SFO", 1, "t001"],
      ["Spesialpedagogisk hjelp til barn under opplæringspliktig alder", 1, "t001"],
      ["Sum oppvekst", 1, "t001"],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("a headerless table on another grid is laid out on its own columns", async () => {
    const raw = await read("annet-rutenett.docx", [caption, first, p(""), rest([4000, 1100, 1100])].join(""));
    const runs = raw.pages[0]!.runs;
    const right = (text: string) => Math.max(...runs.filter((r) => r.text === text).map((r) => r.x + r.width));
    const joined = await read("samme-rutenett.docx", [caption, first, p(""), rest(GRID)].join(""));
    const rightJoined = (text: string) => Math.max(...joined.pages[0]!.runs.filter((r) => r.text === text).map((r) => r.x + r.width));
    // Same grid: the continuation's amounts end where the first part's do; another grid: they need not.
    expect(rightJoined(`1${NBSP}234${NBSP}567`)).toBe(rightJoined("10"));
    expect(right(`1${NBSP}234${NBSP}567`)).not.toBe(right("10"));
  });
});

describe("DOCX markup", () => {
  it("reads WordprocessingML bound to another prefix than w:", async () => {
    const body = [p("Tabell 6 Kultur"), p("Beløp i 1 000 kroner"), tbl([tr([tc(""), th("Budsjett 2025"), th("Økonomiplan 2026")], true), tr([tc("Bibliotek"), tc("42"), tc("43")])])].join("");
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const doc = `<?xml version="1.0" encoding="UTF-8"?><x:document xmlns:x="${W}"><x:body>${body.replace(/<(\/?)w:/g, "<$1x:").replace(/ w:/g, " x:")}</x:body></x:document>`;
    const file = write("prefiks.docx", zip({ "word/document.xml": doc }));
    const items = extractDocument(await readDocument(file)).items;
    expect(items.map((it) => [it.label, it.values.map((v) => v.amountNok?.toFixed())])).toEqual([["Bibliotek", ["42000", "43000"]]]);
  });

  it("reads a VML text box after its paragraph, and counts pictures but not charts as images", async () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const ns = `xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"`;
    const box = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p("Faktaboks: 12 barnehager")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const picture = `<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip/></a:graphicData></a:graphic></w:drawing></w:r></w:p>`;
    const chart = `<w:p><w:r><w:drawing><a:graphic><a:graphicData><c:chart/></a:graphicData></a:graphic></w:drawing></w:r></w:p>`;
    const body = [`<w:p><w:r><w:t>Før</w:t></w:r>${box}</w:p>`, p("Etter"), p("", { pageBreakBefore: true }), picture, p("", { pageBreakBefore: true }), chart].join("");
    const file = write("boks.docx", zip({ "word/document.xml": `<?xml version="1.0"?><w:document ${ns}><w:body>${body}</w:body></w:document>` }));
    const raw = await readDocument(file);
    expect(pageTexts(raw)).toEqual([["Før", "Faktaboks: 12 barnehager", "Etter"], [], []]);
    expect(raw.pages.map((pg) => pg.imageOnly)).toEqual([false, true, false]);
  });

  it("places a cell by w:gridBefore and keeps tracked insertions, not deletions", async () => {
    // A row that starts one grid column in: its amount stands under 2026, not 2025.
    const row = `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc("99")}</w:tr>`;
    const ins = `<w:p><w:ins w:id="1" w:author="a"><w:r><w:t>Museum</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>Kino</w:delText></w:r></w:del></w:p>`;
    const raw = await read("sporing.docx", [
      p("Tabell 7 Kultur"),
      p("Beløp i 1 000 kroner"),
      tbl([tr([tc(""), th("Budsjett 2025"), th("Økonomiplan 2026")], true), tr([tc(ins), tc("42"), tc("43")]), row]),
    ].join(""));
    const at = (text: string) => raw.pages[0]!.runs.find((r) => r.text === text)!;
    expect(at("99").x + at("99").width).toBe(at("43").x + at("43").width);
    const doc = extractDocument(raw);
    expect(doc.items.map((it) => [it.label, it.values.map((v) => v.amountNok?.toFixed() ?? null)])).toEqual([["Museum", ["42000", "43000"]]]);
    expect(doc.warnings.map((w) => w.code)).toEqual(["row_without_label"]);
  });
});

describe("DOCX pages", () => {
  it("start at page breaks, 'page break before' and section breaks, and nowhere else", async () => {
    const raw = await read("pages.docx", [
      p("Forside", { pageBreakBefore: true }),
      p("Innhold", { pageBreakBefore: true }),
      p("før\fetter"),
      p("slutt på seksjonen"),
      p("", { sectionBreak: true }),
      p("ny seksjon", { pageBreakBefore: true }),
      p("linje en\nlinje to"),
    ].join(""));
    expect(pageTexts(raw)).toEqual([["Forside"], ["Innhold", "før"], ["etter", "slutt på seksjonen"], ["ny seksjon", "linje en", "linje to"]]);
    expect(raw.format).toBe("docx");
    for (const page of raw.pages) for (const r of page.runs) expect(r.y).toBeLessThan(page.height);
  });

  it("after a section follow the next section's start: same page, new page, or the next odd page", async () => {
    const raw = await read("seksjoner.docx", [
      p("A"),
      p("", { sectionBreak: "nextPage" }),
      p("B"),
      p("", { sectionBreak: "continuous" }), // the second section starts on the first one's page
      p("C"),
      p("", { sectionBreak: "oddPage" }), // the third starts on an odd page: page 2 is left blank
      p("D"), // the last section's w:sectPr (in the body) sets no type: a new page
    ].join(""));
    expect(pageTexts(raw)).toEqual([["A", "B"], [], ["C"], ["D"]]);
  });

  it("go on to a new page when an A4 page is full, repeating the table's header rows", async () => {
    const rows = Array.from({ length: 90 }, (_, i) => tr([tc(`Tjeneste ${i + 1}`), tc(String(100 + i)), tc(String(200 + i))]));
    const doc = await extract("long.docx", [
      p("Tabell 3 Lang tabell"),
      p("Beløp i 1 000 kroner"),
      tbl([tr([tc(""), th(["Regnskap", "2024"]), th(["Budsjett", "2025"])], true), ...rows]),
    ].join(""));
    expect(doc.pageCount).toBe(2);
    expect(doc.items).toHaveLength(90);
    expect(new Set(doc.items.map((it) => it.tableId)).size).toBe(1);
    expect(doc.items[89]!.provenance.page).toBe(2);
    expect(doc.items[89]!.values.map((v) => [v.column, v.amountNok?.toFixed()])).toEqual([["Regnskap 2024", "189000"], ["Budsjett 2025", "289000"]]);
  });

  it("wrap long prose paragraphs into lines of about 100 characters", async () => {
    const words = Array.from({ length: 60 }, (_, i) => `ord${i}`).join(" ");
    const raw = await read("prose.docx", p(words));
    const lines = raw.pages[0]!.runs.map((r) => r.text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(words);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
  });
});

describe("files that are not usable Word documents", () => {
  const spies = spyOnOutput();
  const valid = docx(p("Hei"));
  const cases: [string, Buffer, string, RegExp][] = [
    ["ikke-zip.docx", Buffer.from("Dette er bare tekst, ikke et Word-dokument.\n"), "not_docx", /not a Word \.docx file.*Give the budget document as \.docx or PDF/],
    ["uten-dokument.docx", zip({ "mimetype": "application/zip", "data.txt": "x" }), "not_docx", /no word\/document\.xml/],
    ["avkortet.docx", valid.subarray(0, Math.floor(valid.length / 2)), "truncated", /damaged or incomplete.*Download the document again/],
    ["ugyldig-xml.docx", zip({ "word/document.xml": "<w:document><w:body><w:p></w:body>" }), "not_docx", /not well-formed XML.*save it again as \.docx or PDF/],
    ["gammel.doc", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), "not_docx", /Word 97–2003.*save it as \.docx or PDF/],
    ["passord.docx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("EncryptedPackage", "utf16le")]), "encrypted", /password/],
    ["tom.docx", Buffer.alloc(0), "empty", /empty/],
  ];

  it.each(cases)("%s: one clear message that says what to do", async (name, bytes, errorClass, message) => {
    const err = await readDocument(write(name, bytes)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).errorClass).toBe(errorClass);
    expect((err as ReadError).message).toMatch(message);
    expect((err as ReadError).message).not.toMatch(/\n/);
    for (const spy of spies()) expect(spy).not.toHaveBeenCalled();
  });

  it("a readable document prints nothing either", async () => {
    await extract("stille.docx", oppvekst);
    for (const spy of spies()) expect(spy).not.toHaveBeenCalled();
  });
});

const samplesDir = path.resolve(root, "../shared/samples");
const samples = ["d05-word.docx", "d06-word-framsikt.docx", "d07-stor-docx.docx", "d11-word-ansvar-fortsettelse.docx"].filter((f) => existsSync(path.join(samplesDir, f)));

describe.skipIf(samples.length === 0)("shared DOCX samples", () => {
  it.each(samples)("%s: every value right, pages as in the truth", async (name) => {
    const truth = JSON.parse(readFileSync(path.join(samplesDir, `${name}.truth.json`), "utf8")) as Truth & { page_count: number };
    const raw = await readDocument(path.join(samplesDir, name));
    expect(raw.pages).toHaveLength(truth.page_count);
    const { diff } = compareWithTruthPageTolerant(extractDocument(raw), truth);
    expect(diff).toEqual({ missingItems: [], extraItems: [], wrong: [], missingValues: [], spurious: [], wrongKind: [], wrongCode: [] });
  });
});
