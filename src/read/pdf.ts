// PDF → RawDocument with pdf.js (legacy build, which runs on Node without a DOM).
import { createRequire } from "node:module";
import path from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { ReadError } from "./errors.js";
import type { RawDocument, RawPage, TextRun } from "./types.js";

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

export async function readPdf(file: string, bytes: Uint8Array): Promise<RawDocument> {
  if (!looksLikePdf(bytes)) {
    throw new ReadError("not_pdf", `${file} is not a PDF (it does not start with %PDF-). Give the budget document as a PDF file.`);
  }
  const doc = await openPdf(file, bytes);
  try {
    const labels = await doc.getPageLabels().catch(() => null);
    const pages: RawPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await pageToRawPage(page, n, labels?.[n - 1]));
      page.cleanup();
    }
    return { file, format: "pdf", pages };
  } finally {
    await doc.destroy();
  }
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

async function openPdf(file: string, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = pdfjs.getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: path.join(pdfjsDir, "standard_fonts") + path.sep,
    cMapUrl: path.join(pdfjsDir, "cmaps") + path.sep,
    cMapPacked: true,
  });
  try {
    return await task.promise;
  } catch (err) {
    throw openError(file, err);
  }
}

function openError(file: string, err: unknown): ReadError {
  const name = (err as { name?: string })?.name ?? "";
  if (name === "PasswordException") {
    return new ReadError("encrypted", `${file} is protected by a password. Open it in a PDF viewer, save an unprotected copy and give that instead.`);
  }
  return new ReadError("truncated", `${file} is damaged or incomplete and cannot be read as a PDF. Download the document again.`);
}

async function pageToRawPage(page: PDFPageProxy, number: number, label: string | undefined): Promise<RawPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ disableNormalization: false });
  const items = content.items.filter((it): it is PdfTextItem & typeof it => "str" in it);
  const placed = items
    .filter((it) => it.str.trim() !== "")
    .map((it) => placeRun(it, viewport.transform));
  const runs = toDominantFrame(placed, viewport.width, viewport.height);
  const imageOnly = runs.runs.length === 0 && (await drawsImages(page));
  const raw: RawPage = { number, width: runs.frameWidth, height: runs.frameHeight, runs: runs.runs, imageOnly };
  if (label !== undefined && label !== String(number)) raw.label = label;
  return raw;
}

interface PlacedRun extends TextRun {
  /** Text direction in device space (radians, 0 = left to right). */
  angle: number;
}

function placeRun(item: PdfTextItem, viewportTransform: number[]): PlacedRun {
  const m = pdfjs.Util.transform(viewportTransform, item.transform);
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  const angle = Math.atan2(b, a);
  const size = Math.hypot(c, d);
  return { text: item.str, x: e, y: f, width: item.width, size, angle };
}

/**
 * Tables printed sideways on a portrait page (or pages whose /Rotate was not
 * enough) come out with vertical text. Turn the page so that most of its text
 * reads left to right, and drop the few runs that go another way (axis labels,
 * stamps): they cannot be part of a table row.
 */
function toDominantFrame(runs: PlacedRun[], width: number, height: number) {
  const quarter = (a: number) => ((Math.round(a / (Math.PI / 2)) % 4) + 4) % 4;
  const counts = [0, 0, 0, 0];
  for (const r of runs) counts[quarter(r.angle)]! += r.text.length;
  const dominant = counts.indexOf(Math.max(...counts));
  const kept = runs.filter((r) => quarter(r.angle) === dominant && Math.abs(Math.sin(r.angle - (dominant * Math.PI) / 2)) < 0.1);
  const rotate = (x: number, y: number): [number, number] => {
    switch (dominant) {
      case 1: return [y, width - x];
      case 2: return [width - x, height - y];
      case 3: return [height - y, x];
      default: return [x, y];
    }
  };
  const out: TextRun[] = kept.map((r) => {
    const [x, y] = rotate(r.x, r.y);
    return { text: r.text, x, y, width: r.width, size: r.size };
  });
  const sideways = dominant % 2 === 1;
  return { runs: out, frameWidth: sideways ? height : width, frameHeight: sideways ? width : height };
}

async function drawsImages(page: PDFPageProxy): Promise<boolean> {
  const ops = await page.getOperatorList();
  const imageOps = new Set([
    pdfjs.OPS.paintImageXObject,
    pdfjs.OPS.paintInlineImageXObject,
    pdfjs.OPS.paintImageMaskXObject,
    pdfjs.OPS.paintImageXObjectRepeat,
  ]);
  return ops.fnArray.some((fn) => imageOps.has(fn));
}
