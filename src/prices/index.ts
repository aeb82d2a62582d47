// The price stage's public surface: load the series, build a series, deflate.
export { PriceDataError } from "./errors.js";
export { defaultSeriesDir, loadPriceData } from "./loadPriceData.js";
export { parsePriceData, SERIES_FILES, type SeriesTexts } from "./parsePriceData.js";
export type { PriceData } from "./priceData.js";
export { kpiSeries, KPI_NEW_BASE, KPI_OLD_BASE } from "./kpiSeries.js";
export { priceStep, type Assume, type IndexResult, type PriceSeries, type SeriesStep } from "./priceSeries.js";
export { deflateAmount } from "./decimal.js";
export { chooseColumn, type ColumnChoice } from "./chooseColumn.js";
export { lineItemsToRealRows, priceYearOf, type DeflateOptions } from "./lineItemsToRealRows.js";
