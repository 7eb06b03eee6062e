// W3C PROV-O of each claim's chain, as Turtle and as JSON-LD (statements built in prov-graph.ts),
// written article by article: Turtle's prefixes once, then each article's triples; JSON-LD's
// @graph node by node. A source shared by two articles is described in both sections: the
// repeated triples are the same triples (RDF merges them), and JSON-LD merges node objects that
// share an @id.
import { type Quad, Writer } from "n3";
import { closeJsonArray, indentJson, writeJsonItems } from "./json-pieces";
import { buildProvQuads, PROV_PREFIXES } from "./prov-graph";
import { formatInSections, type SectionedFormat } from "./report-sections";
import type { SourcingReport } from "./sourcing-report";

const XSD_STRING = `${PROV_PREFIXES.xsd}string`;
const RDF_TYPE = `${PROV_PREFIXES.rdf}type`;

const TURTLE_HEADER = [
  "# Claimtrail sourcing report as W3C PROV-O (https://www.w3.org/TR/prov-o/).",
  "# ct: is Claimtrail's extension namespace; ct:confidence is the attribution confidence (0..1),",
  "# ct:firstHand whether the receiver heard or read the teller directly.",
].join("\n");

function writeTurtle(quads: Quad[]): string {
  const writer = new Writer({ prefixes: { ...PROV_PREFIXES } });
  writer.addQuads(quads);
  let turtle = "";
  // n3's Writer calls back synchronously when it writes to a string rather than a stream.
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  return turtle;
}

// n3 writes the @prefix lines first: written once at the top, cut from each section.
const PREFIX_BLOCK = writeTurtle([]);

export const PROV_TURTLE_SECTIONS: SectionedFormat = {
  open: () => `${TURTLE_HEADER}\n${PREFIX_BLOCK}`,
  section(part) {
    const turtle = writeTurtle(buildProvQuads(part));
    if (!turtle.startsWith(PREFIX_BLOCK)) throw new Error("n3 no longer writes the prefixes first");
    return turtle.slice(PREFIX_BLOCK.length);
  },
  separator: "\n",
  close: () => "",
};

export function formatProvTurtle(report: SourcingReport): string {
  return formatInSections(PROV_TURTLE_SECTIONS, report);
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

/** The report's PROV statements as JSON-LD node objects, one per subject. */
function buildProvNodes(report: SourcingReport): JsonLdNode[] {
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
  return [...nodes.values()];
}

/** The PROV statements as a JSON-LD object; the context is inline, so no loader is needed. */
export function buildProvJsonLd(report: SourcingReport): {
  "@context": Record<string, string>;
  "@graph": JsonLdNode[];
} {
  return { "@context": { ...PROV_PREFIXES }, "@graph": buildProvNodes(report) };
}

export const PROV_JSON_LD_SECTIONS: SectionedFormat = {
  open: () => `{\n  "@context": ${indentJson(PROV_PREFIXES, 1)},\n  "@graph": [`,
  section: (part) => writeJsonItems(buildProvNodes(part), 1),
  separator: ",",
  close: (_head, wroteAny) => `${closeJsonArray(1, wroteAny)}\n}\n`,
};

export function formatProvJsonLd(report: SourcingReport): string {
  return formatInSections(PROV_JSON_LD_SECTIONS, report);
}
