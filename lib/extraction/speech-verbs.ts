// Reporting verbs and the phrases around them: where a verb of saying sits in a sentence, and
// which stretch before it names the speaker.

const SAY_VERBS = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "adds",
  "noted",
  "mentioned",
  "clarified",
  "assured",
  "asserted",
  "stated",
  "explained",
  "argued",
  "argues",
  "insisted",
  "insists",
  "warned",
  "warns",
  "cautioned",
  "announced",
  "announces",
  "confirmed",
  "confirms",
  "denied",
  "denies",
  "deny",
  "acknowledged",
  "admitted",
  "claimed",
  "maintained",
  "stressed",
  "emphasized",
  "emphasised",
  "highlighted",
  "suggested",
  "predicted",
  "estimated",
  "reported",
  "wrote",
  "writes",
  "posted",
  "tweeted",
  "disclosed",
  "alleged",
  "contended",
  "declared",
  "pledged",
  "promised",
  "vowed",
  "conceded",
  "recalled",
  "observed",
  "remarked",
  "replied",
  "responded",
  "countered",
  "believes",
  "agreed",
  "testified",
  "signalled",
  "signaled",
  "hinted",
  "indicated",
  "reiterated",
  "repeated",
  "expect",
  "expects",
  "expected",
  "forecast",
  "forecasts",
  "projected",
];
// Verbs whose subject must be a study, a report or researchers ("the study found").
export const FINDING_VERBS = new Set(["found", "finds", "showed", "shows", "concluded", "revealed", "estimated"]);
// Verbs whose whole clause is the claim ("Starmer urged Putin to agree to a ceasefire").
export const URGE_VERBS = new Set([
  "urged",
  "urges",
  "confronted",
  "pressed",
  "challenged",
  "demanded",
  "called on",
  "asked",
]);
// Verbs introducing a topic rather than a clause ("talked about troops being sent").
export const ABOUT_VERBS = new Set(["talked about", "spoke about", "spoke of", "discussed"]);
// Verbs that take an object before "that" ("told Reuters that", "denied a report that").
export const OBJECT_VERBS = new Set([
  "told",
  "tells",
  "assured",
  "warned",
  "warns",
  "denied",
  "denies",
  "confirmed",
  "confirms",
  "reminded",
  "informed",
  "acknowledged",
  "urged",
  "promised",
  "pledged",
  "reported",
]);

const ALL_VERBS = [...SAY_VERBS, ...FINDING_VERBS, ...URGE_VERBS, ...ABOUT_VERBS]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(" ", String.raw`\s+`));
const VERB_RE = new RegExp(String.raw`\b(?:${ALL_VERBS.join("|")})\b`, "gi");

// Words before a verb that make it an infinitive, a negation, a passive or a noun.
const BLOCKED_BEFORE =
  /(?:\b(?:to|not|never|did|does|do|would|will|could|can|may|might|should|must|was|were|been|being|be|is|are|the|a|an|this|these|those|its|their|his|her|our|so-)|n['’]t)\s+$/i;

const NAME_POSSESSIVE_BEFORE = /(?<!\b(?:It|He|She|That|There|What|Who|Here|Where|Let))\b\p{Lu}[\p{L}.-]*['’]s\s+$/u;
const PLAIN_NOUN_AFTER =
  /^\s+(?!(?:that|to|the|a|an|his|her|their|its|our|my|this|these|those|him|them|it|he|she|they|we|on|in|at|by|for|with|about|again)\b)\p{Ll}/u;

export type VerbHit = { start: number; end: number; verb: string };

export function findSpeechVerbs(masked: string): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of masked.matchAll(VERB_RE)) {
    const before = masked.slice(Math.max(0, m.index - 20), m.index);
    const after = masked.slice(m.index + m[0].length);
    if (BLOCKED_BEFORE.test(before)) continue;
    // "Voss's repeated calls", "Roe's stated goal": a participle after a name's possessive
    // describes the noun after it; "Voss's repeated that…" (has repeated) is still a saying.
    if (NAME_POSSESSIVE_BEFORE.test(before) && /ed$/i.test(m[0]) && PLAIN_NOUN_AFTER.test(after)) continue;
    if (/^\s+by\b/i.test(after)) continue; // "as reported by": a route, not a speaker
    if (/^\s+(?:dead|guilty|alive|injured|missing)\b/i.test(after)) continue;
    // "posted on X that…" is speech; "a study posted online" is not.
    if (/^(?:posted|tweeted)$/i.test(m[0]) && !/^\s*(?:(?:on|to|that)\b|:|[“"‘]|'')/i.test(after)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, verb: m[0].toLowerCase().replace(/\s+/g, " ") });
  }
  return hits;
}

// Openers of an introductory phrase, never the speaker: "In a discussion with…", "However,".
const INTRO_START =
  /^(?:in|during|at|on|after|before|ahead|speaking|asked|as|according|however|instead|but|and|also|meanwhile|separately|earlier|later|still|yet|moreover|furthermore|then|now|when|while|although|though|despite|since|because|if|following|addressing|writing|responding|reacting|last|today|yesterday|additionally|for|from|with|without|under|amid|through|unlike|so|thus|indeed|nevertheless|nonetheless|rather|regarding|beyond|besides|aside|apart|given|among|like|throughout|within|across|against|toward|towards|upon|until|once|the\s+(?:next|following|previous|same)\s+(?:day|week|month|year|morning|afternoon|evening|night)|that\s+(?:day|night|morning|afternoon|evening|week)|the\s+(?:day|week|month|year|night)\s+(?:after|before))\b/i;
// A participle clause opening the sentence ("Walking into the office to cheers, …", "Discussing
// the show in an interview, …"), not a name ending in "-ing" before its verb ("King has said").
const PARTICIPLE_OPENING =
  /^\p{Lu}\p{Ll}{2,}ing\s+(?!(?:said|says|told|tells|has|have|had|is|was|were|are|will|would|and|or|of)\b)\S/u;

// Openers of a phrase that follows the speaker's name and is not the speaker.
const APPOSITIVE_START = /^(?:who|which|whose|quoting|citing|speaking|asking|according|as|adding|in|on|at)\b/i;
// Words between a subject's appositive and its verb: "…, has said", "…, last week said".
const VERB_TAIL =
  /^(?:(?:has|have|had|also|then|later|earlier|again|once|now|previously|recently|last\s+\p{Ll}+|this\s+\p{Ll}+|on\s+\p{Lu}\p{Ll}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+|$))+$/u;
// A participle clause after the name ("wearing a cap covered in badges", "flanked by aides").
const PARTICIPLE_START = /^(?:\p{Ll}{3,}ing|flanked|dressed|surrounded|joined|accompanied|backed|clad)\s/u;

// Appositives by their shape: "a cardiologist at …", "59", "of Ashton", "Md.", "R-Ky.", "now a
// consultant", "president of the union".
const APPOSITIVE_SHAPE =
  /^(?:(?:a|an)\s+\S|the\s+\p{Ll}|\d+$|(?:of|from|now|then|formerly|both|himself|herself|its|his|her|their)\b|\p{Lu}[\p{Ll}]{0,4}\.$|[RDI]-\p{Lu})/u;

// "and it", "but the company": a coordinator opening a clause with a subject of its own.
const NEW_CLAUSE_SUBJECT =
  /^(?:and|but)\s+(?=(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hese|[Tt]hose)\b|\p{Lu})/u;
// "The company is appealing the fine and said…": the subject the two predicates share.
const SHARED_SUBJECT =
  /^((?:\S+\s+){0,5}?\S+)\s+(?:is|was|are|were|has|have|had|will|would|can|could)\s+\S.*\s(?:and|but)$/u;
// A finite verb or auxiliary: the words before a comma are a clause, not a list of names.
// A past tense with its object ("held a rally", "announced the cuts") makes one too: "The group
// held a rally, and Ann Roe, its leader, said…" is two clauses, the second one's subject speaks.
// So do an irregular past tense before a preposition ("The council met on Monday") and a past
// tense before an infinitive ("The council voted to close the pier"); a participle before "to"
// takes a noun ("opposed to the plan").
const FINITE_VERB =
  /\b(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do)\b|\b(?:\p{Ll}{3,}ed|held|made|took|gave|met|won|lost|led|left|went|came|saw|sent|ran|began|spoke|wrote|brought|bought|found|kept|paid|told)\s+(?:a|an|the|its|his|her|their|our|\d)\b|\b(?:held|met|went|came|ran|began|spoke|wrote|sat|stood|rose|fell|won|lost)\s+(?:on|in|at|for|with|after|before|behind|until|over|into)\b|\b\p{Ll}{3,}ed\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\b)\p{Ll}{2,}\b/u;

const DISCOURSE_ADVERB =
  /^(?:however|though|too|meanwhile|moreover|likewise|similarly|indeed|instead|in\s+turn|in\s+(?:contrast|fact|response|addition)|by\s+contrast|of\s+course|for\s+(?:example|instance|one|(?:his|her|their|its)\s+part))$/i;

export type Range = { start: number; end: number };

function splitSegments(masked: string, end: number): Range[] {
  const segs: Range[] = [];
  let from = 0;
  for (let i = 0; i < end; i++) {
    const ch = masked[i] ?? "";
    const closingQuote = /[”"’]/.test(ch) && /\s/.test(masked[i + 1] ?? "") && masked[i - 1] === "~";
    // "A spokesman for the firm - a start-up in Salem - said": a spaced dash sets off an aside.
    const spacedDash = (ch === "-" || ch === "–") && masked[i - 1] === " " && masked[i + 1] === " ";
    if (ch === "," || ch === ";" || ch === ":" || ch === "—" || closingQuote || spacedDash) {
      segs.push({ start: from, end: i });
      from = i + 1;
    }
  }
  segs.push({ start: from, end });
  return segs;
}

export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

// The speaker phrase of a verb at `verbStart`, skipping openers ("However, as reported by X,")
// and appositives ("Dr. Peter Haines, a cardiologist at …, told"): the named head wins.
export function pickSubject(masked: string, verbStart: number): { subject: Range; origin: Range | null } | null {
  const segs = splitSegments(masked, verbStart).map((s) => trimRange(masked, s));
  let first = 0;
  while (first < segs.length - 1) {
    const seg = segs[first] as Range;
    const value = masked.slice(seg.start, seg.end);
    if (value === "" || INTRO_START.test(value) || PARTICIPLE_OPENING.test(value) || /^(?:[“"‘~]|'')/.test(value))
      first++;
    else break;
  }
  const candidates = segs.slice(first);
  // verbBefore[j]: some segment before the j-th holds a finite verb (one pass, not one per j).
  const verbBefore: boolean[] = [false];
  for (const seg of candidates)
    verbBefore.push((verbBefore[verbBefore.length - 1] ?? false) || FINITE_VERB.test(masked.slice(seg.start, seg.end)));
  // relativeBefore[j]: a relative clause on a person ("who…", "whose…") opens some segment after
  // the first and before the j-th.
  const relativeBefore: boolean[] = [false];
  for (const [j, seg] of candidates.entries())
    relativeBefore.push(
      (relativeBefore[relativeBefore.length - 1] ?? false) ||
        (j > 0 && /^(?:who|whose)\b/i.test(masked.slice(seg.start, seg.end))),
    );
  let origin: Range | null = null;
  for (let j = candidates.length - 1; j >= 0; j--) {
    const seg = candidates[j] as Range;
    const value = masked.slice(seg.start, seg.end);
    if (value === "") continue;
    const hasEarlier = candidates.slice(0, j).some((s) => s.end > s.start);
    const quoting = /^(?:quoting|citing)\s+/i.exec(value);
    if (quoting) {
      origin = { start: seg.start + quoting[0].length, end: seg.end };
      continue;
    }
    if (hasEarlier && (APPOSITIVE_START.test(value) || APPOSITIVE_SHAPE.test(value) || PARTICIPLE_START.test(value)))
      continue;
    // "Kim Lee, who lost her son in Dover, Delaware, in July, said": after a relative clause,
    // a short phrase without a verb of its own goes on with that clause; the subject is before it.
    if (relativeBefore[j] && !FINITE_VERB.test(value) && !/^(?:and|or)\s/.test(value) && value.split(/\s+/).length <= 4)
      continue;
    // "…of his plan - “the best” - and stressed": a quotation set off between commas or dashes
    // is an aside, never the subject.
    if (hasEarlier && /^(?:“~*”|"~*"|‘~*’|''~*'')$/.test(value)) continue;
    // "Critics of the bill, however, say…", "Reed, for example, said…": a sentence adverb between
    // commas, not the subject.
    if (hasEarlier && DISCOURSE_ADVERB.test(value)) continue;
    // "Okoro, in a televised address, called for calm and said…": a first predicate, not a subject.
    if (hasEarlier && /\band$/.test(value) && /^\p{Ll}/u.test(value)) continue;
    // "The company is appealing the fine, and it said…": a second clause with its own subject
    // after a first one with a verb; its subject is the speaker, not the first clause.
    const own = NEW_CLAUSE_SUBJECT.exec(value);
    if (hasEarlier && own && verbBefore[j])
      return { subject: { start: seg.start + own[0].length, end: seg.end }, origin };
    // "Reed, who backed the bill, and later opposed it, has said…": the verb's own auxiliary or
    // time ("has", "last week"), or the rest of a relative clause, follows the subject.
    if (hasEarlier && (VERB_TAIL.test(value) || /^and\s/.test(value))) continue;
    const shared = SHARED_SUBJECT.exec(value);
    if (shared?.[1]) return { subject: { start: seg.start, end: seg.start + shared[1].length }, origin };
    return { subject: { start: seg.start + timeBeforeSubject(value), end: seg.end }, origin };
  }
  return null;
}

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?`;

/** When something was said, right after its verb: "Monday", "Wednesday afternoon", "last week", "then". */
export const TIME_OF_SAYING = String.raw`(?:(?:earlier|late|early)\s+(?:on\s+)?)?(?:${WEEKDAY}|yesterday|today|tonight|then|earlier|later|recently|(?:last|this)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|${WEEKDAY}))\b`;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
// "In 2010 she said", "On Monday the ministry said", "Last week Tom Voss said": when the saying
// happened, opening the clause without a comma, is not part of its subject.
const TIME_BEFORE_SUBJECT = new RegExp(
  String.raw`^(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Dd]uring)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{4}|${MONTH}(?:\s+\d{1,2})?(?:,?\s+\d{4})?|${WEEKDAY})|(?:[Ll]ast|[Tt]his)\s+(?:week|weekend|month|year|${WEEKDAY})|(?:[Ee]arlier|[Ll]ater)\s+(?:this|that|last|in\s+the)\s+(?:week|month|year|day)|[Yy]esterday|[Tt]oday|[Tt]onight)\s+(?=(?:he|she|they|we|I|it|the|The)\b|\p{Lu})`,
  "u",
);

/** Length of a time phrase opening a subject ("In 2010 she" → 8); 0 when there is none. */
function timeBeforeSubject(subject: string): number {
  return TIME_BEFORE_SUBJECT.exec(subject)?.[0].length ?? 0;
}

// Where, on what or to whom it was said: a preposition and a few words ("at a news conference in
// Salem", "on “Harbour Talk”", "to the Gazette"); "to" only before a name or a listener, never
// an infinitive ("pledged to close the port").
const CIRCUMSTANCE = new RegExp(
  String.raw`^(?:${TIME_OF_SAYING})?(?:\s*(?:(?:on|in|at|during|via|through|over|from|by|with|aboard|before|after)\s+|to\s+(?=(?:the\s+|an?\s+)?\p{Lu}|reporters\b|journalists\b))[^\s,]+(?:\s+[^\s,]+){0,6})*$`,
  "u",
);
// Words that make a clause of the phrase: then it says what, not only when or where.
const CLAUSE_WORD =
  /\b(?:that|is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|not|it|he|she|they|we|I)\b/;

/**
 * Whether `words` only say how, when or where something was said ("in an interview", "on
 * Twitter", "Monday", "Wednesday afternoon in Salem", "on “Harbour Talk.”", "to the Gazette"),
 * not what: after "X said" such words are no claim, the claim is the sentence before them.
 */
export function isMannerPhrase(words: string): boolean {
  if (
    /^\s*(?:in|on|at|during|via|through|over)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?[\p{L}-]+[.,]?\s*$/iu.test(
      words,
    )
  )
    return true;
  // Quotation marks around a programme's title and a relative clause about the occasion (", which
  // was broadcast live") say nothing more.
  const bare = words
    .replace(/[“”"‘]|''/g, "")
    .replace(/,\s*(?:which|where)\b[^,]*$/i, "")
    .trim();
  // Trailing stops and commas left off by a loop: a regex anchored at the end retries from every
  // space of a long run of them.
  let end = bare.length;
  while (end > 0 && /[\s.,;:!?’']/.test(bare[end - 1] as string)) end--;
  return isCircumstance(bare.slice(0, end).trim());
}

function isCircumstance(bare: string): boolean {
  // "at least 20 victims": a number, not a place.
  if (!bare || CLAUSE_WORD.test(bare) || /\bat\s+(?:least|most)\b/i.test(bare) || bare.split(/\s+/).length > 14)
    return false;
  return CIRCUMSTANCE.test(bare);
}

// Trailing words that qualify the speaker but are not part of its name.
export function cleanSpeakerPhrase(phrase: string): string {
  // Openers of a clause or sentence are not part of who spoke: "Although E.U. leaders", "As the
  // ministry spokesman", "Overall, the fund".
  let out = phrase.trim();
  for (let i = 0; i < 3; i++)
    out = out.replace(
      /^(?:and|but|so|while|whereas|although|though|with|when|as|overall|meanwhile|even\s+as|if|because|since|still|yet|instead|now|then|later|earlier|afterwards?|subsequently|finally|separately|previously|yesterday)(?:\s+|,\s*|$)/i,
      "",
    );
  const tail =
    /\s+(?:on\s+\p{Lu}\p{Ll}+day|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier|also|further|later|previously|recently|then|again|too|separately|itself|himself|herself|themselves|last\s+\p{Ll}+|this\s+\p{Ll}+|late\s+on\s+\p{Lu}\p{Ll}+|in\s+a\s+statement|has|have|had|had\s+earlier|initially|subsequently|once|now|repeatedly|publicly|privately)$/u;
  for (let i = 0; i < 4 && tail.test(out); i++) out = out.replace(tail, "");
  return out.replace(/[,;:]$/, "").trim();
}

// After a possessive that opens a subject ("His | chief aide doubled down…", "her | husband could
// draw…"), the noun phrase it opens: at most four lowercase words, up to a verb form, a function
// word or punctuation. The aide speaks, not the man "his" stands for.
const OWNED_NOUNS =
  /^(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|and|or|but|of|in|on|at|for|to|from|with|by|about|that|who|which|also|\p{Ll}+ed)\b)\p{Ll}[\p{Ll}-]*){1,4}/u;

/** The length of the noun phrase `after` a possessive opens (0 when none). */
export function ownedNounsLength(after: string): number {
  return OWNED_NOUNS.exec(after)?.[0].length ?? 0;
}
