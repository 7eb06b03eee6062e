// A workspace's settings: its team (owners invite by email with a role, change roles, remove
// members; docs/AUTH.md), the second-review rule (owners) and its own vocabularies, relation
// terms and claim tags (editors), so a newsroom adds its terms without code (docs/REVIEW.md).
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SecondReviewSwitch } from "@/app/components/editor/review/second-review-switch";
import { TermsManager } from "@/app/components/editor/review/terms-manager";
import { InviteMemberForm } from "@/app/components/editor/team/invite-member-form";
import { LeaveWorkspace } from "@/app/components/editor/team/leave-workspace";
import { PendingInvitations } from "@/app/components/editor/team/pending-invitations";
import { TeamMembers } from "@/app/components/editor/team/team-members";
import { getServerCaller } from "@/server/trpc/caller";
import "@/app/components/editor/review/review.css";

type Props = { params: Promise<{ workspace: string }> };

export const metadata: Metadata = { title: "Workspace settings" };

function notFoundOn(error: unknown): never {
  if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
  throw error;
}

export default async function WorkspaceSettingsPage({ params }: Props) {
  await connection();
  const { workspace: slug } = await params;
  const caller = await getServerCaller();
  const workspace = await caller.workspaces.bySlug({ slug }).catch(notFoundOn);
  const [settings, terms, team] = await Promise.all([
    caller.review.settings({ workspaceId: workspace.id }),
    caller.review.terms({ workspaceId: workspace.id }),
    caller.workspaces.team({ workspaceId: workspace.id }),
  ]);
  const canWrite = workspace.role !== "VIEWER";
  const isOwner = workspace.role === "OWNER";

  return (
    <main className="editor-main">
      <p className="meta">
        <Link href={`/editor/${workspace.slug}`}>{workspace.name}</Link> ·{" "}
        <Link href={`/editor/${workspace.slug}/review`}>review queue</Link>
      </p>
      <h1>Settings</h1>

      <section aria-label="Team">
        <h2>Team</h2>
        <TeamMembers
          workspaceId={workspace.id}
          members={team.members.map(({ userId, name, email, role }) => ({ userId, name, email, role }))}
          canManage={isOwner}
        />
        <h3>Invitations</h3>
        <PendingInvitations
          invitations={team.invitations.map(({ id, email, role, invitedBy, expiresAt }) => ({
            id,
            email,
            role,
            invitedBy,
            linkWorks: expiresAt !== null && expiresAt > new Date(),
          }))}
          canManage={isOwner}
        />
        {isOwner ? <InviteMemberForm workspaceId={workspace.id} /> : null}
        <LeaveWorkspace workspaceId={workspace.id} workspaceName={workspace.name} />
      </section>

      <section aria-label="Review">
        <h2>Review</h2>
        {isOwner ? (
          <SecondReviewSwitch workspaceId={workspace.id} requireSecondReview={settings.requireSecondReview} />
        ) : (
          <p>
            A second editor’s sign-off is {settings.requireSecondReview ? "required" : "not required"} before a claim is
            published. <span className="meta">Only owners change this.</span>
          </p>
        )}
      </section>

      <section aria-label="Relation terms">
        <h2>Relation terms</h2>
        <p className="meta">
          Your newsroom’s words for how a source passed a claim on (“leaked to”, “briefed”). Each is read by the
          analysis as the built-in relation you map it to.
        </p>
        <TermsManager
          workspaceId={workspace.id}
          kind="RELATION"
          terms={terms.filter((term) => term.kind === "RELATION")}
          canWrite={canWrite}
        />
      </section>

      <section aria-label="Claim tags">
        <h2>Claim tags</h2>
        <p className="meta">Topics to file claims under (“election”, “health”).</p>
        <TermsManager
          workspaceId={workspace.id}
          kind="CLAIM_TAG"
          terms={terms.filter((term) => term.kind === "CLAIM_TAG")}
          canWrite={canWrite}
        />
      </section>
    </main>
  );
}
