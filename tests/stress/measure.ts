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
