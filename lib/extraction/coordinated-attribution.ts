// Two attributions joined in one sentence: "Kasich says A and tells the crowd B", "Twenty-four
// percent said A, while 9 percent found B". PolNeAR annotates each as its own attribution; the
// rules read the sentence as one claim running from the first verb to the end. When the labeller
// finds the second cue inside such a claim, right after a coordinator (and its own source, if the
// second clause has one), the first claim ends before the coordinator and the second becomes a
// claim of its own.
import type { LabelledAttribution } from "./label-attributions.ts";
import { joinsNouns } from "./second-attribution.ts";
import type { Range } from "./speech-verbs.ts";
import type { SuggestedClaim } from "./suggested-claim.ts";

// The words joining the two clauses, at the end of the first claim's text before the second
// clause: ", and", "but", ", while", "whereas", ";".
const COORDINATOR = /(?:,?\s+(?:and|but|while|whereas|yet)|\s*;)\s+$/;
// The second clause's own subject may open before the labeller's source run: "and a third of
// the | owners said".
const SUBJECT_OPENING = /((?:,?\s+(?:and|but|while|whereas|yet)|\s*;)\s+)(?:[\p{Ll}\d'’-]+\s+){0,4}$/u;
// "While some friends say A, others say B": a first attribution set as a subordinate clause
// before the main one; a comma alone joins them.
const SUBORDINATE_FIRST = /^(?:while|whereas|although|though|even\s+though)\b/i;
const COMMA_JOINT = /(,\s+)(?:[\p{Ll}\d'’-]+\s+){0,4}$/u;
// Between the second clause's subject (or the coordinator) and its cue: an auxiliary or adverb
// or two ("and then he went and championed", "but also says").
const BEFORE_CUE =
  /^(?:\s+(?:also|then|later|still|now|has|have|had|is|was|did|does|would|will|quickly|repeatedly))*\s*$/i;
// The first claim keeps at least this many words, else the cut misread the sentence (a clause
// claim holds no speaker or verb: "confirmed | the layoffs but declined to…" keeps two).
const MIN_WORDS = 2;

// `subject`: where the second clause names its own speaker, null when it shares the first
// claim's. `contents`: the labelled contents after the second cue, the second claim's words.
export type CoordinatedSplit = { host: SuggestedClaim; cut: number; subject: Range | null; contents: Range[] };

/**
 * The attributed paraphrase among `candidates` that holds the labelled attribution `a` as a
 * second, coordinated clause, and the offset (UTF-16, into `text`) where that claim should end;
 * null when `a` is not such a clause. Contents the labeller grouped with the cue from before it
 * belong to the first claim ("says A “quoted” but argues B" groups “quoted” with "argues").
 */
export function findCoordinatedHost(
  text: string,
  candidates: SuggestedClaim[],
  a: LabelledAttribution,
): CoordinatedSplit | null {
  const cue = a.cue;
  if (!cue) return null;
  const contents = a.contents.filter((c) => c.start >= cue.end);
  const first = contents[0];
  const last = contents[contents.length - 1];
  if (!first || !last || text.slice(first.start, last.end).split(/\s+/).length < MIN_WORDS) return null;
  for (const host of candidates) {
    if (host.speaker === null || host.kind !== "paraphrase") continue;
    // A source inside the first claim opens the second clause ("…, while 9 percent found");
    // one before it is the subject both verbs share ("Roe says A but argues B").
    const lead = a.source && a.source.start > host.start && a.source.end <= cue.start ? a.source : null;
    if (a.source && !lead && a.source.start > host.start) continue;
    const clauseStart = lead ? lead.start : cue.start;
    if (!BEFORE_CUE.test(text.slice(lead ? lead.end : cue.start, cue.start))) continue;
    if (!(host.start < clauseStart && cue.end <= host.end)) continue;
    const before = text.slice(host.start, clauseStart);
    const subordinate = lead !== null && host.cue !== null && SUBORDINATE_FIRST.test(host.cue);
    const joint =
      (lead ? SUBJECT_OPENING : COORDINATOR).exec(before) ?? (subordinate ? COMMA_JOINT.exec(before) : null);
    if (!joint) continue;
    const kept = before.slice(0, joint.index).replace(/[\s,;:—–-]+$/, "");
    if (kept.split(/\s+/).filter(Boolean).length < MIN_WORDS) continue;
    // "said the mayor and the council announced…": nouns joined by "and" are one subject.
    if (lead && /^,?\s+and\s/.test(joint[1] ?? "") && joinsNouns(kept)) continue;
    const subject = lead ? { start: host.start + joint.index + (joint[1] ?? "").length, end: lead.end } : null;
    return { host, cut: host.start + kept.length, subject, contents };
  }
  return null;
}
