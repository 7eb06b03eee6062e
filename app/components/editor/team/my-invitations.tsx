"use client";
// Invitations addressed to the signed-in person, on their workspaces page: accepting makes them a
// member with the offered role and opens the workspace; declining drops the invitation.
import { useRouter } from "next/navigation";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

export type MyInvitation = { id: string; role: string; workspaceName: string; invitedBy: string | null };

export function MyInvitations({ invitations }: { invitations: MyInvitation[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const answering = useWrite(trpc.workspaces.answerInvitation.mutationOptions());
  if (invitations.length === 0) return null;

  async function answer(invitationId: string, accept: boolean) {
    const answered = await answering.run({ invitationId, accept });
    if (answered?.accepted) router.push(`/editor/${answered.workspaceSlug}`);
  }

  return (
    <section aria-label="Invitations">
      <h2>Invitations</h2>
      <ul className="plain-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} aria-label={`Invitation to ${invitation.workspaceName}`}>
            {invitation.invitedBy ?? "An owner"} invited you to <strong>{invitation.workspaceName}</strong> as{" "}
            {invitation.role.toLowerCase()}.{" "}
            <button type="button" disabled={answering.pending} onClick={() => void answer(invitation.id, true)}>
              Accept
            </button>{" "}
            <button
              type="button"
              className="link-button"
              disabled={answering.pending}
              onClick={() => void answer(invitation.id, false)}
            >
              Decline
            </button>
          </li>
        ))}
      </ul>
      <WriteProblem problem={answering.problem} />
    </section>
  );
}
