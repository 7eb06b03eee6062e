// Who a speaker phrase refers to, given what the article has said so far: pronouns go to the
// last person who spoke, "the newspaper" to the last outlet, "one of the people" to the last
// unnamed group, "the French president" to the person carrying that title.

import {
  type DiscourseState,
  expandOutletName,
  honorificFits,
  recentSpeakers,
  type Speaker,
  type SpeakerKind,
} from "./discourse-state.ts";
import {
  expandPersonName,
  findNames,
  findPersonByTitle,
  isPersonName,
  isRegisteredPerson,
  looksLikeOrganisation,
  type Person,
  splitTitle,
} from "./find-names.ts";
import {
  DOCUMENT_HEADS,
  DOCUMENT_NOUNS,
  GROUP_HEADS,
  isOutletName,
  OUTLET_INTRODUCERS,
  OUTLET_NOUNS,
  TITLE_WORDS,
} from "./name-lexicon.ts";
import { isUsedAsOutlet } from "./outlet-by-use.ts";
import { lastSubject, resolvePersonalPronoun } from "./resolve-pronoun.ts";

const ROLE_BEFORE =
  /\b(?:spokes(?:man|woman|person)|press\s+secretary|lawyer|attorney|counsel|manager|director|adviser|advisor|aide|strategist|pollster|chairman|chairwoman|chair|secretary|deputy|chief|official|surrogate|economist|analyst|professor|expert|supporter|operative)\s+$/i;

const OUTLET_REF = new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:${OUTLET_NOUNS})\b`, "iu");
// "the agency", and with lowercase description before the noun, "the Geneva-based United
// Nations health agency": a description of an institution named before. Capitalised words alone
// ("the Justice Department") and a capitalised noun are the institution's own name.
const ORG_REF =
  /^the\s+((?:[\p{L}-]+\s+){0,6})(company|firm|group|agency|organi[sz]ation|ministry|department|government|army|military|office|bank|lender|airline|carrier|drugmaker|automaker|carmaker|retailer|insurer|manufacturer|startup|regulator|union|council|commission|authority|court|party|police|club|charity|university|hospital)$/iu;
// Case-sensitive: a lowercase word or a "Geneva-based" among the words before the noun.
const DESCRIBING_WORD = /(?:^|\s)(?:\p{Ll}|\p{Lu}[\p{L}]*-\p{Ll})/u;
// "Analysts at Morgan Stanley", "Lawyers for two former employees": the role is the speaker.
const ROLE_WITH_ORG =
  /^(?:[\p{L}-]+\s+){0,3}?(?:people|persons|sources|officials?|diplomats|lawmakers|researchers|scientists|experts|analysts?|residents|witnesses|investigators|executives|insiders|aides|advisers|lawyers?|attorneys?|representatives?|spokes(?:man|woman|person)|members|employees|workers|staff|doctors|economists|strategists)\s+(?:at|for|of|from|with|in|close\s+to)\s+/iu;
const DOCUMENT_LEAD = new RegExp(
  String.raw`^(?:an?|the|this|its|his|her|their|new|recent)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${DOCUMENT_NOUNS})\b`,
  "iu",
);
// "Sanders’ aides", "the Clinton campaign", "Cruz backers", "Aides to Clinton", "Supporters of
// Sanders": people around a person, or their organisation, speak; the person named does not.
const ENTOURAGE =
  "(?:campaign|camp|aides|supporters|backers|allies|advisers|advisors|team|staff|surrogates|donors|protesters|fans|family|friends|administration|lawyers|attorneys|loyalists|critics|opponents|spokespeople)";
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const ENTOURAGE_OF_NAME = new RegExp(
  String.raw`^(?:the\s+)?${NAME_WORD}(?:\s+${NAME_WORD})*(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+)?${ENTOURAGE}$`,
  "u",
);
const ENTOURAGE_TO_NAME = new RegExp(
  String.raw`^(?:[\p{L}-]+\s+){0,2}${ENTOURAGE}\s+(?:of|to|for|close\s+to)\s+(?:the\s+)?(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?${NAME_WORD}`,
  "iu",
);
const GROUP_REF =
  /^(?:(?:one|two|three|some|several|another|each|both|many|most|all)\s+of\s+)?(?:the|those|these)\s+(?:people|persons?|sources?|officials?|insiders?)$/i;

// A lowercase word after a name, other than a preposition, a conjunction or a relative pronoun.
const MODIFIES_NOUN = /^\s+(?!(?:of|for|at|from|in|on|to|and|or|who|with|by|said|says)\b)\p{Ll}/u;
// A phrase that runs on from its subject into the predicate ("Tabor praised Rubio’s record and",
// "Kessler had doubled down on…"): the name is followed by a verb, an auxiliary or an adverb,
// not by the noun it would describe.
const PREDICATE_AFTER =
  /^\s+(?:\p{Ll}+ly\s+)*(?:\p{Ll}{2,}ed|has|had|have|is|was|were|are|will|would|could|can|did|does|also|then|again|later|repeatedly)\b/u;

const PROPER_NAME = /^\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:\s+(?:of|for|and|de|du|\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*))*$/u;

// "She", "That", "Voters": a capitalised word the article also writes in lowercase is a
// sentence's first word, not a name.
function usedInLowercase(name: string, text: string): boolean {
  const first = name.split(/\s+/)[0] ?? "";
  const lower = first.toLowerCase();
  return (
    lower !== first &&
    new RegExp(`(?<!\\p{L})${lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u").test(text)
  );
}

// A name followed by its predicate: not "I", nor a sentence's first word.
const opensPredicate = (m: { text: string; end: number }, phrase: string, text: string) =>
  m.text.length > 1 && PREDICATE_AFTER.test(phrase.slice(m.end)) && !usedInLowercase(m.text, text);

const namedBefore = (people: Person[], at: number) => people.filter((p) => p.at < at);

// Roles that speak for someone else: a spokeswoman or an aide is never "the mayor" she speaks for.
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person)|press\s+secretary|aide|adviser|advisor|lawyer|attorney|counsel)\b/i;

// A person the article has given a title ("Jane Doe, a spokeswoman") that cannot be the
// descriptor's ("the mayor"). A title merely worded differently ("Foreign Secretary" for "the
// minister") does not differ.
function roleDiffers(descriptor: string, name: string, people: Person[], at: number): boolean {
  const own = namedBefore(people, at).filter((p) => p.name === name && p.title && SPEAKS_FOR.test(p.title));
  return own.length > 0 && findPersonByTitle(descriptor, own) === null;
}
// "Allies of Ann Roe", "Sources close to the prime minister", "A spokesman for the mayor": people
// around someone, never that someone ("the prime minister" said later is not them).
function speaksAround(name: string): boolean {
  return /^\p{L}/u.test(name) && /\s(?:of|for|to|close\s+to)\s/u.test(name) && !/^\p{Lu}\S*\s+of\s+\p{Lu}/u.test(name);
}

function classifyDescriptor(phrase: string): SpeakerKind {
  if (DOCUMENT_HEADS.test(phrase) && !GROUP_HEADS.test(phrase)) return "document";
  if (/\b(?:spokes(?:man|woman|person)|official|minister|adviser|aide|source|person)\b/i.test(phrase)) return "person";
  if (GROUP_HEADS.test(phrase)) return "group";
  if (
    looksLikeOrganisation(phrase) ||
    /['’]s\s+\p{Ll}/u.test(phrase) ||
    /\b(?:military|government|air force|army|police)\b/i.test(phrase)
  )
    return "org";
  return "unknown";
}

export function resolveSpeaker(rawPhrase: string, state: DiscourseState, at: number): Speaker | null {
  const honorific = /^(?:Mr|Mrs|Ms|Miss)\.?\s+/.exec(rawPhrase.trim())?.[0] ?? "";
  const phrase = rawPhrase.trim().replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, "");
  if (!phrase) return null;
  // "his call for a ban", "her praise of the plan": the owner of the saying is the person.
  if (/^(?:he|she|him|her|his)$/i.test(phrase)) return resolvePersonalPronoun(phrase, state, at);
  if (/^(?:they|their)$/i.test(phrase)) return state.lastGroup ?? state.lastPerson;
  if (/^(?:it|we|its|our)$/i.test(phrase))
    return recentSpeakers(state).find((h) => ["org", "unknown", "outlet"].includes(h.kind)) ?? null;
  if (GROUP_REF.test(phrase) && state.lastGroup) return state.lastGroup;
  const orgRef = ORG_REF.exec(phrase);
  // "the nonpartisan Congressional Budget Office" names its own office: the noun must be lowercase.
  const describing = orgRef !== null && /^\p{Ll}/u.test(orgRef[2] ?? "");
  if (orgRef && describing && (orgRef[1] === "" || DESCRIBING_WORD.test(orgRef[1] ?? ""))) {
    const noun = (orgRef[2] ?? "").toLowerCase();
    const recent = recentSpeakers(state).filter((h) => h.kind === "org" || h.kind === "unknown" || h.kind === "outlet");
    // A proper name ("Wells Fargo", "the IMF"), not a description that happens to open a
    // sentence ("Democratic senator"): "the bank" is never a senator.
    const named = recent.filter((h) => PROPER_NAME.test(h.name.replace(/^the\s+/i, "")));
    const fitting =
      recent.find((h) => h.kind !== "outlet" && h.name.toLowerCase().includes(noun)) ??
      named.find((h) => h.kind !== "outlet" || noun === "agency");
    if (fitting) return fitting;
  }
  if (OUTLET_REF.test(phrase) && state.lastOutlets.length > 0 && !/\b(?:study|survey)\b/i.test(phrase)) {
    return { name: state.lastOutlets[state.lastOutlets.length - 1] ?? "", kind: "outlet" };
  }
  if (ROLE_WITH_ORG.test(phrase)) return { name: phrase, kind: classifyDescriptor(phrase) };
  if (ENTOURAGE_OF_NAME.test(phrase) || ENTOURAGE_TO_NAME.test(phrase))
    return { name: phrase, kind: /\b(?:campaign|camp|administration|team|staff)$/i.test(phrase) ? "org" : "group" };
  // "an internal memo seen by Reuters", "a study published in The Lancet": the document speaks.
  if (DOCUMENT_LEAD.test(phrase)) return { name: phrase, kind: "document" };

  const introduced = OUTLET_INTRODUCERS.exec(phrase);
  if (introduced?.[1] && /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(phrase.slice(0, introduced.index))) {
    return { name: expandOutletName(introduced[1], state), kind: "outlet" };
  }
  // "Macron’s office" is the office; "Ukraine's President Volodymyr Zelenskiy" is the president.
  const owner = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*(?:['’]s|s['’])\s+/u.exec(phrase);
  const owned = owner ? phrase.slice(owner[0].length) : phrase;
  const possessive =
    owner !== null &&
    !findNames(owned).some((n) => splitTitle(n.text).title !== null && splitTitle(n.text).name !== "");
  // "(the) Springfield Shopper", which the article uses as "the Springfield Shopper", an outlet:
  // not a person of that name.
  const afterThe = phrase.replace(/^the\s+/i, "");
  if (
    afterThe &&
    splitTitle(afterThe).title === null &&
    findNames(afterThe)[0]?.text === afterThe &&
    !looksLikeOrganisation(afterThe) &&
    isUsedAsOutlet(afterThe, state.text)
  )
    return { name: expandOutletName(afterThe, state), kind: "outlet" };
  // "European leaders", "Democratic senator": a name before a lowercase noun only describes it.
  const mentions = (possessive ? [] : findNames(owned)).filter(
    (m) => !MODIFIES_NOUN.test(owned.slice(m.end)) || opensPredicate(m, owned, state.text),
  );
  // The name opening such a phrase is its subject, even a surname the article gives no first
  // name for: the names in its predicate are who it spoke about.
  const opening = mentions[0];
  if (opening?.start === 0 && opensPredicate(opening, owned, state.text)) {
    const { name } = splitTitle(opening.text.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, ""));
    // "Boos rained down when…", "Strategists said": an unknown plural is no person's surname.
    const plural = !name.includes(" ") && /[^s]s$/.test(name);
    if (name && (isRegisteredPerson(name, state.people) || (isPersonName(name, true) && !plural)))
      return {
        name: expandPersonName(
          name,
          state.people,
          honorificFits(phrase.startsWith(opening.text) ? honorific + opening.text : opening.text, state),
        ),
        kind: "person",
      };
  }
  const names = mentions.map((n) => n.text);
  // "Trump campaign spokesman Jason Miller", "Clinton lawyer Jane Roe": the name after the role
  // is the speaker, the name before it only says whose.
  const afterRole = mentions.filter((m) => ROLE_BEFORE.test(owned.slice(0, m.start)));
  for (const n of [...afterRole.map((m) => m.text), ...names]) {
    const { name, title } = splitTitle(n.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/, ""));
    if (!name) continue;
    if (isRegisteredPerson(name, state.people) || isPersonName(name, Boolean(title))) {
      return {
        name: expandPersonName(name, state.people, honorificFits(phrase.startsWith(n) ? honorific + n : n, state)),
        kind: "person",
      };
    }
  }
  const outlet = names.find((n) => isOutletName(n));
  if (outlet) return { name: expandOutletName(outlet, state), kind: "outlet" };

  const words = phrase
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "")
    .split(/\s+/);
  if (/^the\s/i.test(phrase) && words.some((w) => TITLE_WORDS.has(w))) {
    // Only a person the article has already named: "The mayor said…" is never a person named
    // later ("…, Jane Doe, a spokeswoman"); the reader cannot know who that is yet.
    const titled = findPersonByTitle(phrase, namedBefore(state.people, at));
    if (titled) return { name: titled.name, kind: "person" };
    // "Graham has been critical of Trump. … the South Carolina senator called on…": a role no
    // title ties to a name continues the person opening the latest sentence, as "he" does.
    // "The prime minister's office" is the office, not a person the title names.
    const possessed = /['’]s\s+\p{Ll}+$/u.test(phrase);
    const subject = lastSubject(state, at, null);
    if (
      subject &&
      !possessed &&
      !/\b(?:spokes|official)/i.test(phrase) &&
      !speaksAround(subject.name) &&
      !roleDiffers(phrase, subject.name, state.people, at)
    )
      return subject;
    const last = state.lastPerson;
    if (
      last &&
      !possessed &&
      !/\b(?:spokes|official)/i.test(phrase) &&
      !speaksAround(last.name) &&
      !roleDiffers(phrase, last.name, state.people, at)
    )
      return last;
  }
  if (names.length === 1 && names[0] === phrase && !looksLikeOrganisation(phrase)) {
    return { name: phrase, kind: phrase.includes(" ") ? "org" : "unknown" };
  }
  return { name: phrase, kind: classifyDescriptor(phrase) };
}
