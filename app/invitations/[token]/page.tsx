// An invitation's page, opened from the secret link mailed to the invited address. Reading it
// changes nothing (a mail scanner may GET it); the person signed in with the invited address
// accepts or declines with a button (a POST). Links that no longer work say why.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/app/components/editor/sign-out-button";
import { AnswerInvitation } from "@/app/components/editor/team/answer-invitation";
import { EditorTrpcProvider } from "@/app/components/editor/trpc-provider";
import { InvitationToken, invitationPath } from "@/lib/auth/invitation-link";
import { getServerCaller } from "@/server/trpc/caller";
import "@/app/editor/editor.css";

// The address holds the secret: never sent on as a referrer, never indexed.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false } };

const ROLE_WORDS = { OWNER: "an owner", EDITOR: "an editor", VIEWER: "a viewer" } as const;

/** "2026-12-07 12:34 UTC" */
const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const parsed = InvitationToken.safeParse((await params).token);
  const caller = await getServerCaller();
  const [link, me] = parsed.success
    ? await Promise.all([caller.workspaces.invitationLink({ token: parsed.data }), caller.auth.me()])
    : [{ state: "gone" as const }, null];

  if (link.state === "gone")
    return (
      <Shell title="This invitation link no longer works">
        <p>
          It was used already, withdrawn by an owner, or replaced by a newer invitation to the same address (only the
          newest link mailed works). If you still need to join, ask an owner of the workspace to invite you again.
        </p>
      </Shell>
    );
  if (link.state === "expired")
    return (
      <Shell title="This invitation has expired">
        <p>
          The invitation to <strong>{link.workspaceName}</strong> expired on {utc(link.expiresAt)}. Ask an owner of{" "}
          {link.workspaceName} to invite you again: a new link will be mailed to you.
        </p>
      </Shell>
    );

  const token = parsed.data as string;
  const next = encodeURIComponent(invitationPath(token));
  let answer: ReactNode;
  if (!me)
    answer = (
      <p>
        To accept or decline, <Link href={`/signin?next=${next}`}>sign in</Link> with {link.email}, or{" "}
        <Link href={`/signup?next=${next}`}>create an account</Link> with it.
      </p>
    );
  else if (me.email !== link.email)
    answer = (
      <p>
        You are signed in as {me.email}, and this invitation is for {link.email}: only the account with the invited
        address can answer it. <SignOutButton />, then open this link again and sign in with {link.email}.
      </p>
    );
  else answer = <AnswerInvitation token={token} workspaceName={link.workspaceName} />;

  return (
    <Shell title={`Invitation to ${link.workspaceName}`}>
      <p>
        {link.invitedBy ?? "An owner"} invited {link.email} to join <strong>{link.workspaceName}</strong> as{" "}
        {ROLE_WORDS[link.role]}. This link works once, until {utc(link.expiresAt)}.
      </p>
      {answer}
    </Shell>
  );
}

function Shell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="editor">
      <EditorTrpcProvider>
        <section className="editor-form narrow" aria-label="Invitation">
          <h1>{title}</h1>
          {children}
        </section>
      </EditorTrpcProvider>
    </main>
  );
}
