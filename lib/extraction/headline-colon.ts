// Headlines that give a speaker and their words after a colon ("Bernie Sanders: I'm not much of
// a socialist", "Reid: 'Never underestimate Trump.'"): the line's words after the colon are said
// by the person or outlet the label names, as PolNeAR annotates such headlines.
import { type ExtractionContext, pushClaim } from "./attribute-frame.ts";
import type { SpeakerKind } from "./discourse-state.ts";
import { expandPersonName, isPersonName, isRegisteredPerson } from "./find-names.ts";
import { judgeRoute } from "./judge-route.ts";
import { isOutletName } from "./name-lexicon.ts";
import { readRouteCues } from "./read-route-cues.ts";

// A line opening with one to four capitalised words (maybe after "EXCLUSIVE –"), a colon, and
// at least three words running to the line's end.
const HEADLINE =
  /^[ \t]*(?:[A-Z]+[ \t]+[–—-][ \t]+)?(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}):[ \t]+(\S[^\n]*?(?:[ \t]+\S+){2,}[^\n]*?)[ \t]*$/gmu;

// Who a label names: a person (a full name, or a surname the article registers), an outlet, or
// no one ("Update", "The Latest", "Poll").
function labelSpeaker(label: string, ctx: ExtractionContext): { name: string; kind: SpeakerKind } | null {
  const people = ctx.state.people;
  // "Editor’s Note:", "Paid Notice:", "Delegate Update:": a kind of item, no one's name.
  if (/\b(?:Note|Notice|Update)$/.test(label)) return null;
  if (isOutletName(label)) return { name: label, kind: "outlet" };
  const name = expandPersonName(label, people);
  if (isRegisteredPerson(label, people) && isPersonName(name, true)) return { name, kind: "person" };
  return isPersonName(label, false) ? { name, kind: "person" } : null;
}

/** Replaces the suggestions inside each "Speaker: words" line by the words, said by the speaker. */
export function attributeHeadlineColons(ctx: ExtractionContext): void {
  const { text } = ctx;
  for (const m of text.matchAll(HEADLINE)) {
    const label = m[1] ?? "";
    const speaker = labelSpeaker(label, ctx);
    // Transcripts ("WALLACE:") are read by their turns (transcript-turns.ts).
    if (!speaker || (speaker.kind === "person" && /^\p{Lu}+$/u.test(label))) continue;
    const words = m[2] ?? "";
    const end = m.index + m[0].trimEnd().length;
    const start = end - words.length;
    const cueStart = m.index + m[0].indexOf(label);
    const lineStart = m.index;
    if (ctx.claims.some((c) => c.speaker !== null && c.start < end && start < c.end && c.speaker === speaker.name))
      continue;
    ctx.claims = ctx.claims.filter((c) => c.end <= lineStart || c.start >= end);
    // The route an outlet or a person speaking with no other cue has (judge-route.ts).
    const cues = readRouteCues("", { ownOutlets: ctx.ownOutlets, people: ctx.state.people });
    const route = judgeRoute({ speaker, relay: null, cues, outlets: [], inherited: undefined, continues: false });
    pushClaim(ctx, { start, end }, "paraphrase", {
      speaker,
      route,
      cue: text.slice(cueStart, cueStart + label.length + 1),
      paragraph: -1,
      via: "headline",
    });
  }
}
