// An article's sourcing written back in the annotation exchange format (the inverse of
// plan-import), for round trips and for integrators who keep annotations as files.
import type { ArticleSourcing, ClaimSourcing } from "../sourcing/schemas";
import { type ClaimKind, type PrimaryRecord, RECORD_SOURCE_TYPES } from "../vocabulary";
import type { AnnotatedClaim, AnnotationFile } from "./annotation-file";
import { chainFromHops } from "./chain-from-hops";
import { type PrimaryRecordWord, readPrimaryEvidence } from "./read-primary-evidence";

const KIND: Record<ClaimKind, AnnotatedClaim["kind"]> = {
  DIRECT_QUOTE: "direct_quote",
  PARAPHRASE: "paraphrase",
  UNATTRIBUTED: "unattributed_fact",
};

const PRIMARY_RECORD_WORD: Record<PrimaryRecord, PrimaryRecordWord> = {
  AVAILABLE: "available",
  NOT_AVAILABLE: "not_available",
  UNKNOWN: "unknown",
};

export function toAnnotation(sourcing: ArticleSourcing): AnnotationFile {
  return {
    url: sourcing.article.url,
    title: sourcing.article.title,
    publisher: sourcing.article.publisher,
    published_at: sourcing.article.publishedAt,
    language: sourcing.article.language,
    sources: sourcing.sources.map((source) => ({
      name: source.name,
      type: source.type,
      url: source.url,
      // The public note only: an exported annotation file may be published.
      notes: source.publicNote,
    })),
    claims: sourcing.claims.map(toAnnotatedClaim),
  };
}

function toAnnotatedClaim(claim: ClaimSourcing): AnnotatedClaim {
  return {
    quote_or_paraphrase: claim.quote,
    kind: KIND[claim.kind],
    speaker: claim.speaker?.name ?? null,
    chain: chainFromHops(
      claim.hops.map((hop) => ({ fromName: hop.from.name, toName: hop.to?.name ?? null, position: hop.position })),
    ),
    cue: claim.cue,
    indirect: claim.provenance.directness === "indirect",
    ...firstHandReceivers(claim),
    ...interviewers(claim),
    sources_named: claim.namedSources.map((named) => named.mentionedAs ?? named.name),
    ...primaryRecordFields(claim),
    status: claim.status.toLowerCase() as AnnotatedClaim["status"],
    // "asserts" is the default: written only for a denial, so files stay as annotators write them.
    ...(claim.stance === "DENIES" ? { stance: "denies" as const } : {}),
    ...(claim.note ? { note: claim.note } : {}),
  };
}

/**
 * The primary record as the annotator would write it ("not available (…)") when those words read
 * back as exactly what is stored; otherwise the state itself (`primary_record`) with the note word
 * for word, so a note that does not open with its state ("Macron's office said no recording
 * exists") or a state without a note comes back from an import exactly as recorded.
 */
function primaryRecordFields(claim: ClaimSourcing): Pick<AnnotatedClaim, "primary_evidence" | "primary_record"> {
  const note = claim.primaryRecordNote;
  const words = note ?? (claim.primaryRecord === "UNKNOWN" ? "unknown" : null);
  if (words !== null) {
    const read = readPrimaryEvidence(words);
    if (read.state === claim.primaryRecord && read.note === note) return { primary_evidence: words };
  }
  return {
    primary_record: PRIMARY_RECORD_WORD[claim.primaryRecord],
    ...(note !== null ? { primary_evidence: note } : {}),
  };
}

/**
 * `first_hand` lists a receiver only when every hop into it is first-hand: a name in the format
 * stands for all its incoming hops, so a mixed receiver is written second-hand (saying less).
 */
function firstHandReceivers(claim: ClaimSourcing): Pick<AnnotatedClaim, "first_hand"> {
  const hand = new Map<string, boolean>();
  for (const hop of claim.hops) {
    if (hop.to === null) continue;
    hand.set(hop.to.name, (hand.get(hop.to.name) ?? true) && hop.firstHand);
  }
  const names = [...hand].filter(([, firstHand]) => firstHand).map(([name]) => name);
  return names.length > 0 ? { first_hand: names } : {};
}

/**
 * `interviewed_by` lists a receiver only when every hop into it is an interview of someone who
 * can be interviewed (not a record, which the import refuses): otherwise the relation is left to
 * the import's default, saying less.
 */
function interviewers(claim: ClaimSourcing): Pick<AnnotatedClaim, "interviewed_by"> {
  const interview = new Map<string, boolean>();
  for (const hop of claim.hops) {
    if (hop.to === null) continue;
    interview.set(
      hop.to.name,
      (interview.get(hop.to.name) ?? true) &&
        hop.relation === "INTERVIEWED_BY" &&
        !RECORD_SOURCE_TYPES.has(hop.from.type),
    );
  }
  const names = [...interview].filter(([, all]) => all).map(([name]) => name);
  return names.length > 0 ? { interviewed_by: names } : {};
}

/**
 * The annotation file of a whole article, text included, each claim placed by its stored offsets
 * (UTF-16, into the stored body) and the text around it: what an import needs to rebuild the
 * article exactly (the workspace export, `claimtrail export --format annotations`).
 */
export function toAnnotationWithText(sourcing: ArticleSourcing): AnnotationFile {
  const file = toAnnotation(sourcing);
  return {
    ...file,
    article: { body: sourcing.article.body },
    claims: file.claims.map((claim, index) => {
      const stored = sourcing.claims[index]!;
      return { ...claim, start: stored.start, end: stored.end, prefix: stored.prefix, suffix: stored.suffix };
    }),
  };
}
