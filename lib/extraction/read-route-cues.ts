// Reads the attribution words of a sentence (its claim text blanked out) for the route a claim
// took: outlets it passed through, media the speaker talked to, unnamed sources, or signs that
// the article had it first-hand (an event it describes, a statement, a post).
import { findNames, isRegisteredPerson, looksLikeOrganisation, type Person, splitTitle } from "./find-names.ts";
import {
  CALENDAR_WORDS,
  DOCUMENT_HEADS,
  GROUP_HEADS,
  isOutletName,
  OUTLET_INTRODUCERS,
  OUTLET_NOUNS,
} from "./name-lexicon.ts";

export type RouteCues = {
  outlets: string[];
  // Outlets the speaker talked to ("told the Harbour Gazette", "said on CNN"): the first hop.
  listenerOutlets: string[];
  // Outlets that relayed the story, one group per phrase naming them ("as reported by A and B").
  relayGroups: string[][];
  // "the reports", "the newspaper": outlets named earlier, resolved by the caller.
  outletRefs: string[];
  audience: string | null;
  unnamed: boolean;
  firstHand: boolean;
  toOwnOutlet: boolean;
  documents: string[];
};

export type RouteContext = { ownOutlets: string[]; people: Person[] };

type PhraseKind = "outlet" | "outlet-ref" | "audience" | "document" | "unnamed" | "person" | "other";

const OUTLET_REF = new RegExp(
  String.raw`^(?:the\s+|these\s+|those\s+)?(?:media\s+|news\s+|press\s+)?(?:${OUTLET_NOUNS})\b`,
  "i",
);
const MEDIA_AUDIENCE =
  /\b(?:(?:state|state-run|state-owned|national|local|regional|foreign|international|public|private|independent|pro-\p{L}+|official|\p{Lu}[\p{L}-]{1,40})\s+){1,6}(?:media|television|TV|radio|press|newspapers?|broadcasters?|outlets?|news\s+agenc(?:y|ies)|channels?)\b|\b(?:reporters|journalists|correspondents)\s+(?:from|of|for|at|with)\s+\S+|\bmedia\b/u;
const UNNAMED =
  /people familiar with|person familiar with|familiar with (?:the|his|her|their|its) (?:matter|plans?|talks|discussions|situation|negotiations|deliberations|decision|deal|thinking|investigation|proposal)|with (?:direct )?knowledge of|on condition of anonymity|not (?:to be|be|being) (?:identified|named)|\bunnamed\b|\banonymous\b|\bsources?\b|people briefed on|briefed on the|close to the (?:matter|talks|negotiations|decision)|\binsiders?\b|\b(?:said|spoke|speaking)\s+privately\b|\bin\s+private\b|not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)/i;
const EVENT =
  /\b(?:at|during|in|on|after|following|addressing)\s+(?:a|an|the|his|her|their|its|this|\p{Lu}\p{L}*['’]s)?\s*(?:[\p{L}-]+\s+){0,3}(?:news\s+conference|press\s+conference|conference\s+call|briefing|meeting|call|summit|rally|hearing|session|speech|address|ceremony|event|visit|debate|town\s+hall|forum|sitting)\b/iu;
const STATEMENT =
  /\b(?:in\s+(?:an?|the|his|her|its|their)\s+(?:written\s+|joint\s+|brief\s+|emailed\s+|internal\s+|open\s+)?(?:statement|post|video|message|letter|tweet|press\s+release|filing|notice|speech|address|memo|email|note|op-ed|blog\s+post)|(?:wrote|posted|said)\s+on\s+(?:X|Twitter|Telegram|Facebook|Instagram|TikTok|LinkedIn|Truth\s+Social|social\s+media|(?:his|her|its|their)\s+(?:website|blog|channel|account))|\bstatement\b)/u;

const JOURNALISTS = /^(?:the\s+)?(?:reporters|journalists|correspondents|the\s+press)$/i;

// A phrase up to the next clause break (a colon too: "told local media: the pier…"); dots inside
// abbreviations ("U.S. officials") do not end it.
export const PHRASE = String.raw`(?:[^,.;:~]|\.(?=[\p{L}\d])|(?<=\b\p{Lu})\.(?=\s+\p{Ll}))+`;

const nameList = (phrase: string) =>
  findNames(phrase)
    .map((n) => n.text)
    .filter((n) => !CALENDAR_WORDS.has(n.toLowerCase()) && !/^(?:The|And|A|An)$/.test(n));

// `listener` phrases name whom the speaker talked to ("told analysts"), the others whom the
// article relies on ("according to three officials"): only the latter make unnamed sources.
function classifyPhrase(phrase: string, ctx: RouteContext, listener: boolean): { kind: PhraseKind; names: string[] } {
  const p = phrase.trim();
  const names = nameList(p);
  // "an internal memo seen by Reuters": the article's own outlet read the document itself;
  // another outlet having seen it makes that outlet the route.
  const seen = /^(.*?)\s+(?:seen|reviewed|obtained|viewed)\s+by\s+(.+)$/i.exec(p);
  if (seen && DOCUMENT_HEADS.test(seen[1] ?? "")) {
    const by = seen[2] ?? "";
    if (ctx.ownOutlets.some((o) => sameOutlet(o, by))) return { kind: "document", names: [] };
    return { kind: "outlet", names: nameList(by).filter((n) => isOutletName(n)) };
  }
  // "the daily" points back at an outlet; "the Daily Bugle" names one.
  const ref = OUTLET_REF.exec(p);
  if (ref && /^\p{Ll}/u.test(ref[0].trim().split(/\s+/).pop() ?? "")) return { kind: "outlet-ref", names: [p] };
  if (names.some((n) => isOutletName(n))) return { kind: "outlet", names: names.filter((n) => isOutletName(n)) };
  if (UNNAMED.test(p)) return { kind: "unnamed", names: [] };
  if (MEDIA_AUDIENCE.test(p)) return { kind: listener ? "audience" : "outlet", names: [p] };
  if (DOCUMENT_HEADS.test(p)) return { kind: "document", names };
  // "according to the Springfield Shopper": a person's name never takes "the" (a title may:
  // "the French President Emmanuel Macron").
  const bareAfterThe = (n: string) => splitTitle(n).title === null && p.toLowerCase() === `the ${n.toLowerCase()}`;
  if (names.some((n) => isRegisteredPerson(n, ctx.people) && !bareAfterThe(n))) return { kind: "person", names };
  if (!listener && GROUP_HEADS.test(p) && names.length === 0) return { kind: "unnamed", names: [] };
  const outletLike = names.filter((n) => !looksLikeOrganisation(n) && !looksLikeOrganisation(p));
  if (!listener && outletLike.length > 0 && /^\p{Lu}|^the\s+\p{Lu}/u.test(p))
    return { kind: "outlet", names: outletLike };
  return { kind: "other", names };
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const ALIASES: Record<string, string> = { ap: "associated press", afp: "agence france presse" };
const sameOutlet = (a: string, b: string) => {
  const x = ALIASES[norm(a)] ?? norm(a);
  const y = ALIASES[norm(b)] ?? norm(b);
  return x === y;
};

const STOP = String.raw`(?=\s+(?:in|on|at|during|that|last|this|earlier|late|after|before|ahead|when|while|as|broadcast|published|aired)\b|[,.;:~]|$)`;

/** Cues of a sentence that shows no route: no outlet, audience, document or first-hand word. */
export function noRouteCues(): RouteCues {
  return {
    outlets: [],
    listenerOutlets: [],
    relayGroups: [],
    outletRefs: [],
    audience: null,
    unnamed: false,
    firstHand: false,
    toOwnOutlet: false,
    documents: [],
  };
}

export function readRouteCues(attribution: string, ctx: RouteContext): RouteCues {
  const cues = noRouteCues();
  // "told reporters": journalists the speaker talked to, an audience only on a relayed route.
  let journalists: string | null = null;
  const take = (phrase: string, isListener: boolean) => {
    const { kind, names } = classifyPhrase(phrase, ctx, isListener);
    if (kind === "outlet") {
      const relayed: string[] = [];
      for (const n of names) {
        if (isListener && ctx.ownOutlets.some((o) => sameOutlet(o, n))) cues.toOwnOutlet = true;
        else {
          cues.outlets.push(n);
          if (isListener) cues.listenerOutlets.push(n);
          else relayed.push(n);
        }
      }
      if (relayed.length > 0) cues.relayGroups.push(relayed);
    } else if (kind === "outlet-ref") cues.outletRefs.push(phrase.trim());
    else if (kind === "audience" && isListener) cues.audience ??= phrase.trim();
    else if (isListener && JOURNALISTS.test(phrase.trim())) journalists ??= phrase.trim();
    else if (kind === "unnamed") cues.unnamed = true;
    else if (kind === "document") cues.documents.push(...names.filter((n) => !isOutletName(n)));
  };
  for (const m of attribution.matchAll(
    new RegExp(
      String.raw`\b(?:reported|covered|carried|published|cited|quoted|broadcast|aired|relayed)\s+by\s+(${PHRASE})`,
      "giu",
    ),
  )) {
    take(m[1] ?? "", false);
  }
  // "…, state news agency Xinhua reported.", "The Information reported that…", "local media
  // reported": whoever reports a story (rather than a result or a figure) is an outlet.
  for (const m of attribution.matchAll(/\b(?:reported|reports|broadcast)\b(?!\s+by)/giu)) {
    const clause = (
      attribution
        .slice(Math.max(0, m.index - 80), m.index)
        .split(/[,;~]/)
        .pop() ?? ""
    )
      .trim()
      .replace(/^according\s+to\s+/i, "");
    const after = attribution.slice(m.index + m[0].length);
    const thatFollows = /^(?:\s+[^~,.]{0,40}?)?\s+that\b/.test(after);
    // "reports" is a noun more often than a verb ("local media reports"): only with "that".
    if (/^reports$/i.test(m[0]) && !thatFollows) continue;
    const storyFollows = thatFollows || /^[^~]*$/.test(after);
    const introduced = OUTLET_INTRODUCERS.exec(clause)?.[1];
    const named = nameList(clause).filter((n) => isOutletName(n));
    const capitalised = nameList(clause).filter((n) => !isRegisteredPerson(n, ctx.people) && !looksLikeOrganisation(n));
    const group =
      named.length > 0
        ? named
        : introduced
          ? [introduced]
          : storyFollows && MEDIA_AUDIENCE.test(clause)
            ? [clause.replace(/^(?:the|some)\s+/i, "")]
            : storyFollows && capitalised.length === 1 && /^(?:The\s+)?\p{Lu}/u.test(clause)
              ? [capitalised[0] ?? ""]
              : [];
    if (group.length > 0) {
      cues.outlets.push(...group);
      cues.relayGroups.push(group);
    }
  }
  for (const m of attribution.matchAll(/\baccording\s+to\s+([^,;~]+?)(?=[,;~]|\.(?:\s|$)|$)/giu))
    take(m[1] ?? "", false);
  for (const m of attribution.matchAll(
    new RegExp(String.raw`\b(?:told|telling|speaking\s+to|spoke\s+to|talking\s+to)\s+(${PHRASE}?)${STOP}`, "giu"),
  )) {
    take(m[1] ?? "", true);
  }
  for (const m of attribution.matchAll(
    new RegExp(
      String.raw`\b(?:interview|discussion|conversation|exchange|talks?|podcast|appearance|dialogue|chat)\s+with\s+(${PHRASE}?)${STOP}`,
      "giu",
    ),
  )) {
    take(m[1] ?? "", true);
  }
  // "said on CNN", "appeared on Fox News Sunday": a broadcast the article relays.
  for (const m of attribution.matchAll(
    new RegExp(String.raw`\b(?:said|spoke|speaking|appeared|appearing|interviewed)\s+on\s+(${PHRASE}?)${STOP}`, "gu"),
  )) {
    const named = nameList(m[1] ?? "").filter((n) => isOutletName(n));
    cues.outlets.push(...named);
    cues.listenerOutlets.push(...named);
  }
  for (const m of attribution.matchAll(
    /\b(?:on|to)\s+((?:state|state-run|national|local|\p{Lu}\p{L}+)\s+(?:television|TV|radio|media))\b/gu,
  )) {
    cues.audience ??= m[1] ?? null;
  }
  for (const m of attribution.matchAll(new RegExp(String.raw`\b(?:quoting|citing)\s+(${PHRASE})`, "giu")))
    take(m[1] ?? "", false);
  for (const m of attribution.matchAll(/\b(?:published|appearing)\s+in\s+([^,.;~]+)/giu)) {
    cues.documents.push(...nameList(m[1] ?? ""));
  }
  // "a fact sheet released by the mayor's office": the issuer is the source.
  for (const m of attribution.matchAll(
    /\b(?:released|issued|compiled|prepared|produced)\s+by\s+(?:the\s+)?([^,.;~]+)/giu,
  )) {
    if (m[1]) cues.documents.push(m[1].trim());
  }
  // "In a memo to staff seen by The Financial Times": another outlet had the document.
  for (const m of attribution.matchAll(
    new RegExp(String.raw`\b(?:seen|reviewed|obtained|viewed)\s+by\s+(${PHRASE})`, "giu"),
  )) {
    const by = m[1] ?? "";
    const named = nameList(by).filter((n) => isOutletName(n));
    if (!ctx.ownOutlets.some((o) => sameOutlet(o, by)) && named.length > 0) {
      cues.outlets.push(...named);
      cues.relayGroups.push(named);
    }
  }
  // "The mayor told reporters…, according to the Daily Bugle": the reporters heard it first.
  if (cues.outlets.length > 0 || cues.outletRefs.length > 0) cues.audience ??= journalists;
  if (UNNAMED.test(attribution)) cues.unnamed = true;
  if (EVENT.test(attribution) || STATEMENT.test(attribution)) cues.firstHand = true;
  cues.outlets = [...new Set(cues.outlets)];
  cues.documents = [...new Set(cues.documents)];
  return cues;
}
