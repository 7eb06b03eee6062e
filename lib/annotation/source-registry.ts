// Resolves the names an annotation uses to one source each. Annotators abbreviate ("La Dépêche"
// for "La Dépêche du Midi", "Macron's office" for "Macron's office (Élysée)"), so a name also
// matches a known source by its name without the parenthetical, or as a unique word-prefix.

import { guessSourceType } from "../sources/guess-source-type";
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
      type: hint?.type ?? guessSourceType(name),
      url: hint?.url ?? null,
      notes: hint?.notes ?? null,
    };
    this.byKey.set(key, source);
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
}
