import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import { describe, expect, it } from "vitest";
import { loadSchemaOrgContext } from "@/lib/export/contexts/schema-org-context";
import { buildClaimJsonLd, formatClaimReview, toJsonLdScript } from "@/lib/export/format-claim-review";
import { buildProvJsonLd, formatProvJsonLd, formatProvTurtle } from "@/lib/export/format-prov";
import { iriFor } from "@/lib/export/prov-graph";
import { buildSeedReport } from "@/tests/support/report-fixture";

const SCHEMA = "http://schema.org/";
const PROV = "http://www.w3.org/ns/prov#";
const CT = "https://claimtrail.org/ns#";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
// jsonld's types want the callback form; ours is the promise form jsonld 9 uses.
const documentLoader = loadSchemaOrgContext as unknown as NonNullable<jsonld.Options.Expand["documentLoader"]>;

type Node = Record<string, Array<Record<string, unknown>> | string[] | string>;
const first = (node: Node, property: string) => (node[property] as Array<Record<string, unknown>>)[0]!;

describe("ClaimReview and Claim JSON-LD", () => {
  const isIri = (value: string) => URL.canParse(value) && value.split("#").length <= 2;

  it("reviews only claims the newsroom gave a verdict, rating the verdict and explaining the sourcing", async () => {
    const report = buildSeedReport();
    const expanded = (await jsonld.expand(JSON.parse(formatClaimReview(report)), { documentLoader })) as Node[];
    const typeOf = (node: Node) => (node["@type"] as string[])[0];
    const reviews = expanded.filter((node) => typeOf(node) === `${SCHEMA}ClaimReview`);
    const claims = expanded.filter((node) => typeOf(node) === `${SCHEMA}Claim`);
    const verdicts = report.claims.filter((claim) => claim.status !== "ASSERTED");
    expect(verdicts.length).toBeGreaterThan(0);
    expect(reviews).toHaveLength(verdicts.length);
    expect(claims).toHaveLength(report.claims.length - verdicts.length);
    for (const node of expanded) expect(isIri(node["@id"] as unknown as string), String(node["@id"])).toBe(true);

    const troops = reviews.find((node) =>
      String(first(node, `${SCHEMA}claimReviewed`)["@value"]).includes("participating nations"),
    )!;
    expect(first(troops, `${SCHEMA}claimReviewed`)["@value"]).toBe(
      `Emmanuel Macron said that ${report.claims[3]!.quote}.`,
    );
    const claim = first(troops, `${SCHEMA}itemReviewed`) as Node;
    expect(claim["@type"]).toEqual([`${SCHEMA}Claim`]);
    const speaker = first(claim, `${SCHEMA}author`) as Node;
    expect(speaker["@type"]).toEqual([`${SCHEMA}Person`]);
    expect(first(speaker, `${SCHEMA}name`)["@value"]).toBe("Emmanuel Macron");
    const appearances = claim[`${SCHEMA}appearance`] as Node[];
    expect(first(appearances[0]!, `${SCHEMA}url`)["@id"]).toBe(report.articles[0]!.publicUrl);
    const outlets = appearances
      .slice(1)
      .map((work) => first(first(work, `${SCHEMA}publisher`) as Node, `${SCHEMA}name`));
    expect(outlets.map((name) => name["@value"]).sort()).toEqual(["La Dépêche du Midi", "Le Parisien"]);
    const rating = first(troops, `${SCHEMA}reviewRating`) as Node;
    expect(rating[`${SCHEMA}ratingValue`]).toBeUndefined();
    expect(first(rating, `${SCHEMA}alternateName`)["@value"]).toBe("Corroborated");
    expect(first(rating, `${SCHEMA}ratingExplanation`)["@value"]).toBe(report.claims[3]!.provenance.summary);
    // When the newsroom published the verdict, not when the file was made.
    expect(first(troops, `${SCHEMA}datePublished`)).toEqual({
      "@value": report.claims[3]!.publishedAt,
      "@type": `${SCHEMA}Date`,
    });
    expect(JSON.stringify(expanded)).not.toContain(report.generatedAt);

    const office = claims.find((node) => String(first(node, `${SCHEMA}text`)["@value"]).includes("no recording"))!;
    expect(office[`${SCHEMA}reviewRating`]).toBeUndefined();
    expect((first(office, `${SCHEMA}author`) as Node)["@type"]).toEqual([`${SCHEMA}Organization`]);
    expect(first(office, `${SCHEMA}description`)["@value"]).toBe(report.claims[2]!.provenance.summary);
  });

  it("reviews a denial as a denial, never as the denier's assertion rated 4/5 (issue 11, example 2)", () => {
    const report = buildSeedReport();
    const claim = report.claims[0]!;
    Object.assign(claim, {
      quote: "any crane had been operated unsafely",
      kind: "PARAPHRASE",
      status: "DENIED",
      stance: "DENIES",
      speakerName: "Meridian",
    });
    const [review] = buildClaimJsonLd({ ...report, claims: [claim] })["@graph"] as unknown as Array<
      Record<string, unknown>
    >;
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: "Meridian denied that any crane had been operated unsafely.",
      reviewRating: { "@type": "Rating", alternateName: "Denied" },
    });
    expect(JSON.stringify(review)).not.toMatch(/ratingValue|Direct: attributed|"any crane had been operated unsafely"/);
  });

  it("refuses to fetch other contexts, and embeds safely in a script element", async () => {
    await expect(loadSchemaOrgContext("https://example.org/context.jsonld")).rejects.toThrow(/No local copy/);
    const report = buildSeedReport();
    report.claims[0]!.quote = "</script><script>alert(1)</script>";
    const script = toJsonLdScript(buildClaimJsonLd(report));
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script)["@graph"][0].text).toContain("</script><script>alert(1)</script>");
  });
});

describe("PROV-O export", () => {
  const report = buildSeedReport();
  const quads: Quad[] = new Parser().parse(formatProvTurtle(report));
  const has = (s: string, p: string, o: string) =>
    quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
  const objects = (s: string, p: string) =>
    quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
  const troops = report.claims[3]!;
  const troopsIri = iriFor.claim(troops.id);

  it("types the claim, the sources and the article", () => {
    expect(has(troopsIri, RDF_TYPE, `${PROV}Entity`)).toBe(true);
    expect(has(iriFor.source("s-macron"), RDF_TYPE, `${PROV}Person`)).toBe(true);
    expect(has(iriFor.source("s-depeche"), RDF_TYPE, `${PROV}Organization`)).toBe(true);
    expect(has(iriFor.source("s-journalists"), RDF_TYPE, `${PROV}Agent`)).toBe(true);
    expect(has(troopsIri, "http://purl.org/dc/terms/isPartOf", iriFor.article(troops.articleId))).toBe(true);
    expect(has(iriFor.article(troops.articleId), RDF_TYPE, `${PROV}Entity`)).toBe(true);
  });

  it("attributes the troops claim to Macron and derives it via both outlets", () => {
    expect(has(troopsIri, `${PROV}wasAttributedTo`, iriFor.source("s-macron"))).toBe(true);
    const derivations = objects(troopsIri, `${PROV}qualifiedDerivation`).map((term) => term.value);
    expect(derivations).toHaveLength(2);
    for (const derivation of derivations) {
      expect(has(derivation, RDF_TYPE, `${PROV}Derivation`)).toBe(true);
      expect(objects(derivation, `${PROV}hadActivity`)).toHaveLength(1);
    }
    const via = derivations.flatMap((derivation) => objects(derivation, `${PROV}entity`).map((term) => term.value));
    expect(via.sort()).toEqual([iriFor.heldBy(troops.id, "s-depeche"), iriFor.heldBy(troops.id, "s-parisien")]);
    expect(has(troopsIri, `${PROV}wasDerivedFrom`, iriFor.heldBy(troops.id, "s-parisien"))).toBe(true);
    expect(
      has(iriFor.heldBy(troops.id, "s-journalists"), `${PROV}wasDerivedFrom`, iriFor.heldBy(troops.id, "s-macron")),
    ).toBe(true);
    const [confidence] = objects(derivations[0]!, `${CT}confidence`);
    expect(confidence).toMatchObject({ termType: "Literal", value: "0.900", datatype: { value: `${XSD}decimal` } });
    expect(objects(derivations[0]!, `${CT}firstHand`)[0]).toMatchObject({
      value: "true",
      datatype: { value: `${XSD}boolean` },
    });
    expect(objects(troopsIri, `${CT}independentPaths`)[0]).toMatchObject({
      value: "1",
      datatype: { value: `${XSD}integer` },
    });
  });

  it("marks direct quotes as quotations", () => {
    const quote = report.claims[8]!;
    const iri = iriFor.claim(quote.id);
    expect(has(iri, `${PROV}wasQuotedFrom`, iriFor.heldBy(quote.id, "s-parisien"))).toBe(true);
    expect(has(troopsIri, `${PROV}wasQuotedFrom`, iriFor.heldBy(troops.id, "s-parisien"))).toBe(false);
  });

  it("percent-encodes characters Turtle forbids in addresses, and gives web addresses as xsd:anyURI", () => {
    const hostile = buildSeedReport();
    hostile.sources[2]!.url = "https://example.org/a|b^c{d}`e\\f?q=1&r=<2>";
    hostile.claims[3]!.hops[2]!.evidenceUrl = "https://example.org/report|2025^03/";
    const parsed = new Parser().parse(formatProvTurtle(hostile));
    const seeAlso = parsed.find(
      (q) => q.subject.value === iriFor.source("s-depeche") && q.predicate.value.endsWith("#seeAlso"),
    )!;
    expect(seeAlso.object).toMatchObject({ termType: "Literal", datatype: { value: `${XSD}anyURI` } });
    expect(seeAlso.object.value).toBe("https://example.org/a%7Cb%5Ec%7Bd%7D%60e/f?q=1&r=%3C2%3E");
    const evidence = parsed.filter((q) => q.predicate.value === `${CT}evidence`).map((q) => q.object.value);
    expect(evidence).toContain("https://example.org/report%7C2025%5E03/");
  });

  it("says the same in JSON-LD as in Turtle", async () => {
    const nquads = (await jsonld.toRDF(JSON.parse(formatProvJsonLd(report)), {
      format: "application/n-quads",
    })) as unknown as string;
    const fromJsonLd = new Parser({ format: "N-Quads" }).parse(nquads);
    const key = (q: Quad) =>
      `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}:${q.object.termType === "Literal" ? q.object.datatype.value : ""}`;
    expect(new Set(fromJsonLd.map(key))).toEqual(new Set(quads.map(key)));
    expect(fromJsonLd.length).toBe(quads.length);
    const expanded = await jsonld.expand(buildProvJsonLd(report) as unknown as jsonld.JsonLdDocument);
    expect(expanded.length).toBeGreaterThan(15);
  });
});
