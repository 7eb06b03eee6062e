// A realistic export input: the seed article (Macron via La Dépêche du Midi and Le Parisien)
// with its 15 annotated claims. Graphs follow each annotation's chain; provenance values are
// derived here by simple rules (product of confidences on the best path), not by lib/provenance.
import { type ReportClaim, type ReportHop, type ReportSource, SourcingReport } from "@/lib/export/sourcing-report";
import type { ClaimProvenance } from "@/lib/provenance/claim-provenance";
import type { ClaimGraph, GraphHop } from "@/lib/provenance/graph";
import type { ClaimKind, HopRelation, SourceType } from "@/lib/vocabulary";

const ARTICLE_ID = "a1000000-0000-4000-8000-000000000001";
const DEPECHE_URL =
  "https://www.ladepeche.fr/2025/03/15/guerre-en-ukraine-emmanuel-macron-detaille-la-force-de-soutien.html";
const PARISIEN_URL = "https://www.leparisien.fr/politique/macron-ukraine-est-souveraine-15-03-2025.php";
const NO_RECORDING = "Macron's office said no recording was available";

const SEED_SOURCES: ReportSource[] = [
  {
    id: "s-macron",
    name: "Emmanuel Macron",
    type: "PERSON",
    url: null,
    notes: "President of France",
    standing: "ACTIVE",
  },
  {
    id: "s-journalists",
    name: "journalists from regional French newspapers",
    type: "GROUP",
    url: null,
    notes: null,
    standing: "ACTIVE",
  },
  {
    id: "s-depeche",
    name: "La Dépêche du Midi",
    type: "OUTLET",
    url: "https://www.ladepeche.fr",
    notes: "Toulouse daily",
    standing: "ACTIVE",
  },
  {
    id: "s-parisien",
    name: "Le Parisien",
    type: "OUTLET",
    url: "https://www.leparisien.fr",
    notes: null,
    standing: "ACTIVE",
  },
  {
    id: "s-elysee",
    name: "Macron's office (Élysée)",
    type: "ORGANIZATION",
    url: "https://www.elysee.fr",
    notes: null,
    standing: "ACTIVE",
  },
  {
    id: "s-starmer",
    name: "Keir Starmer",
    type: "PERSON",
    url: null,
    notes: "Prime Minister of the United Kingdom",
    standing: "ACTIVE",
  },
];

type SeedClaim = {
  quote: string;
  kind: ClaimKind;
  chain: string[];
  cue: string | null;
  record: "none" | "own" | "unknown";
  corroborated?: true;
};
const M = ["s-macron", "s-journalists"];
const BOTH = "s-depeche|s-parisien";
// The 15 claims of the seed annotation, in article order; chain steps hold source ids, "a|b" = both.
const SEED_CLAIMS: SeedClaim[] = [
  {
    quote: "the Franco-British plan does not seek to deploy large numbers of soldiers in Ukraine",
    kind: "PARAPHRASE",
    chain: M,
    cue: "Macron clarified that",
    record: "none",
  },
  {
    quote: "it envisions the deployment of troop contingents at strategic locations",
    kind: "PARAPHRASE",
    chain: M,
    cue: "Macron clarified that",
    record: "none",
  },
  {
    quote:
      "no recording was available of the president’s dialogue with journalists from regional French newspapers on Friday night",
    kind: "PARAPHRASE",
    chain: ["s-elysee"],
    cue: "Macron’s office noted on Sunday that",
    record: "own",
  },
  {
    quote: "participating nations potentially sending several thousand troops each to “key points” within Ukraine",
    kind: "PARAPHRASE",
    chain: [...M, BOTH],
    cue: "as reported by La Dépêche du Midi and Le Parisien",
    record: "none",
    corroborated: true,
  },
  {
    quote:
      "These troops might offer training and fortify Ukrainian defenses, underscoring long-term dedication to Kyiv’s cause",
    kind: "PARAPHRASE",
    chain: [...M, BOTH],
    cue: "according to the reports",
    record: "none",
  },
  {
    quote: "the envisioned contingents from NATO member countries would act as “a guarantee of security” for Ukraine",
    kind: "PARAPHRASE",
    chain: [...M, BOTH],
    cue: "Macron also mentioned that",
    record: "none",
  },
  {
    quote:
      "“several European nations, and also non-European, have expressed their willingness to join such an effort when it is confirmed,”",
    kind: "DIRECT_QUOTE",
    chain: [...M, "s-depeche"],
    cue: "as covered by La Dépêche",
    record: "none",
  },
  {
    quote: "approval from Moscow isn’t necessary for such deployment",
    kind: "PARAPHRASE",
    chain: [...M, "s-parisien"],
    cue: "Le Parisien further quoted Macron as stating",
    record: "none",
  },
  {
    quote:
      "“Ukraine is sovereign. If it asks for Allied forces to be on its territory, it’s not up to Russia to accept or not,”",
    kind: "DIRECT_QUOTE",
    chain: [...M, "s-parisien"],
    cue: "he asserted",
    record: "none",
  },
  {
    quote:
      "Starmer confronted Russian President Vladimir Putin to agree to a ceasefire in the conflict with Ukraine if he genuinely desires peace",
    kind: "PARAPHRASE",
    chain: ["s-starmer"],
    cue: "During the two-hour virtual meeting on Saturday",
    record: "unknown",
  },
  {
    quote:
      "allies will persist in intensifying pressure on the Kremlin by advancing peacekeeping force plans to an “operational phase.”",
    kind: "PARAPHRASE",
    chain: ["s-starmer"],
    cue: "He assured that",
    record: "unknown",
  },
  {
    quote: "The call included approximately 30 leaders",
    kind: "UNATTRIBUTED",
    chain: [],
    cue: null,
    record: "unknown",
  },
  {
    quote: "This was the second meeting of its kind in two weeks",
    kind: "UNATTRIBUTED",
    chain: [],
    cue: null,
    record: "unknown",
  },
  {
    quote: "More countries partook compared to the prior meeting on March 2.",
    kind: "UNATTRIBUTED",
    chain: [],
    cue: null,
    record: "unknown",
  },
  {
    quote:
      "military planners are expected to reconvene in the U.K. on Thursday to advance practical strategies for bolstering Ukraine’s future security",
    kind: "PARAPHRASE",
    chain: ["s-starmer"],
    cue: "Starmer mentioned that",
    record: "unknown",
  },
];

const TYPE_OF = new Map<string, SourceType>(SEED_SOURCES.map((source) => [source.id, source.type]));
const NAME_OF = new Map(SEED_SOURCES.map((source) => [source.id, source.name]));
const EVIDENCE: Record<string, string> = { "s-depeche": DEPECHE_URL, "s-parisien": PARISIEN_URL };

function relate(
  from: string,
  to: string | null,
  kind: ClaimKind,
): { relation: HopRelation; firstHand: boolean; confidence: number } {
  const fromType = TYPE_OF.get(from);
  if (to === null && fromType === "OUTLET")
    return { relation: kind === "DIRECT_QUOTE" ? "QUOTED_BY" : "PARAPHRASED_BY", firstHand: true, confidence: 0.9 };
  if (to === null && fromType === "GROUP") return { relation: "REPORTED_BY", firstHand: false, confidence: 0.6 };
  if (to === null)
    return { relation: kind === "DIRECT_QUOTE" ? "QUOTED_BY" : "PARAPHRASED_BY", firstHand: true, confidence: 0.85 };
  if (TYPE_OF.get(to) === "OUTLET") return { relation: "REPORTED_BY", firstHand: true, confidence: 0.85 };
  return { relation: "SAID_TO", firstHand: true, confidence: 0.9 };
}

function buildHops(claimId: string, seed: SeedClaim): Array<GraphHop & { detail: ReportHop }> {
  const steps = [...seed.chain.map((step) => step.split("|")), [null]];
  const hops: Array<GraphHop & { detail: ReportHop }> = [];
  steps.slice(0, -1).forEach((froms, i) => {
    for (const from of froms as string[]) {
      for (const to of steps[i + 1]!) {
        const id = `${claimId}-h${hops.length + 1}`;
        const { relation, firstHand, confidence } = relate(from, to, seed.kind);
        const evidenceUrl = to === null ? (EVIDENCE[from] ?? null) : null;
        hops.push({
          id,
          from,
          to,
          relation,
          firstHand,
          confidence,
          standing: "ACTIVE",
          detail: {
            id,
            fromName: NAME_OF.get(from)!,
            toName: to === null ? null : NAME_OF.get(to)!,
            relation,
            firstHand,
            confidence,
            evidenceUrl,
            evidenceArchiveUrl: evidenceUrl ? `https://web.archive.org/web/20250316000000/${evidenceUrl}` : null,
            evidenceQuote: null,
            evidenceNote: from === "s-elysee" ? "Statement to the press, Sunday" : null,
            occurredAt: evidenceUrl ? "2025-03-15T21:00:00.000Z" : null,
          },
        });
      }
    }
  });
  return hops;
}

function deriveProvenance(claimId: string, seed: SeedClaim, hops: GraphHop[]): ClaimProvenance {
  const paths: string[][] = [];
  const walk = (path: string[], node: string) => {
    for (const hop of hops.filter((h) => h.from === node)) {
      if (hop.to === null) paths.push(path);
      else walk([...path, hop.to], hop.to);
    }
  };
  if (seed.chain[0]) walk([seed.chain[0]], seed.chain[0]);
  const hopsOf = (path: string[]) =>
    path.map((from, i) => hops.find((h) => h.from === from && h.to === (path[i + 1] ?? null))!);
  const scored = paths.map((path) => ({
    path,
    hops: hopsOf(path),
    score: hopsOf(path).reduce((p, h) => p * h.confidence, 1),
  }));
  const best = scored.sort((a, b) => b.score - a.score)[0];
  const weakest = best ? [...best.hops].sort((a, b) => a.confidence - b.confidence)[0]! : null;
  const directness = seed.chain.length === 0 ? "unattributed" : seed.chain.length === 1 ? "direct" : "indirect";
  const primaryRecord = seed.record === "none" ? "not_available" : seed.record === "own" ? "available" : "unknown";
  const chainText = best ? [...best.path.map((id) => NAME_OF.get(id)), "this article"].join(" → ") : "";
  return {
    claimId,
    directness,
    origins: seed.chain[0] ? [seed.chain[0]] : [],
    paths,
    hopsToOrigin: best ? Math.min(...paths.map((p) => p.length)) : null,
    independentPaths: paths.length === 0 ? 0 : 1,
    primaryRecord,
    confidence: best ? Math.round(best.score * 1000) / 1000 : 0,
    weakestLink: weakest
      ? {
          hopId: weakest.id,
          fromName: NAME_OF.get(weakest.from)!,
          toName: weakest.to ? NAME_OF.get(weakest.to)! : null,
          confidence: weakest.confidence,
          reason: weakest.firstHand
            ? "lowest attribution confidence on the strongest path"
            : "second-hand: the receiver did not hear the teller",
        }
      : null,
    summary:
      directness === "unattributed"
        ? "The article states this without naming a source."
        : `${directness === "direct" ? "Direct" : "Indirect"}: ${chainText}.${primaryRecord === "not_available" ? ` No primary record (${NO_RECORDING}).` : ""}${paths.length > 1 ? " Two outlets, but both report the same unrecorded conversation: not independent." : ""}`,
  };
}

function buildClaim(seed: SeedClaim, index: number): ReportClaim {
  const id = `c1000000-0000-4000-8000-0000000000${String(index + 1).padStart(2, "0")}`;
  const hops = buildHops(id, seed);
  const speakerId = seed.chain[0] ?? null;
  const used = new Set(hops.flatMap((hop) => [hop.from, hop.to]));
  const graph: ClaimGraph = {
    claimId: id,
    speakerId,
    primaryRecord: seed.record === "none" ? "NOT_AVAILABLE" : seed.record === "own" ? "AVAILABLE" : "UNKNOWN",
    primaryRecordNote: seed.record === "none" ? NO_RECORDING : null,
    sources: SEED_SOURCES.filter((source) => used.has(source.id)).map(({ id: sid, name, type, standing }) => ({
      id: sid,
      name,
      type,
      standing,
    })),
    hops: hops.map(({ detail: _detail, ...hop }) => hop),
  };
  return {
    id,
    articleId: ARTICLE_ID,
    quote: seed.quote,
    kind: seed.kind,
    status: seed.corroborated ? "CORROBORATED" : "ASSERTED",
    stance: "ASSERTS",
    publishedAt: SEED_PUBLISHED_AT,
    speakerName: speakerId ? NAME_OF.get(speakerId)! : null,
    cue: seed.cue,
    publicUrl: `https://claimtrail.example.org/w/desk/claims/${id}`,
    graph,
    hops: hops.map((hop) => hop.detail),
    provenance: deriveProvenance(id, seed, graph.hops),
  };
}

/** When the seed claims' sourcing was published, as a newsroom's review would record it. */
const SEED_PUBLISHED_AT = "2025-03-16T18:00:00.000Z";

export function buildSeedReport(): SourcingReport {
  return SourcingReport.parse({
    generatedAt: "2025-03-17T10:30:00.000Z",
    workspace: { name: "Europe Desk", slug: "europe-desk", url: "https://claimtrail.example.org/w/europe-desk" },
    scope: { kind: "article", label: "Macron on a coalition-of-the-willing support force" },
    articles: [
      {
        id: ARTICLE_ID,
        slug: "macron-coalition-support-force",
        title: "Macron on a coalition-of-the-willing support force for Ukraine (seed article)",
        publisher: "Europe Desk",
        url: null,
        publishedAt: "2025-03-16T08:00:00.000Z",
        language: "en",
        publicUrl: "https://claimtrail.example.org/p/macron-coalition-support-force",
      },
    ],
    sources: SEED_SOURCES,
    claims: SEED_CLAIMS.map(buildClaim),
  });
}

type ExtraHop = {
  from: string;
  to: string | null;
  relation: HopRelation;
  evidenceUrl?: string;
  evidenceArchiveUrl?: string;
  evidenceCapturedAt?: string;
  occurredAt?: string;
  /** First-hand unless said otherwise. */
  firstHand?: boolean;
};

/** Adds `source` to a claim of `report` (in place) with the hops given; provenance is left as is. */
export function attachSource(
  report: SourcingReport,
  claimIndex: number,
  source: ReportSource,
  hops: ExtraHop[],
): ReportClaim {
  const claim = report.claims[claimIndex]!;
  if (!report.sources.some((known) => known.id === source.id)) report.sources.push(source);
  if (!claim.graph.sources.some((known) => known.id === source.id)) {
    claim.graph.sources.push({ id: source.id, name: source.name, type: source.type, standing: source.standing });
  }
  const nameOf = (id: string | null) =>
    id === null ? null : (report.sources.find((known) => known.id === id)?.name ?? id);
  for (const extra of hops) {
    const id = `${claim.id}-x${claim.hops.length + 1}`;
    claim.graph.hops.push({
      id,
      from: extra.from,
      to: extra.to,
      relation: extra.relation,
      firstHand: extra.firstHand ?? true,
      confidence: 0.8,
      standing: "ACTIVE",
    });
    claim.hops.push({
      id,
      fromName: nameOf(extra.from)!,
      toName: nameOf(extra.to),
      relation: extra.relation,
      firstHand: extra.firstHand ?? true,
      confidence: 0.8,
      evidenceUrl: extra.evidenceUrl ?? null,
      evidenceArchiveUrl: extra.evidenceArchiveUrl ?? null,
      ...(extra.evidenceCapturedAt ? { evidenceCapturedAt: extra.evidenceCapturedAt } : {}),
      evidenceQuote: null,
      evidenceNote: null,
      occurredAt: extra.occurredAt ?? null,
    });
  }
  return claim;
}
