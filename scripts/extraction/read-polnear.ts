// Reads a PolNeAR split (Newell, Margolin & Ruths, LREC 2018): each article's text and, from one
// annotator's brat standoff file, its attributions as character ranges of source, cue and
// content. Only for training and measuring; the corpus's texts never enter the repository.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Ranges = Array<[number, number]>;
export type GoldAttribution = { source: Ranges; cue: Ranges; content: Ranges };
export type PolnearArticle = { name: string; text: string; attributions: GoldAttribution[] };

function parseRanges(spec: string): Ranges {
  return spec.split(";").map((r) => {
    const [a, b] = r.trim().split(/\s+/).map(Number);
    return [a ?? 0, b ?? 0];
  });
}

function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; ranges: Ranges }>();
  const events: Array<Record<string, string[]>> = [];
  for (const line of ann.split("\n")) {
    const [id, mid] = line.split("\t");
    if (!id || !mid) continue;
    if (id.startsWith("T")) {
      const space = mid.indexOf(" ");
      spans.set(id, { type: mid.slice(0, space).toLowerCase(), ranges: parseRanges(mid.slice(space + 1)) });
    } else if (id.startsWith("E")) {
      const roles: Record<string, string[]> = {};
      for (const part of mid.trim().split(/\s+/)) {
        const [role, ref] = part.split(":");
        if (!role || !ref) continue;
        const key = role.replace(/\d+$/, "").toLowerCase();
        roles[key] = [...(roles[key] ?? []), ref];
      }
      events.push(roles);
    }
  }
  const rangesOf = (ids: string[] | undefined) => (ids ?? []).flatMap((id) => spans.get(id)?.ranges ?? []);
  return events
    .map((ev) => ({ source: rangesOf(ev.source), cue: rangesOf(ev.cue), content: rangesOf(ev.content) }))
    .filter((a) => a.content.length > 0);
}

/** Every article of a split that has a text and an annotation; the first annotator's file, as the scorer reads. */
export function readPolnearSplit(splitDir: string): PolnearArticle[] {
  const annDir = path.join(splitDir, "attributions");
  const textDir = path.join(splitDir, "text");
  const texts = new Set(readdirSync(textDir));
  const seen = new Set<string>();
  const out: PolnearArticle[] = [];
  for (const file of readdirSync(annDir).sort()) {
    if (!file.endsWith(".ann")) continue;
    const name = file.replace(/\.ann$/, "").replace(/_[0-9a-f]{4}$/, "");
    if (seen.has(name) || !texts.has(`${name}.txt`)) continue;
    seen.add(name);
    out.push({
      name,
      text: readFileSync(path.join(textDir, `${name}.txt`), "utf8"),
      attributions: parseBrat(readFileSync(path.join(annDir, file), "utf8")),
    });
  }
  return out;
}
