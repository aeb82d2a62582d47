// JSON-stat text -> a plain cube. Reads both shapes SSB has served: 2.0 (a
// `dataset` with `id`, `size`, `dimension`, `value`, `role` at the top) and the
// 1.x bundle of the old API ({ "<name>": { dimension: { id, size, role, … }, value } },
// where keys starting with "_", such as an archive's `_metadata`, are not datasets).
// Dimensions are taken in the order the file gives; nothing assumes SSB's usual order.
import { PriceDataError } from "./errors.js";

export interface JsonStatCategory {
  code: string;
  label: string;
  /** `unit.base` of a content category ("indeks", "prosent"), when given. */
  unitBase?: string;
  /** `extension.basePeriod` of a content category ("2025"), when given. */
  basePeriod?: string;
}

export interface JsonStatDimension {
  id: string;
  label: string;
  /** In the order of `category.index`. */
  categories: JsonStatCategory[];
}

export interface JsonStatCube {
  version: "2.0" | "1.x";
  label: string;
  source: string;
  updated: string;
  /** SSB's table number ("14700"), from `extension.px.tableid` or the label, when found. */
  tableId: string | null;
  /** In the order of the file's `id`; a value's position is row-major over them. */
  dimensions: JsonStatDimension[];
  timeId: string | null;
  metricId: string | null;
  /** The value at one category position per dimension; null for a missing figure. */
  valueAt(positions: readonly number[]): number | null;
}

type Json = Record<string, unknown>;

const HOW = "Download the table from ssb.no/statbank as JSON-stat (2.0, or 1.x from the old API) and import that file.";

export function parseJsonStat(text: string, name: string): JsonStatCube {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new PriceDataError(`${name} is not valid JSON (${(error as Error).message}). ${HOW}`);
  }
  if (!isObject(doc)) throw bad(name, "it is not a JSON object");
  if (doc.class === "collection" || doc.class === "bundle") {
    throw bad(name, `it is a JSON-stat ${String(doc.class)}, not one table`);
  }
  if (Array.isArray(doc.id) && isObject(doc.dimension)) return version2(doc, name);
  return version1(doc, name);
}

function version2(doc: Json, name: string): JsonStatCube {
  const role = isObject(doc.role) ? doc.role : {};
  return buildCube(name, "2.0", doc, {
    ids: doc.id,
    sizes: doc.size,
    dims: doc.dimension as Json,
    role,
    extension: doc.extension,
  });
}

function version1(doc: Json, name: string): JsonStatCube {
  const datasets = isObject(doc.dimension)
    ? [doc]
    : Object.entries(doc)
        .filter(([key, v]) => !key.startsWith("_") && isObject(v) && isObject(v.dimension) && "value" in v)
        .map(([, v]) => v as Json);
  if (datasets.length === 0) throw bad(name, "it holds no JSON-stat dataset (no `dimension` and `value`)");
  if (datasets.length > 1) throw bad(name, `it holds ${datasets.length} datasets; download one table at a time`);
  const ds = datasets[0]!;
  const dimension = ds.dimension as Json;
  return buildCube(name, "1.x", ds, {
    ids: dimension.id,
    sizes: dimension.size,
    dims: dimension,
    role: isObject(dimension.role) ? dimension.role : {},
    extension: ds.extension,
  });
}

interface Parts {
  ids: unknown;
  sizes: unknown;
  dims: Json;
  role: Json;
  extension: unknown;
}

function buildCube(name: string, version: JsonStatCube["version"], ds: Json, p: Parts): JsonStatCube {
  if (!Array.isArray(p.ids) || !p.ids.every((id) => typeof id === "string")) throw bad(name, "`id` is not a list of names");
  const ids = p.ids as string[];
  if (!Array.isArray(p.sizes) || p.sizes.length !== ids.length || !p.sizes.every((n) => Number.isInteger(n) && n > 0)) {
    throw bad(name, "`size` does not give one size per dimension");
  }
  const sizes = p.sizes as number[];
  const dimensions = ids.map((id, i) => dimension(name, id, p.dims[id], sizes[i]!));
  const label = typeof ds.label === "string" ? ds.label : "";
  return {
    version,
    label,
    source: typeof ds.source === "string" ? ds.source : "",
    updated: typeof ds.updated === "string" ? ds.updated : "",
    tableId: tableIdOf(p.extension, label),
    dimensions,
    timeId: roleOf(p.role, "time", ids),
    metricId: roleOf(p.role, "metric", ids),
    valueAt: valueReader(name, ds.value, sizes),
  };
}

function dimension(name: string, id: string, raw: unknown, size: number): JsonStatDimension {
  if (!isObject(raw) || !isObject(raw.category)) throw bad(name, `dimension "${id}" has no categories`);
  const category = raw.category;
  const labels = isObject(category.label) ? category.label : {};
  const codes = categoryCodes(category.index, labels);
  if (codes === null || codes.length !== size) {
    throw bad(name, `dimension "${id}" lists ${codes?.length ?? "no"} categories but its size is ${size}`);
  }
  const units = isObject(category.unit) ? category.unit : {};
  const ext = isObject(raw.extension) && isObject(raw.extension.basePeriod) ? raw.extension.basePeriod : {};
  return {
    id,
    label: typeof raw.label === "string" ? raw.label : id,
    categories: codes.map((code) => {
      const unit = units[code];
      const unitBase = isObject(unit) && typeof unit.base === "string" ? unit.base : undefined;
      const basePeriod = typeof ext[code] === "string" ? (ext[code] as string) : undefined;
      return {
        code,
        label: typeof labels[code] === "string" ? (labels[code] as string) : code,
        ...(unitBase === undefined ? {} : { unitBase }),
        ...(basePeriod === undefined ? {} : { basePeriod }),
      };
    }),
  };
}

/** `index` as a list of codes or an object of code → position; with a single category it may be absent. */
function categoryCodes(index: unknown, labels: Json): string[] | null {
  if (Array.isArray(index)) return index.every((c) => typeof c === "string") ? (index as string[]) : null;
  if (isObject(index)) {
    const entries = Object.entries(index);
    const codes: string[] = [];
    for (const [code, position] of entries) {
      if (!Number.isInteger(position) || (position as number) < 0 || (position as number) >= entries.length) return null;
      if (codes[position as number] !== undefined) return null;
      codes[position as number] = code;
    }
    return codes;
  }
  const keys = Object.keys(labels);
  return keys.length === 1 ? keys : null;
}

function roleOf(role: Json, kind: "time" | "metric", ids: readonly string[]): string | null {
  const list = role[kind];
  if (Array.isArray(list) && typeof list[0] === "string" && ids.includes(list[0])) return list[0];
  return null;
}

function tableIdOf(extension: unknown, label: string): string | null {
  const px = isObject(extension) && isObject(extension.px) ? extension.px : null;
  if (px && typeof px.tableid === "string" && /^\d{5}$/.test(px.tableid)) return px.tableid;
  return /^(\d{5})\s*:/.exec(label)?.[1] ?? null;
}

function valueReader(name: string, value: unknown, sizes: readonly number[]): JsonStatCube["valueAt"] {
  const total = sizes.reduce((a, b) => a * b, 1);
  if (Array.isArray(value) && value.length !== total) {
    throw bad(name, `it has ${value.length} values where its dimensions make ${total}`);
  }
  if (!Array.isArray(value) && !isObject(value)) throw bad(name, "it has no `value` list");
  const strides = sizes.map((_, i) => sizes.slice(i + 1).reduce((a, b) => a * b, 1));
  return (positions) => {
    const at = positions.reduce((sum, pos, i) => sum + pos * strides[i]!, 0);
    const v = Array.isArray(value) ? value[at] : (value as Json)[String(at)];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function bad(name: string, why: string): PriceDataError {
  return new PriceDataError(`${name} is not a JSON-stat table this tool can read: ${why}. ${HOW}`);
}
