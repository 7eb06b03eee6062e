import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ApiTokens } from "@/app/components/editor/api-tokens";
import { CreateWorkspaceForm } from "@/app/components/editor/create-workspace-form";
import { SignOutEverywhere } from "@/app/components/editor/sign-out-everywhere";
import { countNoun } from "@/lib/count-noun";
import { getServerCaller } from "@/server/trpc/caller";

export const metadata: Metadata = { title: "Your workspaces" };

export default async function WorkspacesPage() {
  await connection();
  const caller = await getServerCaller();
  const [workspaces, tokens] = await Promise.all([caller.workspaces.mine(), caller.auth.apiTokens()]);
  return (
    <main className="editor-main">
      <h1>Your workspaces</h1>
      {workspaces.length === 0 ? <p>You are not in a workspace yet. Create your newsroom’s below.</p> : null}
      <ul className="plain-list">
        {workspaces.map((workspace) => (
          <li key={workspace.id}>
            <Link href={`/editor/${workspace.slug}`}>{workspace.name}</Link>{" "}
            <span className="meta">
              {workspace.role.toLowerCase()} · {countNoun(workspace.articleCount, "article")}
            </span>
          </li>
        ))}
      </ul>
      <CreateWorkspaceForm />
      <ApiTokens
        tokens={tokens}
        workspaces={workspaces.map(({ id, name }) => ({ id, name }))}
        now={new Date().toISOString()}
      />
      <SignOutEverywhere />
    </main>
  );
}
