// The mail an invited address receives. It reads the same whether the address has an account
// or not (the owner who invites learns nothing from it, and neither would anyone reading the
// outbox's timing): sign in with it, or create an account with it, then accept under Workspaces.
import type { Role } from "@/lib/vocabulary";
import type { OutgoingMail } from "./outbox";

const ROLE_WORDS: Record<Role, string> = { OWNER: "an owner", EDITOR: "an editor", VIEWER: "a viewer" };

/** `baseUrl`: the app's public address (PUBLIC_URL), or null when it is not configured. */
export function invitationMail(input: {
  to: string;
  workspaceName: string;
  role: Role;
  invitedBy: string | null;
  baseUrl: string | null;
}): OutgoingMail {
  const where = input.baseUrl ? `${input.baseUrl}/workspaces` : "Workspaces in Claimtrail";
  const who = input.invitedBy ? `${input.invitedBy} invited you` : "You are invited";
  return {
    to: input.to,
    subject: `Invitation to ${input.workspaceName} on Claimtrail`,
    text: [
      `${who} to join ${input.workspaceName} on Claimtrail as ${ROLE_WORDS[input.role]}.`,
      "",
      `Sign in with this address (or create an account with it), then accept or decline at ${where}.`,
      "Nothing happens until you accept. If you did not expect this, ignore this mail.",
    ].join("\n"),
  };
}
