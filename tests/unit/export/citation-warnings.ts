// Collects what citation-js (its logger, at "unmapped" level and above) and citeproc (console)
// report while a block runs: a clean export parses back with nothing to say.
import { logger } from "@citation-js/core";
import { vi } from "vitest";

export function collectCitationWarnings<T>(run: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const previous = { level: logger.level, console: logger._console };
  logger.level = "unmapped";
  logger._console = { log: (...args: unknown[]) => warnings.push(args.map(String).join(" ")) };
  const warn = vi
    .spyOn(console, "warn")
    .mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(" ")));
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(" ")));
  try {
    return { result: run(), warnings };
  } finally {
    logger.level = previous.level;
    logger._console = previous.console;
    warn.mockRestore();
    log.mockRestore();
  }
}
