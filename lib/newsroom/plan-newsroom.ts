// A synthetic newsroom of a given number of claims (npm run gen, npm run bench): many articles
// of 10–60 claims, sources shared across articles, chains of 1–5 hops with parallel outlets,
// a few corrected or retracted sources, and some drafts. The same seed gives the same newsroom.
import { planSources, type SourcePool } from "./newsroom-sources";
import { planArticle, type SyntheticArticle } from "./plan-article";
import { seededRandom } from "./seeded-random";

export type NewsroomPlan = {
  sources: SourcePool;
  /** The articles, planned one at a time as they are written (memory stays flat). */
  articles(): Generator<SyntheticArticle>;
};

export function planNewsroom(options: { claims: number; seed?: number }): NewsroomPlan {
  const seed = options.seed ?? 1;
  const sources = planSources(options.claims, seededRandom(seed));
  return {
    sources,
    *articles() {
      const random = seededRandom(seed + 1);
      for (let planned = 0, index = 0; planned < options.claims; index++) {
        const size = Math.min(options.claims - planned, random.int(10, 60));
        planned += size;
        yield planArticle(index, size, sources, random);
      }
    },
  };
}
