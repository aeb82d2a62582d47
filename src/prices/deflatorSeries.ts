// The kommunal deflator (Finansdepartementet; published by TBU for kommunal og
// fylkeskommunal økonomi): about 60 % wage growth and 40 % prices, a growth rate
// per year. Chained into an index with the year before the first rate at 100.
import { SERIES_FILES } from "./parsePriceData.js";
import type { GrowthRow, PriceData } from "./priceData.js";
import type { PriceSeries } from "./priceSeries.js";
import { chainBase, chainHasFigure, chainIndexFor, chainRows, type GrowthChain } from "./growthChain.js";
import { sourceRefOf } from "./status.js";

const NAME = "kommunal deflator";
const EMBEDDED_SOURCE = "Finansdepartementet (Nasjonalbudsjettet 2026, tabell 3.12)";

export function deflatorSeries(data: PriceData): PriceSeries {
  const rows = chainRows(NAME, data.kommunalDeflator, `${SERIES_FILES.kommunalDeflator} in ${data.dir}`);
  const years = [...rows.keys()];
  const chain: GrowthChain = {
    name: NAME,
    rows,
    anchorYear: Math.min(...years) - 1,
    sourceOf,
    sourceRefOf: (row) => sourceRefOf(row, { kind: "named", name: EMBEDDED_SOURCE }),
    estimateSource,
    forecasts: data.forecasts.filter((f) => f.series === "deflator"),
    carryForward: true,
  };
  const base = chainBase(chain);
  return {
    id: "deflator",
    name: NAME,
    baseFor: () => base,
    indexFor: (year, _base, assume) => chainIndexFor(chain, year, assume),
    hasFigure: (year) => chainHasFigure(chain, year),
    latest: { year: Math.max(...years) },
    notices: [],
  };
}

function sourceOf(row: GrowthRow): string {
  return row.origin !== undefined ? `${row.source}, ${row.origin}` : EMBEDDED_SOURCE;
}

/**
 * An estimate says what it is and which variant was used (2025: 4.0 without
 * pension costs, not 4.7 with them), so the row's note goes with its source.
 */
function estimateSource(row: GrowthRow): string {
  return row.note !== "" ? `${sourceOf(row)}: ${row.note}` : sourceOf(row);
}
