// How sure a figure is, from the data files' `status` to the model's IndexStatus.
import type { IndexSource, IndexStatus } from "../model/types.js";
import type { DataStatus, Origin } from "./priceData.js";

export function indexStatus(status: DataStatus): IndexStatus {
  switch (status) {
    case "published":
    case "derived":
      return status;
    case "estimate":
      return "anslag";
    default: {
      const never: never = status;
      return never;
    }
  }
}

const STATUS_RANK: Record<IndexStatus, number> = { published: 0, derived: 1, anslag: 2 };

/** A figure computed from others is as unsure as the least sure of them. */
export function worst(...statuses: IndexStatus[]): IndexStatus {
  return statuses.reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a));
}

/**
 * The source to show for a figure: the table's name for an embedded figure
 * (its row's own source column holds the evidence codes of data/series/README.md),
 * or the row's source and the import that stored it.
 */
export function sourceOf(row: { source: string; origin?: Origin }, embedded: string): string {
  return row.origin ? `${row.source}, ${row.origin}` : embedded;
}

/**
 * The same as facts: the embedded table or publication, or for an imported row
 * its SSB table (or its source's name) and the file it was imported from.
 */
export function sourceRefOf(row: { source: string; origin?: Origin }, embedded: IndexSource): IndexSource {
  if (!row.origin) return embedded;
  const file = /^imported from (.+) on \d{4}-\d{2}-\d{2}$/.exec(row.origin)?.[1] ?? row.origin;
  const table = /^SSB table (\d+)/.exec(row.source)?.[1];
  return table === undefined ? { kind: "named", name: row.source, importedFrom: file } : { kind: "ssb", table, importedFrom: file };
}

/** An SSB table as a source: "03014". */
export function ssbTable(table: string): IndexSource {
  return { kind: "ssb", table };
}

/** The distinct sources of several figures, in the order first seen. */
export function uniqueSources(sources: readonly IndexSource[]): IndexSource[] {
  const byKey = new Map(sources.map((s) => [JSON.stringify(s), s]));
  return [...byKey.values()];
}

/** "2026-08" for a month, "2026" for a year. */
export function periodText(year: number, month?: number): string {
  return month === undefined ? String(year) : `${year}-${String(month).padStart(2, "0")}`;
}
