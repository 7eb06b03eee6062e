// "the Springfield Shopper": a name no list knows is an outlet when the article itself uses it as
// one, after "according to the", "reported by the" or "told the", or as "the X reported". A
// person's name never takes "the", so "the Springfield Shopper" is not read as a person.

const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when `text` uses "the `name`" as a news outlet (see above). `name` is without "the". */
export function isUsedAsOutlet(name: string, text: string): boolean {
  const the = String.raw`[Tt]he\s+${escapePattern(name)}`;
  return new RegExp(
    String.raw`\b(?:according\s+to|(?:reported|published|first\s+reported)\s+by|told|report\s+in|interview\s+with)\s+${the}\b|\b${the}\s+(?:first\s+)?(?:reported|reports|wrote|published)\b`,
    "u",
  ).test(text);
}
