// A limit on what one anonymous client may read through the API (issue 13: nothing stopped one
// client from asking for every article, claim and export as fast as it could). Signed-in people
// are not counted here: their reads are bounded by their workspaces. The default, 600 reads a
// minute from one address, is far beyond what a person reading pages asks for, even behind a
// newsroom's shared address; scripts reading more set CLAIMTRAIL_PUBLIC_READS_PER_MINUTE.
import type { Db } from "@/server/database/open-database";
import { limiterOf, rateLimited, takePoints, waitWords } from "./limiter-store";

/**
 * Counts `reads` anonymous reads from `client` against `perMinute` (0: no limit; no address:
 * not an HTTP request, not counted).
 * @throws AppError RATE_LIMITED past the limit, saying how many reads a minute are allowed and when to try again.
 */
export async function countPublicRead(db: Db, client: string | null, perMinute: number, reads = 1): Promise<void> {
  if (!client || perMinute === 0) return;
  const refusal = await takePoints(
    limiterOf(db, { name: "public-reads", points: perMinute, seconds: 60 }),
    client,
    reads,
  );
  if (refusal)
    throw rateLimited(
      `too many reads from your address (at most ${perMinute} a minute without signing in); try again in ${waitWords(refusal.msBeforeNext)}`,
      refusal.msBeforeNext,
    );
}
