// Turns an annotation file and its article body into a plan of rows to write: sources (one per
// entity), claims anchored in the body, and each claim's hops. Pure, so the same plan feeds
// the database import, the provenance tests and any dry run.

import { locateAnnotatedQuote } from "../claims/locate-annotated-quote";
import { buildMatchView } from "../claims/match-view";
import { normalizeArticleText } from "../claims/normalize-article-text";
import type { TextAnchor } from "../claims/text-anchor";
import { AppError } from "../errors";
import { formatZodError } from "../format-zod-error";
import type { ClaimGraph } from "../provenance/graph";
import { guessSourceType } from "../sources/guess-source-type";
import type { ClaimKind, ClaimStance, ClaimStatus, PrimaryRecord } from "../vocabulary";
import { SOURCE_TYPE_WORDS } from "../words/display-words";
import { type AnnotatedClaim, AnnotationFile, type SourceHint, THIS_ARTICLE } from "./annotation-file";
import { type PlannedHop, planClaimHops, splitStep } from "./plan-claim-hops";
import { readPrimaryEvidence } from "./read-primary-evidence";
import { type PlannedSource, SourceRegistry } from "./source-registry";

export type PlannedClaim = {
  quote: string;
  anchor: TextAnchor;
  kind: ClaimKind;
  status: ClaimStatus;
  stance: ClaimStance;
  speakerKey: string | null;
  cue: string | null;
  note: string | null;
  indirect: boolean;
  namedSources: Array<{ key: string; mentionedAs: string }>;
  primaryRecord: PrimaryRecord;
  primaryRecordNote: string | null;
  primaryRecordSourceKey: string | null;
  hops: PlannedHop[];
  graph: ClaimGraph;
};

export type ImportPlan = {
  article: {
    title: string;
    url: string | null;
    body: string;
    publisher: string | null;
    publishedAt: string | null;
    language: string;
  };
  sources: PlannedSource[];
  claims: PlannedClaim[];
  /** What the editor should answer, one line per claim concerned ("claim 3: …"); nothing stored from them. */
  warnings: string[];
};

const KIND: Record<AnnotatedClaim["kind"], ClaimKind> = {
  direct_quote: "DIRECT_QUOTE",
  paraphrase: "PARAPHRASE",
  unattributed_fact: "UNATTRIBUTED",
};

export function planAnnotationImport(annotation: unknown, body: string, hints: SourceHint[] = []): ImportPlan {
  const parsed = AnnotationFile.safeParse(annotation);
  if (!parsed.success) throw new AppError("INVALID", `annotation file: ${formatZodError(parsed.error)}`);
  const file = parsed.data;
  const registry = new SourceRegistry([...hints, ...(file.sources ?? [])]);

  // Longest names first, so that abbreviations ("La Dépêche") resolve to the full name.
  const names = file.claims.flatMap((claim) => [
    ...(claim.speaker ? [claim.speaker] : []),
    ...claim.chain.flatMap(splitStep).filter((name) => name !== THIS_ARTICLE),
    ...claim.sources_named,
  ]);
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) registry.resolve(name);

  const text = normalizeArticleText(body);
  const view = buildMatchView(text);
  const quoteCounts = new Map<string, number>();
  for (const claim of file.claims)
    quoteCounts.set(claim.quote_or_paraphrase, (quoteCounts.get(claim.quote_or_paraphrase) ?? 0) + 1);
  // The same words annotated twice are two claims at two places, not one place twice.
  const taken = new Map<string, Set<number>>();
  const claims = file.claims.map((claim, index) => {
    const quote = claim.quote_or_paraphrase;
    const used = taken.get(quote) ?? new Set<number>();
    let anchor: TextAnchor;
    try {
      anchor = locateAnnotatedQuote(
        text,
        view,
        {
          quote,
          start: claim.start,
          end: claim.end,
          prefix: claim.prefix,
          suffix: claim.suffix,
          cue: claim.cue,
          speaker: claim.speaker,
        },
        { taken: used, sameQuoteCount: quoteCounts.get(quote) ?? 1 },
      );
    } catch (error) {
      throw new AppError("INVALID", `claim ${index + 1}: ${(error as Error).message}`);
    }
    used.add(anchor.start);
    taken.set(quote, used);
    return planClaim(claim, index, anchor, registry);
  });
  const warnings = [
    ...file.claims.flatMap((claim, index) => warnAbout(claim, index)),
    ...registry.untyped().flatMap(warnAboutType),
  ];

  return {
    article: {
      title: file.title,
      url: file.url,
      body: text,
      publisher: file.publisher ?? null,
      publishedAt: file.published_at ?? null,
      language: file.language ?? "en",
    },
    sources: registry.all(),
    claims,
    warnings,
  };
}

/** A primary_evidence that does not say whether a record exists: stored unknown, and asked. */
function warnAbout(claim: AnnotatedClaim, index: number): string[] {
  const primary = readPrimaryEvidence(claim.primary_evidence, claim.primary_record);
  if (!primary.unclear) return [];
  return [
    `claim ${index + 1}: primary_evidence ${JSON.stringify(primary.note)} does not say whether a primary record is available; recorded as unknown. Say "available (…)" or "not available (…)", or set primary_record`,
  ];
}

/**
 * A source the file does not type, whose name reads like a type (guessSourceType): stored as
 * UNKNOWN, and the guess offered to the editor to confirm in `sources[]` or on the source's page.
 */
function warnAboutType(source: PlannedSource): string[] {
  const guess = guessSourceType(source.name);
  if (guess === "UNKNOWN") return [];
  const words = SOURCE_TYPE_WORDS[guess];
  return [
    `source ${JSON.stringify(source.name)}: no type given, stored as unknown (type not recorded); its name reads like ${/^[aeiou]/.test(words) ? "an" : "a"} ${words}. If it is one, give it in sources[]: { "name": ${JSON.stringify(source.name)}, "type": "${guess}" }`,
  ];
}

function planClaim(claim: AnnotatedClaim, index: number, anchor: TextAnchor, registry: SourceRegistry): PlannedClaim {
  let hops: PlannedHop[];
  try {
    hops = planClaimHops(claim, (name) => registry.resolve(name));
  } catch (error) {
    throw new AppError("INVALID", `claim ${index + 1}: ${(error as Error).message}`);
  }

  const speakerKey = claim.speaker ? registry.resolve(claim.speaker).key : null;
  const primary = readPrimaryEvidence(claim.primary_evidence, claim.primary_record);
  const recordSource = primary.note ? registry.findMentionedIn(primary.note.replace(/^[^(]*\(/, "")) : undefined;
  const usedKeys = new Set([
    ...(speakerKey ? [speakerKey] : []),
    ...hops.flatMap((hop) => [hop.fromKey, ...(hop.toKey ? [hop.toKey] : [])]),
  ]);

  return {
    quote: claim.quote_or_paraphrase,
    anchor,
    kind: KIND[claim.kind],
    status: claim.status.toUpperCase() as ClaimStatus,
    stance: claim.stance === "denies" ? "DENIES" : "ASSERTS",
    speakerKey,
    cue: claim.cue,
    note: claim.note ?? null,
    indirect: claim.indirect,
    namedSources: claim.sources_named.map((name) => ({ key: registry.resolve(name).key, mentionedAs: name })),
    primaryRecord: primary.state,
    primaryRecordNote: primary.note,
    primaryRecordSourceKey: recordSource && recordSource.key !== speakerKey ? recordSource.key : null,
    hops,
    graph: {
      claimId: claim.quote_or_paraphrase,
      speakerId: speakerKey,
      sources: registry
        .all()
        .filter((source) => usedKeys.has(source.key))
        .map((source) => ({ id: source.key, name: source.name, type: source.type, standing: "ACTIVE" })),
      hops: hops.map((hop, position) => ({
        id: `hop-${position}`,
        from: hop.fromKey,
        to: hop.toKey,
        relation: hop.relation,
        firstHand: hop.firstHand,
        confidence: hop.confidence,
        standing: "ACTIVE",
      })),
      primaryRecord: primary.state,
      primaryRecordNote: primary.note,
    },
  };
}
