// The receivers a per-claim list names (`first_hand`, `interviewed_by`): each must be a step of
// the chain after the first, never "this article", so a list can only describe hops the chain has.
import { normalizeSourceName } from "../sources/normalize-source-name";
import { THIS_ARTICLE } from "./annotation-file";

/** A step's names with what they resolve to; null is this article. */
export type ChainStep = ReadonlyArray<{ name: string } | null>;

const ARTICLE_REASON: Record<ReceiverField, string> = {
  first_hand: 'whether it heard the claim first-hand is "indirect"',
  interviewed_by: "the hop into it is how the article words the claim (quoted or paraphrased)",
};

export type ReceiverField = "first_hand" | "interviewed_by";

/**
 * The normalised names `names` lists. Throws Error (the caller names the claim) for "this
 * article" or a name that receives nothing in the chain.
 */
export function readReceivers(
  field: ReceiverField,
  names: readonly string[],
  steps: readonly ChainStep[],
): Set<string> {
  const receivers = new Set(
    steps
      .slice(1)
      .flat()
      .flatMap((entry) => (entry ? [normalizeSourceName(entry.name)] : [])),
  );
  const listed = new Set<string>();
  for (const name of names) {
    if (name.trim() === THIS_ARTICLE)
      throw new Error(`${field} cannot name "${THIS_ARTICLE}": ${ARTICLE_REASON[field]}`);
    const key = normalizeSourceName(name);
    if (!receivers.has(key)) {
      throw new Error(`${field} names "${name}", which receives nothing in the chain (name a step after the first)`);
    }
    listed.add(key);
  }
  return listed;
}
