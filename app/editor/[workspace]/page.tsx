import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { NewArticleForm } from "@/app/components/editor/new-article-form";
import { SearchBox } from "@/app/components/editor/search-box";
import { countNoun } from "@/lib/count-noun";
import { getServerCaller } from "@/server/trpc/caller";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<{ after?: string }> };

export const metadata: Metadata = { title: "Workspace" };

export default async function WorkspacePage({ params, searchParams }: Props) {
  await connection();
  const { workspace: slug } = await params;
  const { after } = await searchParams;
  const query = { slug, ...(after ? { cursor: after } : {}) };
  const workspace = await (await getServerCaller()).workspaces.bySlug(query).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  const canWrite = workspace.role !== "VIEWER";
  return (
    <main className="editor-main">
      <h1>{workspace.name}</h1>
      <p className="meta">You are {workspace.role.toLowerCase()} here.</p>
      <p>
        <Link href={`/editor/${workspace.slug}/sources`}>Sources</Link> ·{" "}
        <Link href={`/editor/${workspace.slug}/review`}>Review queue</Link> ·{" "}
        <Link href={`/editor/${workspace.slug}/settings`}>Settings</Link>
      </p>
      <SearchBox workspaceId={workspace.id} />
      <h2>Articles</h2>
      {workspace.articles.length === 0 ? <p>No articles yet.</p> : null}
      <ul className="plain-list">
        {workspace.articles.map((article) => (
          <li key={article.id}>
            <Link href={`/editor/${workspace.slug}/articles/${article.id}`}>{article.title}</Link>{" "}
            <span className="meta">
              {article.status.toLowerCase()} · {countNoun(article.claimCount, "claim")}
            </span>
          </li>
        ))}
      </ul>
      {workspace.nextCursor ? (
        <p>
          <Link href={`/editor/${workspace.slug}?after=${encodeURIComponent(workspace.nextCursor)}`} rel="next">
            Older articles →
          </Link>
        </p>
      ) : null}
      {canWrite ? <NewArticleForm workspaceId={workspace.id} workspaceSlug={workspace.slug} /> : null}
    </main>
  );
}
