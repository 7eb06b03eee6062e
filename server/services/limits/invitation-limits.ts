// Limits on invitation mail (issue 13): each invitation mails its address, so without a limit one
// account could send any number of mails, in words of its choosing (the workspace's name), to any
// address, through the newsroom's mail server. Both counts are per hour: 30 invitations from one
// inviting person, 5 to one address from one workspace (the inviter limit caps how many workspaces one person
// can send from). The refusal names only the limit it
// hit, the same whether or not the address has an account.
import type { Db } from "@/server/database/open-database";
import { limiterOf, rateLimited, takePoints, waitWords } from "./limiter-store";

const PER_INVITER = { name: "invitations-by-inviter", points: 30, seconds: 3600 };
const PER_ADDRESS = { name: "invitations-to-address", points: 5, seconds: 3600 };

/**
 * Counts one invitation mail from `inviterId` to `email` for `workspaceId`.
 * @throws AppError RATE_LIMITED past 30 an hour from one person or 5 an hour to one address from one workspace.
 */
export async function countInvitationMail(
  db: Db,
  inviterId: string,
  workspaceId: string,
  email: string,
): Promise<void> {
  const byInviter = await takePoints(limiterOf(db, PER_INVITER), inviterId);
  if (byInviter)
    throw rateLimited(
      `too many invitations sent (at most ${PER_INVITER.points} an hour); try again in ${waitWords(byInviter.msBeforeNext)}`,
      byInviter.msBeforeNext,
    );
  const toAddress = await takePoints(limiterOf(db, PER_ADDRESS), `${workspaceId}:${email.toLowerCase()}`);
  if (toAddress)
    throw rateLimited(
      `this address was invited to this workspace ${PER_ADDRESS.points} times in the last hour; try again in ${waitWords(toAddress.msBeforeNext)}`,
      toAddress.msBeforeNext,
    );
}
