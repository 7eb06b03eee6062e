// W3C PROV-O of each claim's chain, as Turtle and as JSON-LD (statements built in prov-graph.ts).
import { type Quad, Writer } from "n3";
import { buildProvQuads, PROV_PREFIXES } from "./prov-graph";
import type { SourcingReport } from "./sourcing-report";

const XSD_STRING = `${PROV_PREFIXES.xsd}string`;
const RDF_TYPE = `${PROV_PREFIXES.rdf}type`;

const TURTLE_HEADER = [
  "# Claimtrail sourcing report as W3C PROV-O (https://www.w3.org/TR/prov-o/).",
  "# ct: is Claimtrail's extension namespace; ct:confidence is the attribution confidence (0..1),",
  "# ct:firstHand whether the receiver heard or read the teller directly.",
].join("\n");

export function formatProvTurtle(report: SourcingReport): string {
  const writer = new Writer({ prefixes: { ...PROV_PREFIXES } });
  writer.addQuads(buildProvQuads(report));
  let turtle = "";
  // n3's Writer calls back synchronously when it writes to a string rather than a stream.
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  return `${TURTLE_HEADER}\n${turtle}`;
}

function compactIri(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PROV_PREFIXES)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}

type JsonLdValue = string | { "@id": string } | { "@value": string; "@type": string };
type JsonLdNode = { "@id": string; "@type"?: string[] } & {
  [property: string]: JsonLdValue[] | string | string[] | undefined;
};

function toJsonLdValue(object: Quad["object"]): JsonLdValue {
  if (object.termType !== "Literal") return { "@id": object.value };
  if (object.datatype.value === XSD_STRING) return object.value;
  return { "@value": object.value, "@type": compactIri(object.datatype.value) };
}

/** The PROV statements as a JSON-LD object; the context is inline, so no loader is needed. */
export function buildProvJsonLd(report: SourcingReport): {
  "@context": Record<string, string>;
  "@graph": JsonLdNode[];
} {
  const nodes = new Map<string, JsonLdNode>();
  for (const statement of buildProvQuads(report)) {
    const subject = statement.subject.value;
    const node = nodes.get(subject) ?? { "@id": subject };
    nodes.set(subject, node);
    if (statement.predicate.value === RDF_TYPE) {
      node["@type"] = [...(node["@type"] ?? []), compactIri(statement.object.value)];
      continue;
    }
    const property = compactIri(statement.predicate.value);
    const values = (node[property] as JsonLdValue[] | undefined) ?? [];
    values.push(toJsonLdValue(statement.object));
    node[property] = values;
  }
  return { "@context": { ...PROV_PREFIXES }, "@graph": [...nodes.values()] };
}

export function formatProvJsonLd(report: SourcingReport): string {
  return `${JSON.stringify(buildProvJsonLd(report), null, 2)}\n`;
}
