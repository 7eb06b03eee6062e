// The mail an invited address receives, carrying the invitation's secret link (the only way to
// answer it: server/services/workspaces/invitation-links.ts). It reads the same whether the
// address has an account or not (the owner who invites learns nothing from it, and neither would
// anyone reading the outbox's timing): open the link, sign in with this address or create an
// account with it, then accept or decline there.
import type { Role } from "@/lib/vocabulary";
import type { OutgoingMail } from "./outbox";

const ROLE_WORDS: Record<Role, string> = { OWNER: "an owner", EDITOR: "an editor", VIEWER: "a viewer" };

/**
 * `link`: the invitation's page, absolute when PUBLIC_URL is set or the server was reached on a
 * loopback address, else a path ("/invitations/…")
 * to open on the newsroom's Claimtrail. `expiresAt`: when the link stops working.
 */
export function invitationMail(input: {
  to: string;
  workspaceName: string;
  role: Role;
  invitedBy: string | null;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const who = input.invitedBy ? `${input.invitedBy} invited you` : "You are invited";
  const open = input.link.startsWith("/")
    ? `Open this address on your newsroom's Claimtrail: ${input.link}`
    : `Open this link: ${input.link}`;
  return {
    to: input.to,
    subject: `Invitation to ${input.workspaceName} on Claimtrail`,
    text: [
      `${who} to join ${input.workspaceName} on Claimtrail as ${ROLE_WORDS[input.role]}.`,
      "",
      open,
      "",
      `Sign in there with this address (or create an account with it), then accept or decline. The link works once, until ${input.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC; keep it to yourself: it is your invitation.`,
      "Nothing happens until you accept. If you did not expect this, ignore this mail.",
    ].join("\n"),
  };
}
