// Resolves the names an annotation uses to one source each. Annotators abbreviate ("La Dépêche"
// for "La Dépêche du Midi", "Macron's office" for "Macron's office (Élysée)"), so a name also
// matches a known source by its name without the parenthetical, or as a unique word-prefix.
// A source's type is what the file gives (`sources[]`, or the caller's hints); a name the file
// does not type is UNKNOWN (not recorded), never a type read from its words: "an internal
// report" may be an outlet's story about a report, and a guessed DOCUMENT or RECORDING would make
// a first-hand chain through it direct (judge-directness.ts). The guess is only offered back to
// the editor, in the import's warnings (plan-import.ts).

import { normalizeSourceName, stripParenthetical } from "../sources/normalize-source-name";
import type { SourceType } from "../vocabulary";
import type { SourceHint } from "./annotation-file";

export type PlannedSource = {
  key: string;
  name: string;
  type: SourceType;
  url: string | null;
  notes: string | null;
};

export class SourceRegistry {
  private readonly byKey = new Map<string, PlannedSource>();
  private readonly hints = new Map<string, SourceHint>();
  private readonly untypedKeys = new Set<string>();

  constructor(hints: SourceHint[] = []) {
    for (const hint of hints) this.hints.set(normalizeSourceName(hint.name), hint);
  }

  /** Returns the source for a name, registering it when no known source matches. */
  resolve(name: string): PlannedSource {
    const known = this.find(name);
    if (known) return known;
    const key = normalizeSourceName(name);
    const hint = this.hints.get(key);
    const source: PlannedSource = {
      key,
      name: name.trim(),
      type: hint?.type ?? "UNKNOWN",
      url: hint?.url ?? null,
      notes: hint?.notes ?? null,
    };
    this.byKey.set(key, source);
    if (!hint) this.untypedKeys.add(key);
    return source;
  }

  find(name: string): PlannedSource | undefined {
    const key = normalizeSourceName(name);
    const exact = this.byKey.get(key);
    if (exact) return exact;
    const base = normalizeSourceName(stripParenthetical(name));
    const candidates = [...this.byKey.values()].filter(
      (source) => normalizeSourceName(stripParenthetical(source.name)) === base || source.key.startsWith(`${key} `),
    );
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** The longest known source name that the text mentions, if any. */
  findMentionedIn(text: string): PlannedSource | undefined {
    const haystack = ` ${normalizeSourceName(text)} `;
    let best: PlannedSource | undefined;
    let bestLength = 0;
    for (const source of this.byKey.values()) {
      for (const candidate of [source.key, normalizeSourceName(stripParenthetical(source.name))]) {
        if (candidate.length > bestLength && haystack.includes(` ${candidate} `)) {
          best = source;
          bestLength = candidate.length;
        }
      }
    }
    return best;
  }

  all(): PlannedSource[] {
    return [...this.byKey.values()];
  }

  /** The sources whose type neither the file nor a hint gave: UNKNOWN, whatever their names read like. */
  untyped(): PlannedSource[] {
    return this.all().filter((source) => this.untypedKeys.has(source.key));
  }
}
