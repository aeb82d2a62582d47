// DOCX → RawDocument, read from the WordprocessingML itself. A .docx has no
// fixed pages or positions, so docxLayout.ts lays the content out
// synthetically; this file opens the archive, finds the main document part,
// hands its body to docxBody.ts and says clearly what is wrong with files that
// are not usable Word documents.
import JSZip from "jszip";
import { bodyToBlocks } from "./docxBody.js";
import { blocksToPages } from "./docxLayout.js";
import { ReadError } from "./errors.js";
import type { RawDocument } from "./types.js";
import { child, elements, parseXml, type XmlElement } from "./xml.js";

export async function readDocx(file: string, bytes: Uint8Array): Promise<RawDocument> {
  const zip = await openArchive(file, bytes);
  const main = await mainDocumentPath(zip);
  const entry = zip.file(main);
  if (!entry) {
    throw new ReadError("not_docx", `${file} is a ZIP archive but not a Word document (it has no ${main}). Give the budget document as .docx or PDF.`);
  }
  const xml = await zipCall(file, () => entry.async("string"));
  return { file, format: "docx", pages: blocksToPages(bodyToBlocks(documentBody(file, xml))) };
}

// ---- The archive -------------------------------------------------------------

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

async function openArchive(file: string, bytes: Uint8Array): Promise<JSZip> {
  if (OLE.every((b, i) => bytes[i] === b)) throw oleError(file, bytes);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ReadError("not_docx", `${file} is not a Word .docx file (a .docx is a ZIP archive; this file is not one). Give the budget document as .docx or PDF.`);
  }
  return zipCall(file, () => JSZip.loadAsync(bytes));
}

/** Word 97–2003 files and password-protected .docx files are both OLE compound files. */
function oleError(file: string, bytes: Uint8Array): ReadError {
  if (Buffer.from(bytes).includes(Buffer.from("EncryptedPackage", "utf16le"))) {
    return new ReadError("encrypted", `${file} is protected by a password. Open it in Word or LibreOffice, save an unprotected copy as .docx or PDF and give that instead.`);
  }
  return new ReadError("not_docx", `${file} is an old Word 97–2003 document, not .docx. Open it in Word or LibreOffice, save it as .docx or PDF and give that file.`);
}

/** jszip's errors are plain Errors; a file that starts as a ZIP but fails is damaged or cut short. */
async function zipCall<T>(file: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    if (/encrypt/i.test(why)) {
      throw new ReadError("encrypted", `${file} is encrypted. Save an unprotected copy as .docx or PDF and give that instead.`);
    }
    throw new ReadError("truncated", `${file} is damaged or incomplete (${why}) and cannot be read as a .docx. Download the document again.`);
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The main part as the package's relationships name it (nearly always word/document.xml). */
async function mainDocumentPath(zip: JSZip): Promise<string> {
  const fallback = "word/document.xml";
  const rels = zip.file("_rels/.rels");
  const text = rels ? await rels.async("string").catch(() => "") : "";
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch {
    return fallback; // a damaged package index: try the usual place
  }
  const main = elements(root).find((r) => r.name === "rel:Relationship" && OFFICE_DOCUMENT.test(r.attrs["Type"] ?? ""));
  return main?.attrs["Target"]?.replace(/^\//, "") || fallback;
}

function documentBody(file: string, xml: string): XmlElement {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new ReadError("not_docx", `${file} cannot be read as a Word document (its text is not well-formed XML: ${why}). Open it in Word or LibreOffice, save it again as .docx or PDF and give that file.`);
  }
  const body = child(root, "body");
  if (root.name !== "document" || !body) {
    throw new ReadError("not_docx", `${file} cannot be read as a Word document (its main part has no document body). Open it in Word or LibreOffice, save it again as .docx or PDF and give that file.`);
  }
  return body;
}
