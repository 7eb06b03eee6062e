// Values that one process shares between many answers (a claim's derived provenance, a claim's
// whole answer) are frozen all the way down: a caller changing one would change what others are
// shown, and lib/checked-once.ts checks a frozen value only once.

/** `value` itself, with every object reachable from it frozen. */
export function freezeDeep<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeDeep(child);
  }
  return value;
}
