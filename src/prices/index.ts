// The price stage's public surface: load the series, build a series, deflate, import.
export { PriceDataError } from "./errors.js";
export { defaultSeriesDir, loadPriceData } from "./loadPriceData.js";
export { parsePriceData, parseStoredData, SERIES_FILES, type SeriesTexts } from "./parsePriceData.js";
export type { PriceData } from "./priceData.js";
export { kpiSeries, KPI_NEW_BASE, KPI_OLD_BASE } from "./kpiSeries.js";
export { kpiJaeSeries, KPI_JAE_BASE } from "./kpiJaeSeries.js";
export { deflatorSeries } from "./deflatorSeries.js";
export { customSeries, parseCustomSeries, type CustomTable } from "./customSeries.js";
export {
  ignoredAssumptions,
  priceStep,
  type Assume,
  type IndexResult,
  type Period,
  type PriceSeries,
  type SeriesStep,
} from "./priceSeries.js";
export { deflateAmount } from "./decimal.js";
export { chooseColumn, columnMatches, foldText, type ColumnChoice } from "./chooseColumn.js";
export { lineItemsToRealRows, percentOf, priceYearOf, type DeflateOptions } from "./lineItemsToRealRows.js";
export {
  DATA_DIR_ENV,
  loadStoredData,
  loadWithImports,
  mergePriceData,
  seriesStoreDir,
  userDataDir,
} from "./userStore.js";
export { parseJsonStat, type JsonStatCube } from "./jsonStat.js";
export { binaryKind } from "./textFile.js";
export { cubeToFigures, SSB_TABLES, type SsbTable } from "./ssbTables.js";
export { importText, storeImport, type ImportedFigures, type ImportResult } from "./importSeries.js";
export {
  ageInMonths,
  checkedForAge,
  parseToday,
  staleWarning,
  STALE_AFTER_MONTHS,
  TODAY_ENV,
  type Today,
} from "./staleness.js";
export { seriesInventory, type InventoryPart, type InventorySeries } from "./seriesInventory.js";
