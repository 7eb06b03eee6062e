// A local copy of the part of schema.org's JSON-LD context that our ClaimReview export uses, so
// that JSON-LD processors (jsonld.expand, validators in tests) work offline: jsonld fetches
// "https://schema.org" over the network otherwise, and throws without one. Terms not listed here
// still expand through @vocab exactly as with the full context; only typed terms need an entry.
import { AppError } from "../../errors";

const SCHEMA_ORG_CONTEXT_URLS = [
  "https://schema.org",
  "https://schema.org/",
  "http://schema.org",
  "http://schema.org/",
  "https://schema.org/docs/jsonldcontext.jsonld",
] as const;

const SCHEMA_ORG_CONTEXT = {
  "@context": {
    type: "@type",
    id: "@id",
    "@vocab": "http://schema.org/",
    schema: "http://schema.org/",
    xsd: "http://www.w3.org/2001/XMLSchema#",
    url: { "@id": "schema:url", "@type": "@id" },
    sameAs: { "@id": "schema:sameAs", "@type": "@id" },
    datePublished: { "@id": "schema:datePublished", "@type": "schema:Date" },
    dateCreated: { "@id": "schema:dateCreated", "@type": "schema:Date" },
  },
} as const;

export type RemoteContextDocument = { contextUrl: null; documentUrl: string; document: unknown };

/** A jsonld `documentLoader` that serves schema.org's context locally and refuses the network. */
export async function loadSchemaOrgContext(url: string): Promise<RemoteContextDocument> {
  if ((SCHEMA_ORG_CONTEXT_URLS as readonly string[]).includes(url)) {
    return { contextUrl: null, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  }
  throw new AppError(
    "UNAVAILABLE",
    `No local copy of the JSON-LD document ${url}; exports resolve only schema.org offline.`,
  );
}
