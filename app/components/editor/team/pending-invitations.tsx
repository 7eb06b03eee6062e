"use client";
// Invitations not yet answered, on the settings page; owners may withdraw one. An invitation whose
// link expired (or that was made before invitations had links) can no longer be accepted: the
// owner invites the address again, which mails a new link.
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

type PendingInvitation = { id: string; email: string; role: string; invitedBy: string | null; linkWorks: boolean };

type Props = { invitations: PendingInvitation[]; canManage: boolean };

export function PendingInvitations({ invitations, canManage }: Props) {
  const trpc = useTRPC();
  const withdrawing = useWrite(trpc.workspaces.withdrawInvitation.mutationOptions());
  if (invitations.length === 0) return <p className="meta">No invitations waiting for an answer.</p>;
  return (
    <div>
      <ul className="plain-list" aria-label="Invitations waiting for an answer">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            {invitation.email} <span className="meta">· {invitation.role.toLowerCase()}</span>
            {invitation.invitedBy ? <span className="meta"> · invited by {invitation.invitedBy}</span> : null}
            {invitation.linkWorks ? null : (
              <span className="meta"> · link expired: invite again to mail a new one</span>
            )}{" "}
            {canManage ? (
              <button
                type="button"
                className="link-button danger"
                aria-label={`Withdraw the invitation of ${invitation.email}`}
                disabled={withdrawing.pending}
                onClick={() => void withdrawing.run({ invitationId: invitation.id })}
              >
                withdraw
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <WriteProblem problem={withdrawing.problem} />
    </div>
  );
}
