// Spies on every way a stage could print, for the "library code never prints" tests (H9).
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

/** Installs the spies around each test of the calling suite; returns a getter for them. */
export function spyOnOutput(): () => MockInstance[] {
  let spies: MockInstance[] = [];
  beforeEach(() => {
    spies = [
      ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((m) => vi.spyOn(console, m)),
      vi.spyOn(process.stdout, "write"),
      vi.spyOn(process.stderr, "write"),
    ];
  });
  afterEach(() => spies.forEach((s) => s.mockRestore()));
  return () => spies;
}
