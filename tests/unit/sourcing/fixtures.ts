// One article with three claims, built by hand as the sourcing procedures would return it.
import type { SourceRef } from "@/lib/articles/schemas";
import type { ArticleSourcing } from "@/lib/sourcing/schemas";
import { makeClaimSourcing } from "./build-sourcing";

export const body = [
  "Macron’s office noted on Sunday that no recording was available of the president’s dialogue with journalists from regional French newspapers.",
  "As reported by La Dépêche du Midi and Le Parisien, participating nations could send several thousand troops each to “key points” within Ukraine.",
  "The call included approximately 30 leaders, according to Zoë Ngata of Reuters.",
].join("\n");

export const source = {
  macron: { id: "0b9f4c1e-macron", name: "Emmanuel Macron", type: "PERSON" },
  journalists: { id: "1c2d-journalists", name: "journalists from regional French newspapers", type: "GROUP" },
  depeche: { id: "2e3f-depeche", name: "La Dépêche du Midi", type: "OUTLET" },
  parisien: { id: "3a4b-parisien", name: "Le Parisien", type: "OUTLET" },
  office: { id: "4c5d-office", name: "Macron's office (Élysée)", type: "ORGANIZATION" },
  reuters: { id: "5e6f-reuters", name: "Reuters", type: "OUTLET" },
  starmer: { id: "6a7b-starmer", name: "Keir Starmer", type: "PERSON" },
} satisfies Record<string, SourceRef>;
const sources: SourceRef[] = Object.values(source);

/** Macron → journalists → La Dépêche du Midi and Le Parisien → the article, second-hand; no recording per his office. */
export const troops = makeClaimSourcing({
  id: "claim-troops",
  body,
  quote: "participating nations could send several thousand troops each to “key points” within Ukraine",
  kind: "PARAPHRASE",
  status: "CORROBORATED",
  speakerId: source.macron.id,
  sources,
  hops: [
    { from: source.macron.id, to: source.journalists.id, relation: "SAID_TO", firstHand: true, confidence: 0.9 },
    { from: source.journalists.id, to: source.depeche.id, relation: "REPORTED_BY", firstHand: true, confidence: 0.9 },
    { from: source.journalists.id, to: source.parisien.id, relation: "REPORTED_BY", firstHand: true, confidence: 0.9 },
    { from: source.depeche.id, to: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
    { from: source.parisien.id, to: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
  ],
  namedSources: [
    { id: source.depeche.id, mentionedAs: "La Dépêche du Midi" },
    { id: source.parisien.id, mentionedAs: "Le Parisien" },
  ],
  primaryRecord: "NOT_AVAILABLE",
  primaryRecordNote: "not available (no recording, per Macron's office)",
  primaryRecordSourceId: source.office.id,
  cue: "As reported by La Dépêche du Midi and Le Parisien",
  note: "two outlets, one unrecorded conversation",
});

/** Macron's office said it to the article itself. */
export const noRecording = makeClaimSourcing({
  id: "claim-no-recording",
  body,
  quote: "no recording was available of the president’s dialogue with journalists from regional French newspapers",
  kind: "PARAPHRASE",
  speakerId: source.office.id,
  sources,
  hops: [{ from: source.office.id, to: null, relation: "PARAPHRASED_BY", firstHand: true, confidence: 0.9 }],
  namedSources: [{ id: source.office.id, mentionedAs: "Macron’s office" }],
  primaryRecord: "AVAILABLE",
  primaryRecordNote: "the office's own statement",
  cue: "Macron’s office noted on Sunday that",
});

/** Stated by the article; Reuters is only mentioned. */
export const leaders = makeClaimSourcing({
  id: "claim-leaders",
  body,
  quote: "The call included approximately 30 leaders",
  kind: "UNATTRIBUTED",
  speakerId: null,
  sources,
  hops: [],
  namedSources: [{ id: source.reuters.id, mentionedAs: null }],
});

export const article: ArticleSourcing = {
  article: {
    id: "article-1",
    workspaceId: "workspace-1",
    slug: "macron-coalition-of-the-willing",
    title: "Macron on a “coalition of the willing” for Ukraine",
    publisher: "Le Petit Journal",
    url: "https://example.org/macron-coalition",
    publishedAt: "2025-03-16T09:30:00+01:00",
    language: "en",
    status: "PUBLISHED",
    version: 3,
    body,
  },
  sources: sources.map((ref) => ({ ...ref, url: null, publicNote: null, standing: "ACTIVE" })),
  claims: [noRecording, troops, leaders],
};
