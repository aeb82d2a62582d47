// DOCX truth pages follow LibreOffice's layout of the file; a .docx has no
// fixed pages, and the shared scorer accepts a label found one page off for
// DOCX. This moves such truth items to the page the reader gave them, then
// compares with the shared helper as for a PDF, and lists what it moved.
import type { ExtractedDocument } from "../../src/model/types.js";
import { compareWithTruth, type Comparison, type Truth } from "../helpers/truth.js";

const norm = (s: string) =>
  s.normalize("NFKC").replace(/[\u00a0\u2009\u202f\u2007]/g, " ").replace(/\s+/g, " ").trim().toLowerCase().replace(/[–—]/g, "-");
const stripMarker = (s: string) => s.replace(/(\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,\s]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|\s*\*+|\s+\d\))$/u, "");

export function compareWithTruthPageTolerant(doc: ExtractedDocument, truth: Truth, tolerance = 1): { diff: Comparison; moved: string[] } {
  const used = new Set<number>();
  const moved: string[] = [];
  const find = (key: string, page: number) =>
    doc.items.findIndex((it, i) => !used.has(i) && it.provenance.page === page && norm(stripMarker(it.labelBase)) === key);
  const items = truth.items.map((t) => {
    const key = norm(stripMarker(t.label_base ?? t.label));
    let idx = find(key, t.page);
    for (let d = 1; idx < 0 && d <= tolerance; d++) idx = [find(key, t.page - d), find(key, t.page + d)].find((i) => i >= 0) ?? -1;
    if (idx < 0) return t;
    used.add(idx);
    const page = doc.items[idx]!.provenance.page;
    if (page === t.page) return t;
    moved.push(`${t.label}: truth p${t.page}, read p${page}`);
    return { ...t, page };
  });
  return { diff: compareWithTruth(doc, { ...truth, items }), moved };
}
