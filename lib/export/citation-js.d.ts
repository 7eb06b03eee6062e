// @citation-js 0.8 ships no type declarations; this covers the part the exporters use.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  /** Silent by default; `_console` receives what reaches `level` (tests use it to catch warnings). */
  export const logger: {
    level: "http" | "debug" | "unmapped" | "info" | "warn" | "error" | "silent";
    _console: { log(...args: unknown[]): void };
  };
  export const plugins: {
    config: { get(name: string): unknown };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
