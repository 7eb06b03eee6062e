// Sentences that are not claims: notes about the reporting itself ("declined to comment", "could
// not be independently verified") and the bylines and credits of scraped copy.

// Sentences about the reporting itself, not claims: no comment, not verified, not reached, no
// details given.
export const PROCESS_NOTE =
  /\b(?:declined|refused)\s+to\s+(?:comment|say|elaborate|discuss|confirm)|\bdid\s+not\s+(?:immediately\s+)?(?:respond|reply|return|answer|comment|say|elaborate|specify)|\b(?:could|can)\s*(?:not|n['’]t)\s+(?:immediately\s+|independently\s+)?(?:be\s+)?(?:reached|verif|confirm)|\bunable\s+to\s+(?:verify|confirm|reach)|\b(?:could|can)\s+(?:not\s+)?be\s+(?:independently\s+)?verified|\bno\s+immediate\s+comment|\bnot\s+immediately\s+available|\bwould\s+not\s+say\b|\b(?:gave|provided|offered)\s+no\s+(?:further\s+|other\s+|more\s+|additional\s+)?(?:details|information|explanation|comment)\b/i;

// "declined to be named", "asked not to be identified": a source withholding a name says nothing
// by it. Only the cue and its content are tested, so "An aide, who declined to be named, said…"
// keeps its claim.
export const WITHHELD_NAME =
  /\b(?:declined|refused|ask(?:ed|ing)\s+not|did\s+not\s+want|wished\s+not)\s+to\s+be\s+(?:named|identified|quoted)\b/i;

// A sentence that only withholds a name ("The aide declined to be named."), not one whose
// speaker merely does ("An official, who declined to be named, said…").
export function onlyWithholdsName(sentence: string): boolean {
  const note = WITHHELD_NAME.exec(sentence);
  return note !== null && !/\bwho\s+$/i.test(sentence.slice(0, note.index));
}

// Bylines, credits and boilerplate lines of scraped copy.
export const NOT_CONTENT =
  /^(?:By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|and)\s*\p{Lu}[\p{L}.'’ -]+)*\.?$|(?:Reporting|Writing|Editing|Additional reporting|Compiled|Photo|Image|Video|Advertisement|Read more|Related|Sign up|Subscribe)\b)/u;
