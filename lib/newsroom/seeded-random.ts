// A small seeded random generator (mulberry32), so a synthetic newsroom is the same on every
// machine for the same seed: benchmark runs compare like with like.

export type Random = {
  /** 0 ≤ x < 1 */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An index in [0, size), small indices far more often (a few sources are used everywhere). */
  skewed(size: number): number;
  chance(probability: number): boolean;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    // x³ piles the draws up near 0: the first tenth of the list gets nearly half of them.
    skewed: (size) => Math.min(size - 1, Math.floor(next() ** 3 * size)),
    chance: (probability) => next() < probability,
  };
}
