// The seed article and its annotation, as the demo loader reads them.
import { readFileSync } from "node:fs";
import type { SourceHint } from "@/lib/annotation/annotation-file";

const seedFile = (name: string) => readFileSync(new URL(`../../../prisma/seed/${name}`, import.meta.url), "utf8");

export const seedAnnotation = JSON.parse(seedFile("annotation.json")) as {
  title: string;
  url: string | null;
  claims: Array<Record<string, unknown> & { quote_or_paraphrase: string; chain: string[] }>;
};
/** The demo manifest's sources: the types the seed records (the annotation file gives none). */
export const seedSources = (JSON.parse(seedFile("demo.json")) as { sources: SourceHint[] }).sources;
export const seedBody = seedFile("article.txt").replace(/\n+$/, "");
