// How the extractor came to its speaker for a suggestion (a frame's subject, the labeller's source
// run, the sentence's opening subject, the last speaker carried on…), kept beside the suggestion
// rather than in it: it is evidence for the speaker-confidence model (speaker-evidence.ts), not
// something an editor reads. Keyed by the suggestion object, so it lives as long as the object.
import type { SuggestedClaim } from "./suggested-claim.ts";

const routes = new WeakMap<SuggestedClaim, string>();

/** Records how `claim`'s speaker was found ("frame:subject", "labelled:previous", …). */
export function recordSpeakerRoute(claim: SuggestedClaim, route: string): void {
  routes.set(claim, route);
}

/**
 * Whether `claim`'s speaker is a person an outlet quotes or cites ("Axios reported, citing two
 * officials"). PolNeAR's gold gives those words to the outlet, where this project names the
 * people and puts the outlet on the route: the corpus cannot say whether such a speaker is right.
 */
export function isRelayedByOutlet(claim: SuggestedClaim): boolean {
  const route = routes.get(claim);
  return route === "frame:origin" || route === "frame:cited";
}

/** How `claim`'s speaker was found, or "unknown" when nothing was recorded for this object. */
export function speakerRouteOf(claim: SuggestedClaim): string {
  return routes.get(claim) ?? "unknown";
}
