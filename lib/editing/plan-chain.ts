// The chain builder's rule: a claim passes from its first source through steps of one or more
// sources (parallel outlets side by side) and, when the editor says so, on to this article. Each
// source of a step receives the claim from every source of the step before, so parallel outlets
// share where they heard it and where they passed it. Two neighbouring steps of several sources
// each would pair every outlet with every other, which nobody recorded: that is refused.
import { AppError } from "../errors";
import type { SourceType } from "../vocabulary";
import { defaultHop, type HopDefaults } from "./default-hop";

export type ChainSource = { id: string; name: string; type: SourceType };
export type ChainDraft = {
  /** Where the claim starts (the speaker, or the source an added stretch of chain leaves from). */
  start: ChainSource | null;
  /** Each step: the sources the claim passed through at that point, side by side. */
  steps: ChainSource[][];
  toArticle: boolean;
};
export type PlannedHop = HopDefaults & { key: string; from: ChainSource; to: ChainSource | null };

/**
 * Hops in chain order, with type-based defaults. Throws AppError INVALID when a source appears
 * twice or two neighbouring steps both hold several sources.
 */
export function planChain(draft: ChainDraft): PlannedHop[] {
  const layers: Array<Array<ChainSource | null>> = [
    ...(draft.start ? [[draft.start]] : []),
    ...draft.steps.filter((step) => step.length > 0),
  ];
  const seen = new Set<string>();
  for (const source of layers.flat())
    if (source && seen.has(source.id)) throw new AppError("INVALID", `${source.name} is in this chain already`);
    else if (source) seen.add(source.id);
  if (draft.toArticle) layers.push([null]);
  const hops: PlannedHop[] = [];
  for (let i = 1; i < layers.length; i++) {
    const senders = layers[i - 1]!;
    const receivers = layers[i]!;
    if (senders.length > 1 && receivers.length > 1)
      throw new AppError(
        "INVALID",
        `${names(senders)} and then ${names(receivers)} are both side by side: say which passed the claim to which by adding one step at a time`,
      );
    for (const from of senders)
      for (const to of receivers) {
        if (!from) continue;
        hops.push({ key: `${from.id}>${to?.id ?? "article"}`, from, to, ...defaultHop(from.type) });
      }
  }
  return hops;
}

function names(layer: Array<ChainSource | null>): string {
  return layer.map((source) => source?.name ?? "this article").join(" and ");
}
