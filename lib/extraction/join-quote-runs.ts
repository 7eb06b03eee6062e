// A quotation interrupted by its attribution is one statement: "“A,” Barkley said. “B.”" is
// suggested as one direct quote running from the first opening mark to the last closing one,
// the attribution inside it, as the labeller already joins such runs (label-attributions.ts).
import { recordSpeakerRoute, speakerRouteOf } from "./speaker-route.ts";
import type { SuggestedClaim } from "./suggested-claim.ts";

// The words between two pieces: only the attribution ("Barkley said.", "he added,") and no
// other quotation or sentence of reporting. An apostrophe inside or closing a word ("ABC’s",
// "Sanders’ aide") is no quotation mark.
const ONLY_ATTRIBUTION = /^[^“”"‘’\n]{0,200}$/u;
const APOSTROPHE = /(?<=\p{L})’(?=\p{L})|(?<=s)’(?=\s)/gu;

// "The golf industry, she said, is ''doing much better''": a clause interrupted by its own
// attribution is one claim; only the cue (and commas or dashes) lies between its pieces.
// The subject of the clause comes first and the quotation completes it; a first piece that
// opens with a subordinate clause ("Asked if…, Ryan said, “Sure.”") is a claim of its own.
const SUBORDINATE = /^(?:asked|when|after|before|as|while|soon|although|though|if|because|since|until|once)\b/i;

function interruptedByCue(a: SuggestedClaim, b: SuggestedClaim, between: string): boolean {
  if (a.kind !== "paraphrase" || b.kind !== "direct_quote" || SUBORDINATE.test(a.text)) return false;
  if (a.cue === null || a.cue !== b.cue) return false;
  const words = between.replace(/^[\s,—–-]+|[\s,—–-]+$/g, "");
  return words.length > 0 && a.cue.includes(words);
}

// A quotation running over several paragraphs is set with no closing mark at the end of each
// paragraph but the last, and an opening mark at the start of the next: one statement.
const OPENS = /^(?:[“"‘]|'')/u;
const CLOSES = /(?:[”"’]|'')[.,!?;:]?$/u;

function runsOverParagraph(a: SuggestedClaim, b: SuggestedClaim, between: string): boolean {
  return (
    a.kind === "direct_quote" &&
    b.kind === "direct_quote" &&
    /^[ \t]*\n\s*$/.test(between) &&
    OPENS.test(a.text) &&
    !CLOSES.test(a.text) &&
    OPENS.test(b.text)
  );
}

const ENDS_SENTENCE = /[.!?](?:[”"’]|'')$/u;
const INTRODUCES = /[\p{L}\p{N})][:,]\s*$/u;

const TITLE_STOP = /\b(?:Rep|Sen|Gov|Lt|Gen|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Rev|Hon|St|Jr|Sr|\p{Lu})\.(?=\s)/gu;

function joinable(a: SuggestedClaim, b: SuggestedClaim, text: string): boolean {
  if (a.speaker === null || a.speaker !== b.speaker) return false;
  if (a.indirect !== b.indirect || a.chain.join("\u0000") !== b.chain.join("\u0000")) return false;
  const between = text.slice(a.end, b.start);
  if (runsOverParagraph(a, b, between)) return true;
  if (a.kind !== "direct_quote" || b.kind !== "direct_quote") return interruptedByCue(a, b, between);
  if (!ONLY_ATTRIBUTION.test(between.replace(APOSTROPHE, "'"))) return false;
  // "…: “A.”  Voss continued:  “B.”": a first piece closed on its own sentence end, then an
  // attribution that introduces the next piece (ending in ":" or ","), are two statements.
  if (ENDS_SENTENCE.test(a.text) && INTRODUCES.test(between)) return false;
  // "“A,” said Sen. Ann Roe. “B,” said Sen. Ann Roe.": the second piece has its own attribution
  // after it, worded as the first; two statements.
  if (
    b.cue &&
    text
      .slice(b.end, b.end + b.cue.length + 8)
      .replace(/^[\s,—–-]+/, "")
      .startsWith(b.cue)
  )
    return false;
  // The second piece's cue is the attribution between them ("“A,” Ruiz said, citing the audit.
  // “B.”" may give it "citing"), not one of its own after it ("“B,” she added").
  if (a.cue !== b.cue && !(b.cue && between.includes(b.cue))) return false;
  // "…,” Voss said in the briefing. But he added, “B.”": a cue opening a sentence of its own is a
  // second attribution.
  if (a.cue !== b.cue && b.cue && /[.!?]\s*$/.test(between.slice(0, between.indexOf(b.cue)).replace(TITLE_STOP, "")))
    return false;
  // One sentence of attribution at most: "“A,” X said. “B.”", not a paragraph of narrative. A
  // title's or an initial's stop ("said Sen. Ann Roe", "Tom J. Voss") ends no sentence.
  return (between.replace(TITLE_STOP, "").match(/[.!?](?=\s)/g) ?? []).length <= 1;
}

/**
 * Joins consecutive direct quotes of one speaker, cue and route that only their attribution
 * separates within a paragraph. `claims` must be sorted by start; returns a new sorted list.
 */
export function joinQuoteRuns(claims: SuggestedClaim[], text: string): SuggestedClaim[] {
  const out: SuggestedClaim[] = [];
  for (const claim of claims) {
    const last = out[out.length - 1];
    // A claim inside another of the same speaker (a piece already in a joined run, a quotation
    // inside the paraphrase around it) is not a second claim: the outer one stands.
    if (last && claim.speaker !== null && claim.speaker === last.speaker) {
      if (claim.end <= last.end) continue;
      if (claim.start === last.start) {
        out[out.length - 1] = claim;
        continue;
      }
    }
    if (last && last.end <= claim.start && joinable(last, claim, text)) {
      const kind = last.kind === claim.kind ? last.kind : "paraphrase";
      const joined = { ...last, kind, end: claim.end, text: text.slice(last.start, claim.end) };
      recordSpeakerRoute(joined, speakerRouteOf(last));
      out[out.length - 1] = joined;
    } else out.push(claim);
  }
  return out;
}
