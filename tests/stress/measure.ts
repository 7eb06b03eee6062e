// Timing for the stress tests: ratios of two costs measured in one run, never absolute times
// (the machines are shared and noisy). Each cost is the median of a few runs after a warm-up.

/** Median milliseconds of `runs` calls of `work`, after one unmeasured call. */
export async function medianMs(work: () => unknown, runs = 5): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** How many times `slow` costs `base` (with a floor of 1 ms each, so timer noise cannot blow up a ratio). */
export function ratio(slow: number, base: number): number {
  return Math.max(slow, 1) / Math.max(base, 1);
}

/**
 * The fewest milliseconds each of `base` and `slow` took over `runs` turns, run in turn (base,
 * slow, base, slow…) after one unmeasured call of each, so a burst of load on the shared machine
 * falls on both alike, and the least time is the one closest to the work's own cost.
 */
export async function pairedMinMs(
  base: () => unknown,
  slow: () => unknown,
  runs = 5,
): Promise<{ base: number; slow: number }> {
  await base();
  await slow();
  const least = { base: Number.POSITIVE_INFINITY, slow: Number.POSITIVE_INFINITY };
  for (let run = 0; run < runs; run++) {
    for (const [key, work] of [
      ["base", base],
      ["slow", slow],
    ] as const) {
      const started = performance.now();
      await work();
      least[key] = Math.min(least[key], performance.now() - started);
    }
  }
  return least;
}
