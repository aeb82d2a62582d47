import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  PriceDataError,
  ageInMonths,
  checkedForAge,
  deflatorSeries,
  kpiJaeSeries,
  kpiSeries,
  loadPriceData,
  loadStoredData,
  parseToday,
  seriesInventory,
  seriesStoreDir,
  staleWarning,
  userDataDir,
} from "../../src/prices/index.js";
import { FROZEN_SERIES } from "./helpers.js";

describe("userDataDir", () => {
  const home = "/home/kari";
  it("follows XDG on Linux, with ~/.local/share as the default", () => {
    expect(userDataDir({}, "linux", home)).toBe("/home/kari/.local/share/bop-real");
    expect(userDataDir({ XDG_DATA_HOME: "/data/kari" }, "linux", home)).toBe("/data/kari/bop-real");
    // The XDG spec says a relative path is to be ignored.
    expect(userDataDir({ XDG_DATA_HOME: "relative" }, "linux", home)).toBe("/home/kari/.local/share/bop-real");
  });

  it("uses Application Support on macOS and %APPDATA% on Windows", () => {
    expect(userDataDir({}, "darwin", "/Users/kari")).toBe("/Users/kari/Library/Application Support/bop-real");
    expect(userDataDir({ APPDATA: "C:\\Users\\kari\\AppData\\Roaming" }, "win32", "C:\\Users\\kari")).toBe(
      join("C:\\Users\\kari\\AppData\\Roaming", "bop-real"),
    );
  });

  it("is overridden by BOP_REAL_DATA_DIR, and keeps the series in a folder of their own", () => {
    expect(userDataDir({ BOP_REAL_DATA_DIR: "/tmp/x", XDG_DATA_HOME: "/data" }, "linux", home)).toBe("/tmp/x");
    expect(seriesStoreDir("/tmp/x")).toBe(join("/tmp/x", "series"));
  });

  it("reads a missing store as no figures", () => {
    expect(loadStoredData("/nonexistent/bop-real/series")).toEqual({});
  });
});

describe("today and the age of the newest figure", () => {
  it("takes today from BOP_REAL_TODAY, and refuses a date that is not one", () => {
    expect(parseToday("2026-11-24")).toEqual({ year: 2026, month: 11, day: 24, iso: "2026-11-24" });
    expect(parseToday(undefined, new Date(2027, 0, 5)).iso).toBe("2027-01-05");
    expect(() => parseToday("2026-02-30")).toThrow(PriceDataError);
    expect(() => parseToday("24.11.2026")).toThrow(/BOP_REAL_TODAY="24\.11\.2026" is not a date like 2026-11-24/);
  });

  it("counts whole months from the end of the period; a year ends in December", () => {
    const today = parseToday("2026-11-24");
    expect(ageInMonths({ year: 2025, month: 7 }, today)).toBe(16);
    expect(ageInMonths({ year: 2025, month: 8 }, today)).toBe(15);
    expect(ageInMonths({ year: 2024 }, today)).toBe(23);
    expect(ageInMonths({ year: 2026 }, today)).toBe(-1);
  });

  it("warns when the newest figure is more than 15 months old (KPI-JAE ends in 2025-07)", () => {
    const data = loadPriceData(FROZEN_SERIES);
    const today = parseToday("2026-11-24");
    expect(staleWarning(kpiSeries(data), today)).toBeNull();
    expect(staleWarning(deflatorSeries(data), today)).toBeNull();
    const w = staleWarning(kpiJaeSeries(data), today);
    expect(w?.code).toBe("stale_series");
    expect(w?.message).toBe(
      "KPI-JAE: the newest figure is for 2025-07, 16 months before 2026-11-24; newer figures are probably out. " +
        "Download SSB table 05327 (or 05335) as JSON-stat from ssb.no/statbank and run bop-real series import FILE.",
    );
    expect(staleWarning(kpiJaeSeries(data), parseToday("2026-10-31"))).toBeNull();
    expect(checkedForAge(kpiJaeSeries(data), today).notices).toEqual([w]);
  });

  it("lists each series with its newest figure and where its figures came from", () => {
    const list = seriesInventory(loadPriceData(FROZEN_SERIES), parseToday("2026-11-24"));
    expect(list.map((s) => [s.name, s.last, s.stale])).toEqual([
      ["KPI", "2026-08", false],
      ["KPI-JAE", "2025-07", true],
      ["kommunal deflator", "2026", false],
    ]);
    expect(list[0]?.parts[0]).toMatchObject({ what: "SSB table 03014, annual, 2015=100", origin: "embedded", first: "1967", last: "2025", count: 59, lastStatus: "derived" });
  });
});
