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
import {
  type ClaimKind,
  type ClaimStance,
  type ClaimStatus,
  type HopRelation,
  type PrimaryRecord,
  RECORD_SOURCE_TYPES,
} from "../vocabulary";
import {
  type AnnotatedClaim,
  AnnotationFile,
  PARALLEL_SEPARATOR,
  type SourceHint,
  THIS_ARTICLE,
} from "./annotation-file";
import { type PlannedSource, SourceRegistry } from "./source-registry";

type PlannedHop = {
  fromKey: string;
  /** null: the article. */
  toKey: string | null;
  relation: HopRelation;
  firstHand: boolean;
  confidence: number;
  position: number;
};

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
};

const KIND: Record<AnnotatedClaim["kind"], ClaimKind> = {
  direct_quote: "DIRECT_QUOTE",
  paraphrase: "PARAPHRASE",
  unattributed_fact: "UNATTRIBUTED",
};

/** Default confidences when an annotation gives none (the rubric in docs/PROVENANCE.md). */
const FIRST_HAND_CONFIDENCE = 0.9;
const SECOND_HAND_CONFIDENCE = 0.75;

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
    return planClaim(claim, anchor, registry);
  });

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
  };
}

function splitStep(step: string): string[] {
  return step
    .split(PARALLEL_SEPARATOR)
    .map((name) => name.trim())
    .filter(Boolean);
}

function planClaim(claim: AnnotatedClaim, anchor: TextAnchor, registry: SourceRegistry): PlannedClaim {
  const steps = claim.chain.map((step, index) => {
    if (step === THIS_ARTICLE) return [null];
    const names = splitStep(step);
    if (names.includes(THIS_ARTICLE)) {
      throw new AppError("INVALID", `"${THIS_ARTICLE}" can only end a chain, alone (step ${index + 1}: "${step}")`);
    }
    return names.map((name) => registry.resolve(name).key);
  });
  const hops: PlannedHop[] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    const intoArticle = i + 1 === steps.length - 1;
    for (const fromKey of steps[i]!) {
      for (const toKey of steps[i + 1]!) {
        if (fromKey === null) throw new AppError("INVALID", `"${THIS_ARTICLE}" can only end a chain`);
        const to = toKey === null ? null : registry.all().find((source) => source.key === toKey)!;
        // The annotation says only whether the article got the claim second-hand; every
        // earlier hop is a receiver hearing its teller directly.
        const firstHand = intoArticle ? !claim.indirect : true;
        const from = registry.all().find((source) => source.key === fromKey)!;
        hops.push({
          fromKey,
          toKey,
          relation: relationFor(i, from, to, claim.kind),
          firstHand,
          confidence: firstHand ? FIRST_HAND_CONFIDENCE : SECOND_HAND_CONFIDENCE,
          position: hops.length,
        });
      }
    }
  }

  const speakerKey = claim.speaker ? registry.resolve(claim.speaker).key : null;
  const primary = readPrimaryEvidence(claim.primary_evidence);
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

function relationFor(
  step: number,
  from: PlannedSource,
  to: PlannedSource | null,
  kind: AnnotatedClaim["kind"],
): HopRelation {
  if (to === null) return kind === "direct_quote" ? "QUOTED_BY" : "PARAPHRASED_BY";
  if (RECORD_SOURCE_TYPES.has(from.type)) return "BASED_ON";
  return step === 0 ? "SAID_TO" : "REPORTED_BY";
}

/** "not available (no recording, per Macron's office)" → NOT_AVAILABLE, with the text kept. */
export function readPrimaryEvidence(text: string): { state: PrimaryRecord; note: string | null } {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (lower === "" || lower === "unknown") return { state: "UNKNOWN", note: null };
  if (/^(not available|unavailable|none|no\b|nothing\b)/.test(lower)) return { state: "NOT_AVAILABLE", note: trimmed };
  if (/^(unknown|n\/a|not known|unclear)\b/.test(lower)) return { state: "UNKNOWN", note: trimmed };
  return { state: "AVAILABLE", note: trimmed };
}
