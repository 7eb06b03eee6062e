// Direct or indirect, and through whom. A claim is indirect when it came through another
// outlet, from unnamed sources, or from remarks the speaker made to other journalists; an event
// the article describes, a statement or a post is first-hand. With no cue at all a speaker keeps
// the route last established for them ("He added that…" stays inside the same interview).

import { PARALLEL_SEPARATOR } from "../annotation/annotation-file.ts";
import type { Speaker } from "./discourse-state.ts";
import { findNames, looksLikeOrganisation } from "./find-names.ts";
import { noRouteCues, type RouteCues } from "./read-route-cues.ts";
import { THIS_ARTICLE } from "./suggested-claim.ts";

// `via` holds the outlets the claim passed through; `sources` adds institutions and documents.
// `basis` says whether the sentence itself showed the route or it was carried over or assumed.
export type Route = {
  indirect: boolean;
  via: string[];
  // `via` in the order the text relays it: each step one outlet, or outlets the text names
  // together as reporting it side by side ("as reported by A and B"), never across phrases.
  steps: string[][];
  sources: string[];
  audience: string | null;
  basis: "explicit" | "inherited" | "default";
  // An outlet on `via` reported or quoted the speaker itself ("Le Parisien quoted Macron as…",
  // "Reuters reported"), rather than only being spoken to ("told Reuters"): what the speaker says
  // next with no cue of its own stays inside that report.
  reported?: boolean;
};

export type RouteInput = {
  speaker: Speaker | null;
  // The outlet that quoted or cited the speaker, when the sentence names one as its subject.
  relay: Speaker | null;
  cues: RouteCues;
  // cues.outlets and cues.outletRefs, resolved to names.
  outlets: string[];
  inherited: Route | undefined;
  // The sentence goes on with what the speaker said before: with no cue of its own it keeps the
  // route last shown for them, relay and all when its cue says so ("He added", "also said"),
  // without the relay when only the speaker is carried ("She said"); a fresh "Okafor said" keeps
  // nothing.
  continues: Continuation;
};

/** How a sentence goes on from the speaker's last one (attribute-frame.ts `continuesSpeaker`). */
export type Continuation = "telling" | "speaker" | false;

const key = (s: string) => s.toLowerCase().replace(/^the\s+/, "");
// Keeps the first of names that repeat or contain one another ("Russia's Defence Ministry" and
// "Defence Ministry" are one source).
const unique = (xs: string[]) => {
  const kept: string[] = [];
  for (const x of xs) {
    if (!kept.some((k) => key(k).includes(key(x)) || key(x).includes(key(k)))) kept.push(x);
  }
  return kept;
};

const sameKey = (a: string, b: string) => key(a).includes(key(b)) || key(b).includes(key(a));

// Listeners first (the speaker told them), then each relaying phrase in text order, then outlets
// no phrase grouped (the sentence's own outlet subject, "the reports").
function orderSteps(via: string[], cues: RouteCues): string[][] {
  const rank = (name: string) => {
    if (cues.listenerOutlets.some((l) => sameKey(l, name))) return 0;
    const group = cues.relayGroups.findIndex((g) => g.some((n) => sameKey(n, name)));
    return group >= 0 ? 1 + group : 1 + cues.relayGroups.length;
  };
  const byRank = new Map<number, string[]>();
  for (const name of via) byRank.set(rank(name), [...(byRank.get(rank(name)) ?? []), name]);
  return [...byRank.entries()].sort(([a], [b]) => a - b).map(([, names]) => names);
}

export function judgeRoute({ speaker, relay, cues, outlets, inherited, continues }: RouteInput): Route {
  // The one who quoted or cited the speaker relays the words, an outlet or a person ("Tom Voss
  // quotes Ann Roe: …", "Roe said, citing Voss").
  const via = unique([...(relay && relay.name !== speaker?.name ? [relay.name] : []), ...outlets]);
  const speakerIsOutlet = speaker?.kind === "outlet";
  const explicitIndirect =
    via.length > 0 || cues.audience !== null || cues.unnamed || speakerIsOutlet || cues.outletRefs.length > 0;
  let route: Route;
  if (explicitIndirect) {
    route = {
      indirect: true,
      via,
      steps: orderSteps(via, cues),
      sources: via,
      // Only a listener this sentence names, or one of the saying it goes on with ("He added,
      // according to Reuters"): a fresh "Voss told Coast FM" was not said to last sentence's.
      audience: cues.audience ?? (continues ? inherited?.audience : null) ?? null,
      basis: "explicit",
      reported: (relay !== null && relay.name !== speaker?.name) || cues.relayGroups.length > 0,
    };
  } else if (cues.firstHand || cues.toOwnOutlet) {
    route = { indirect: false, via: [], steps: [], sources: [], audience: null, basis: "explicit" };
  } else if (inherited && continues) {
    route =
      continues === "telling" || inherited.reported
        ? {
            ...inherited,
            via: [...inherited.via],
            steps: inherited.steps.map((s) => [...s]),
            sources: [...inherited.via],
            basis: "inherited",
          }
        : withoutRelay(inherited);
  } else {
    route = { indirect: false, via: [], steps: [], sources: [], audience: null, basis: "default" };
  }
  // An institution speaking for itself is the source; so is one a spokesperson speaks for.
  const own: string[] = [];
  if (speaker && !route.indirect && speaker.kind === "org") own.push(speaker.name);
  if (speaker && speaker.kind !== "outlet") {
    // Only full names: a capitalised first word ("Health officials…") is not an institution.
    for (const n of findNames(speaker.name)) {
      if (looksLikeOrganisation(n.text) && (n.text.includes(" ") || /^\p{Lu}{2,}$/u.test(n.text))) own.push(n.text);
    }
  }
  if (speakerIsOutlet && speaker) own.push(speaker.name);
  route.sources = unique([...route.sources, ...own, ...cues.documents]);
  return route;
}

// A speaker carried to a later sentence ("She said…", a bare quotation or continuation) keeps
// who they are and whom they were speaking to ("journalists from regional newspapers"), never
// the earlier sentence's relay: the outlets and documents it named are not shown to have carried
// these words too (the project's first rule). Indirect only through what is kept. Not used when
// an outlet reported or quoted the speaker itself (`Route.reported`): the words that follow are
// still that report's.
function withoutRelay(inherited: Route): Route {
  const keptIndirect = inherited.indirect && (inherited.audience !== null || inherited.via.length === 0);
  return {
    indirect: keptIndirect,
    via: [],
    steps: [],
    sources: [],
    audience: inherited.audience,
    basis: "inherited",
  };
}

/**
 * The route of words carried over to `speaker` from a sentence before, with no cue of their
 * own (a bare quotation, a continuation): `inherited` stripped of its relay (outlets, listeners,
 * documents) unless an outlet reported or quoted the speaker (`Route.reported`), the speaker's
 * own institution kept as its source.
 */
export function carriedRoute(speaker: Speaker | null, inherited: Route): Route {
  return judgeRoute({ speaker, relay: null, cues: noRouteCues(), outlets: [], inherited, continues: "speaker" });
}

export function buildChain(speaker: Speaker | null, route: Route): string[] {
  if (!speaker) return [THIS_ARTICLE];
  const hops = [speaker.name];
  if (route.audience) hops.push(route.audience);
  if (route.indirect) {
    for (const step of route.steps) {
      const relays = step.filter((s) => s !== speaker.name);
      if (relays.length > 0) hops.push(relays.join(PARALLEL_SEPARATOR));
    }
  }
  // The article closes every chain, whatever the names before it ("This" is not "this article").
  return [...unique(hops).filter((hop) => hop.toLowerCase() !== THIS_ARTICLE), THIS_ARTICLE];
}
