// Hand-built model data for the renderer tests. The figures are the seed's:
// Barneverntjenesten 221 588 000 kr (Budsjett 2022) → 222 144 000 kr in 2026,
// printed in faste 2023-priser; KPI 2015=100: 2022 = 122,8, 2023 = 129,6.
import { Decimal } from "decimal.js";
import type {
  AmountValue, ColumnKind, ExtractedDocument, IndexMethod, IndexPoint, IndexSource, IndexStatus, ItemFlag, LineItem, PriceBasis, PriceStep,
  RealTermsReport, RealTermsRow,
} from "../../src/model/types.js";

export const nominal: PriceBasis = { kind: "nominal" };
export const fixed2023: PriceBasis = { kind: "fixed", year: 2023, printed: "faste 2023-priser" };

export function point(
  year: number, value: string, base: string, status: IndexStatus, source: string, note?: string, method?: IndexMethod,
): IndexPoint {
  const table = /tabell (\d+)/.exec(source)?.[1];
  const sources: IndexSource[] = [table === undefined ? { kind: "named", name: source } : { kind: "ssb", table }];
  return { year, value: new Decimal(value), base, status, source, ...(note === undefined ? {} : { note }), method: method ?? { kind: "annual" }, sources };
}

/** Moves kroner in `from.year` prices into `to.year` prices: index(to) / index(from). */
export function step(from: IndexPoint, to: IndexPoint): PriceStep {
  return { fromYear: from.year, toYear: to.year, factor: to.value.div(from.value), fromPoint: from, toPoint: to, base: from.base };
}

export const kpi2022 = point(2022, "122.8", "2015=100", "published", "SSB tabell 03014");
export const kpi2023 = point(2023, "129.6", "2015=100", "published", "SSB tabell 03014");
/** 2022 on 2025=100: the mean of the twelve published months (1069,9 / 12). */
export const kpi2022On2025 = point(2022, "89.158333333333333333", "2025=100", "derived", "SSB tabell 14700", "mean of 12 published months", { kind: "months_mean", firstMonth: 1, lastMonth: 12, count: 12 });
/** 2026 on 2025=100: the mean of January–August (822,1 / 8), an anslag. */
export const kpi2026On2025 = point(2026, "102.7625", "2025=100", "anslag", "SSB tabell 14700", undefined, { kind: "months_mean", firstMonth: 1, lastMonth: 8, count: 8 });

export function value(year: number, column: string, kind: ColumnKind, kroner: string | null, printed: string, basis: PriceBasis = nominal): AmountValue {
  return { year, column, kind, amountNok: kroner === null ? null : new Decimal(kroner), printed, blank: kroner === null, priceBasis: basis };
}

interface ItemSpec {
  label: string;
  labelBase?: string;
  footnoteMarker?: string;
  role?: LineItem["role"];
  file: string;
  page: number;
  pageLabel?: string;
  table: [id: string, title: string];
  unit: [multiplier: number, printed: string];
  basis?: PriceBasis;
  values: AmountValue[];
  flags?: ItemFlag[];
}

export function item(spec: ItemSpec): LineItem {
  const printedRow = [spec.label, ...spec.values.map((v) => v.printed)].join(" ");
  return {
    label: spec.label, labelBase: spec.labelBase ?? spec.label, footnoteMarker: spec.footnoteMarker ?? null,
    code: null, role: spec.role ?? "item", indent: 0,
    unit: { multiplier: spec.unit[0], printed: spec.unit[1] }, priceBasis: spec.basis ?? nominal,
    provenance: { file: spec.file, page: spec.page, ...(spec.pageLabel === undefined ? {} : { pageLabel: spec.pageLabel }), tableTitle: spec.table[1] },
    tableId: spec.table[0], printedRow, values: spec.values, flags: spec.flags ?? [],
  };
}

const plan = (year: number, kroner: string, printed: string) => value(year, String(year), year === 2023 ? "budsjett_forslag" : "okonomiplan", kroner, printed, fixed2023);
const table21: [string, string] = ["t008", "Tabell 2.1 Netto driftsrammer per tjenesteområde"];
const planFile = { file: "bop-2023-2026.pdf", table: table21, unit: [1000, "Beløp i 1000 kr"] as [number, string], basis: fixed2023 };

export const barnevern = item({
  ...planFile, label: "Barneverntjenesten", page: 7,
  values: [value(2022, "Budsjett 2022", "vedtatt_budsjett", "221588000", "221 588"), plan(2023, "224300000", "224 300"),
    plan(2024, "223900000", "223 900"), plan(2025, "223100000", "223 100"), plan(2026, "222144000", "222 144")],
});

export const sumOppvekst = item({
  ...planFile, label: "Sum oppvekst", role: "total", page: 7, flags: ["sum_mismatch"],
  values: [value(2022, "Budsjett 2022", "vedtatt_budsjett", "1045300000", "1 045 300"), plan(2023, "1092400000", "1 092 400"),
    plan(2024, "1091000000", "1 091 000"), plan(2025, "1090100000", "1 090 100"), plan(2026, "1089750000", "1 089 750")],
});

export const helsestasjon = item({
  label: "Helsestasjon og skolehelsetjeneste²", labelBase: "Helsestasjon og skolehelsetjeneste", footnoteMarker: "²",
  file: "budsjett-2026.pdf", page: 12, pageLabel: "10", table: ["t014", "Tabell 3.4 Helse og omsorg"], unit: [1, "Beløp i kroner"],
  values: [value(2022, "Regnskap 2022", "regnskap", "48250000", "48 250 000"), value(2025, "Budsjett 2025", "vedtatt_budsjett", null, ""),
    value(2026, "Budsjett 2026", "budsjett_forslag", "53900000", "53 900 000")],
});

/** A row as the deflate stage would build it: each side times its steps' factors. */
export function realRow(source: LineItem, fromYear: number, toYear: number, pricesOf: number, fromSteps: PriceStep[], toSteps: PriceStep[]): RealTermsRow {
  const from = source.values.find((v) => v.year === fromYear)!;
  const to = source.values.find((v) => v.year === toYear)!;
  const convert = (v: AmountValue, steps: PriceStep[]) => steps.reduce((acc, s) => acc.times(s.factor), v.amountNok ?? new Decimal(0));
  const priceYear = (v: AmountValue) => (v.priceBasis.kind === "fixed" ? v.priceBasis.year : v.year);
  const fromIn = convert(from, fromSteps);
  const toIn = convert(to, toSteps);
  const fromNok = from.amountNok ?? new Decimal(0);
  const pct = (change: Decimal, base: Decimal) => (base.isZero() ? null : change.div(base).times(100));
  const steps = [...fromSteps, ...toSteps];
  return {
    item: source, from, to, pricesOf, fromPriceYear: priceYear(from), toPriceYear: priceYear(to),
    fromInPricesOf: fromIn, toInPricesOf: toIn,
    nominalChange: (to.amountNok ?? new Decimal(0)).minus(fromNok), nominalChangePct: pct((to.amountNok ?? new Decimal(0)).minus(fromNok), fromNok),
    realChange: toIn.minus(fromIn), realChangePct: pct(toIn.minus(fromIn), fromIn),
    steps, anslag: steps.some((s) => s.fromPoint.status === "anslag" || s.toPoint.status === "anslag"),
    flags: [...source.flags],
  };
}

export function kpiReport(rows: RealTermsRow[], pricesOf = 2022): RealTermsReport {
  const points = [...new Map(rows.flatMap((r) => r.steps.flatMap((s) => [s.fromPoint, s.toPoint])).map((p) => [`${p.base}|${p.year}`, p])).values()];
  const anslag = points.some((p) => p.status === "anslag");
  return {
    fromYear: 2022, toYear: 2026, pricesOf, seriesName: "KPI", seriesId: "kpi", rows, indexPoints: points,
    assumptions: anslag ? [{ year: 2026, growthPercent: new Decimal("2.7625"), method: "months_mean", source: "SSB tabell 14700, januar–august 2026" }] : [],
    warnings: anslag ? [{ code: "anslag", message: "KPI 2026 er et anslag: snitt av januar–august 2026." }] : [],
  };
}

export const barnevernRow = realRow(barnevern, 2022, 2026, 2022, [], [step(kpi2023, kpi2022)]);
export const sumOppvekstRow = realRow(sumOppvekst, 2022, 2026, 2022, [], [step(kpi2023, kpi2022)]);
export const helsestasjonRow = realRow(helsestasjon, 2022, 2026, 2022, [], [step(kpi2026On2025, kpi2022On2025)]);

/** The main report: a fixed-price row, a nominal row that needs the 2026 anslag, and a total. */
export const report = kpiReport([barnevernRow, helsestasjonRow, sumOppvekstRow]);

export const documents: ExtractedDocument[] = [
  { file: "bop-2023-2026.pdf", budgetYear: 2023, title: "Budsjett 2023 og økonomiplan 2023–2026", pageCount: 19, items: [barnevern, sumOppvekst],
    warnings: [{ code: "sum_mismatch", message: "Sum oppvekst avviker fra summen av postene med 1 000 kr.", file: "bop-2023-2026.pdf", page: 7, table: table21[1] }] },
  { file: "budsjett-2026.pdf", budgetYear: 2026, title: null, pageCount: 40, items: [helsestasjon], warnings: [] },
];
