// A report as W3C PROV-O statements. Each claim is an entity in its article; each source is an
// agent; "the claim as held by source X" is an entity of its own, so that every hop becomes a
// qualified derivation from the teller's version to the receiver's (or to the claim as printed).
// Web addresses (rdfs:seeAlso, ct:evidence, ct:evidenceArchive) are xsd:anyURI literals.
// Our judgements use a small extension namespace, ct: (https://claimtrail.org/ns#):
//   ct:confidence (xsd:decimal 0..1, on claims and derivations), ct:firstHand (xsd:boolean),
//   ct:relation (our hop relation, e.g. "QUOTED_BY"), ct:directness, ct:hopsToOrigin,
//   ct:independentPaths (xsd:integer), ct:primaryRecord, ct:kind, ct:status, ct:stance (ASSERTS or DENIES), ct:statement (the
//   claim as its speaker's statement: "Meridian denied that …"), ct:standing,
//   ct:sourceType, ct:summary, ct:evidence / ct:evidenceArchive (web addresses), ct:evidenceQuote, ct:evidenceNote.
import { DataFactory, type Quad, type Quad_Object } from "n3";
import type { SourceType } from "../vocabulary";
import { stateClaim } from "../words/claim-statement";
import type { ReportArticle, ReportClaim, ReportSource, SourcingReport } from "./sourcing-report";

const { namedNode, literal, quad } = DataFactory;

export const PROV_PREFIXES = {
  prov: "http://www.w3.org/ns/prov#",
  ct: "https://claimtrail.org/ns#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  dcterms: "http://purl.org/dc/terms/",
} as const;

type Prefix = keyof typeof PROV_PREFIXES;
const term = (curie: `${Prefix}:${string}`) => {
  const [prefix, local] = curie.split(":") as [Prefix, string];
  return namedNode(PROV_PREFIXES[prefix] + local);
};
const A = term("rdf:type");
const decimal = (value: number) => literal(value.toFixed(3), term("xsd:decimal"));
const integer = (value: number) => literal(String(value), term("xsd:integer"));
const boolean = (value: boolean) => literal(String(value), term("xsd:boolean"));

export const iriFor = {
  article: (id: string) => `urn:claimtrail:article:${encodeURIComponent(id)}`,
  source: (id: string) => `urn:claimtrail:source:${encodeURIComponent(id)}`,
  claim: (id: string) => `urn:claimtrail:claim:${encodeURIComponent(id)}`,
  heldBy: (claimId: string, sourceId: string) => `${iriFor.claim(claimId)}:held-by:${encodeURIComponent(sourceId)}`,
  hop: (id: string) => `urn:claimtrail:hop:${encodeURIComponent(id)}`,
};

const AGENT_CLASSES: Partial<Record<SourceType, string>> = {
  PERSON: "prov:Person",
  ORGANIZATION: "prov:Organization",
  OUTLET: "prov:Organization",
};
// A record (statement, document, recording, dataset) is a thing as well as the agent that told.
const RECORD_TYPES: ReadonlySet<SourceType> = new Set(["OFFICIAL_STATEMENT", "DOCUMENT", "RECORDING", "DATASET"]);
// Confirming or denying a claim influences it without passing it on.
const NON_DERIVING: ReadonlySet<string> = new Set(["CONFIRMED_BY", "DENIED_BY"]);

// Turtle's IRIREF forbids these characters; WHATWG URL parsing already encodes controls and
// spaces but keeps "|", "^", "{", "}" and "`" raw in paths and queries.
const IRI_FORBIDDEN = /[<>"{}|^`\\]/g;

/** An IRI's text with every character Turtle forbids percent-encoded (UTF-8). */
function encodeIri(iri: string): string {
  return iri.replace(IRI_FORBIDDEN, (char) => encodeURIComponent(char));
}

/**
 * A web address (a source's page, evidence, an archived copy, a public page) as an
 * xsd:anyURI literal. Literal rather than IRI node: PROV readers such as the Python prov
 * package turn every IRI node into a qualified name and fail on one ending in "/".
 */
function toWebAddress(url: string | null | undefined) {
  if (!url) return null;
  try {
    return literal(encodeIri(new URL(url).href), term("xsd:anyURI"));
  } catch {
    return null;
  }
}

class QuadList {
  readonly quads: Quad[] = [];
  add(subject: string, predicate: ReturnType<typeof term>, object: Quad_Object | null | undefined): void {
    if (object) this.quads.push(quad(namedNode(subject), predicate, object));
  }
  text(subject: string, predicate: ReturnType<typeof term>, value: string | null | undefined): void {
    if (value) this.add(subject, predicate, literal(value));
  }
}

function addArticle(out: QuadList, article: ReportArticle): void {
  const iri = iriFor.article(article.id);
  out.add(iri, A, term("prov:Entity"));
  out.text(iri, term("dcterms:title"), article.title);
  out.text(iri, term("dcterms:publisher"), article.publisher);
  out.add(iri, term("rdfs:seeAlso"), toWebAddress(article.url));
  out.add(iri, term("rdfs:seeAlso"), toWebAddress(article.publicUrl));
}

function addSource(
  out: QuadList,
  source: Pick<ReportSource, "id" | "name" | "type" | "standing"> & { url?: string | null },
): void {
  const iri = iriFor.source(source.id);
  out.add(iri, A, term("prov:Agent"));
  const agentClass = AGENT_CLASSES[source.type];
  if (agentClass) out.add(iri, A, term(agentClass as `prov:${string}`));
  if (RECORD_TYPES.has(source.type)) out.add(iri, A, term("prov:Entity"));
  out.text(iri, term("rdfs:label"), source.name);
  // A type nobody recorded is left out rather than written as if it were one.
  if (source.type !== "UNKNOWN") out.text(iri, term("ct:sourceType"), source.type);
  out.text(iri, term("ct:standing"), source.standing);
  out.add(iri, term("rdfs:seeAlso"), toWebAddress(source.url));
}

function addClaim(out: QuadList, claim: ReportClaim): void {
  const iri = iriFor.claim(claim.id);
  const p = claim.provenance;
  out.add(iri, A, term("prov:Entity"));
  out.text(iri, term("prov:value"), claim.quote);
  out.add(iri, term("dcterms:isPartOf"), namedNode(iriFor.article(claim.articleId)));
  out.add(iri, term("rdfs:seeAlso"), toWebAddress(claim.publicUrl));
  if (claim.graph.speakerId)
    out.add(iri, term("prov:wasAttributedTo"), namedNode(iriFor.source(claim.graph.speakerId)));
  out.text(iri, term("ct:kind"), claim.kind);
  out.text(iri, term("ct:status"), claim.status);
  out.text(iri, term("ct:stance"), claim.stance);
  out.text(iri, term("ct:statement"), stateClaim(claim).text);
  out.text(iri, term("ct:directness"), p.directness);
  out.text(iri, term("ct:primaryRecord"), p.primaryRecord);
  if (p.hopsToOrigin !== null) out.add(iri, term("ct:hopsToOrigin"), integer(p.hopsToOrigin));
  out.add(iri, term("ct:independentPaths"), integer(p.independentPaths));
  out.add(iri, term("ct:confidence"), decimal(p.confidence));
  out.text(iri, term("ct:summary"), p.summary);
  for (const source of claim.graph.sources) {
    const held = iriFor.heldBy(claim.id, source.id);
    out.add(held, A, term("prov:Entity"));
    out.add(held, term("prov:specializationOf"), namedNode(iri));
    out.add(held, term("prov:wasAttributedTo"), namedNode(iriFor.source(source.id)));
  }
  const details = new Map(claim.hops.map((hop) => [hop.id, hop]));
  for (const hop of claim.graph.hops) {
    const detail = details.get(hop.id);
    const told = iriFor.heldBy(claim.id, hop.from);
    const received = hop.to ? iriFor.heldBy(claim.id, hop.to) : iri;
    const qualified = iriFor.hop(hop.id);
    const activity = `${qualified}:activity`;
    const derives = !NON_DERIVING.has(hop.relation);
    out.add(received, term(derives ? "prov:wasDerivedFrom" : "prov:wasInfluencedBy"), namedNode(told));
    if (hop.relation === "QUOTED_BY") out.add(received, term("prov:wasQuotedFrom"), namedNode(told));
    out.add(received, term(derives ? "prov:qualifiedDerivation" : "prov:qualifiedInfluence"), namedNode(qualified));
    out.add(qualified, A, term(derives ? "prov:Derivation" : "prov:Influence"));
    if (hop.relation === "QUOTED_BY") out.add(qualified, A, term("prov:Quotation"));
    out.add(qualified, term(derives ? "prov:entity" : "prov:influencer"), namedNode(told));
    out.add(qualified, term("prov:hadActivity"), namedNode(activity));
    out.text(qualified, term("ct:relation"), hop.relation);
    out.add(qualified, term("ct:confidence"), decimal(hop.confidence));
    out.add(qualified, term("ct:firstHand"), boolean(hop.firstHand));
    out.text(qualified, term("ct:standing"), hop.standing);
    out.add(qualified, term("ct:evidence"), toWebAddress(detail?.evidenceUrl));
    out.add(qualified, term("ct:evidenceArchive"), toWebAddress(detail?.evidenceArchiveUrl));
    out.text(qualified, term("ct:evidenceQuote"), detail?.evidenceQuote);
    out.text(qualified, term("ct:evidenceNote"), detail?.evidenceNote);
    out.add(activity, A, term("prov:Activity"));
    out.add(activity, term("prov:used"), namedNode(told));
    out.add(activity, term("prov:wasAssociatedWith"), namedNode(iriFor.source(hop.from)));
    if (hop.to) out.add(activity, term("prov:wasAssociatedWith"), namedNode(iriFor.source(hop.to)));
    if (detail?.occurredAt)
      out.add(activity, term("prov:endedAtTime"), literal(detail.occurredAt, term("xsd:dateTime")));
  }
}

export function buildProvQuads(report: SourcingReport): Quad[] {
  const out = new QuadList();
  const known = new Set(report.sources.map((source) => source.id));
  for (const article of report.articles) addArticle(out, article);
  for (const source of report.sources) addSource(out, source);
  for (const claim of report.claims) {
    for (const source of claim.graph.sources) {
      if (known.has(source.id)) continue;
      known.add(source.id);
      addSource(out, source);
    }
    addClaim(out, claim);
  }
  return out.quads;
}
