// "1 claim", "2 claims": counts in the words readers and editors see, never "1 claims".

/** `count` and the noun in the number it takes; the plural defaults to the noun plus "s". */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
