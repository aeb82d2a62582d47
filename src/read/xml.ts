// A small element tree for the parts of a .docx. Element and attribute names
// are resolved through their namespaces, so a file that binds WordprocessingML
// to another prefix than "w" (or uses the Strict namespace) reads the same.
import { SaxesParser, type SaxesTagNS } from "saxes";

/** WordprocessingML in Transitional and in Strict OOXML. */
const WORD = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
/** Short names for the other namespaces the reader looks at; any other becomes "ns:". */
const PREFIXES: Record<string, string> = {
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "urn:schemas-microsoft-com:vml": "v",
};

/**
 * An element: `name` is the local name for WordprocessingML ("p", "tbl") and
 * "prefix:local" otherwise ("mc:AlternateContent"); `attrs` likewise.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const nameOf = (uri: string, local: string) => (WORD.has(uri) ? local : `${PREFIXES[uri] ?? "ns"}:${local}`);

/** Parses a whole XML part; throws on malformed XML. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | null = null;
  parser.on("error", (err) => {
    failure ??= err;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix !== "xmlns" && a.name !== "xmlns") attrs[a.uri ? nameOf(a.uri, a.local) : a.local] = a.value;
    const el: XmlElement = { name: nameOf(tag.uri, tag.local), attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => void stack[stack.length - 1]!.children.push(t));
  parser.on("cdata", (t) => void stack[stack.length - 1]!.children.push(t));
  parser.write(text).close();
  if (failure) throw failure;
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) throw new Error("no root element");
  return top;
}

export const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== "string");
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => el && elements(el).find((c) => c.name === name);
export const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");

/** The descendants of `el` named `name`, not looking inside a match. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  return elements(el).flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
}

/** An OOXML on/off property: present means on, unless its val says false. */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs["val"];
  return v === undefined || !/^(false|0|off)$/i.test(v);
}
