import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ApiTokenButton } from "@/app/components/editor/api-token-button";
import { CreateWorkspaceForm } from "@/app/components/editor/create-workspace-form";
import { getServerCaller } from "@/server/trpc/caller";

export const metadata: Metadata = { title: "Your workspaces" };

export default async function WorkspacesPage() {
  await connection();
  const workspaces = await (await getServerCaller()).workspaces.mine();
  return (
    <main className="editor-main">
      <h1>Your workspaces</h1>
      {workspaces.length === 0 ? <p>You are not in a workspace yet. Create your newsroom’s below.</p> : null}
      <ul className="plain-list">
        {workspaces.map((workspace) => (
          <li key={workspace.id}>
            <Link href={`/editor/${workspace.slug}`}>{workspace.name}</Link>{" "}
            <span className="meta">
              {workspace.role.toLowerCase()} · {workspace.articleCount} articles
            </span>
          </li>
        ))}
      </ul>
      <CreateWorkspaceForm />
      <ApiTokenButton />
    </main>
  );
}
