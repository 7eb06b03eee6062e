// The secret link of an invitation (issue 13): `/invitations/<token>`, mailed only to the invited
// address. The token is 32 random bytes in base64url (43 characters); the server keeps only its
// SHA-256 (server/services/workspaces/invitation-links.ts).
import { z } from "zod";

/** An invitation link's token as typed or pasted: 43 base64url characters, else a 400 naming it. */
export const InvitationToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "this is not an invitation link: copy the whole link from the mail");

export const InvitationTokenInput = z.object({ token: InvitationToken });

export const AnswerInvitationInput = z.object({ token: InvitationToken, accept: z.boolean() });
export type AnswerInvitationInput = z.infer<typeof AnswerInvitationInput>;

/** The page of an invitation: `/invitations/<token>` (a path; the mail prefixes PUBLIC_URL). */
export function invitationPath(token: string): string {
  return `/invitations/${token}`;
}
