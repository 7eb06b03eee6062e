import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleEditor } from "@/app/components/editor/article-editor";
import { PublishButton } from "@/app/components/editor/publish-button";
import { ReviseArticleForm } from "@/app/components/editor/revise-article-form";
import { describeUnpublishedClaims } from "@/lib/articles/describe-unpublished-claims";
import { EXPORT_FORMATS, ExportFormat } from "@/lib/export/formats";
import { getServerCaller } from "@/server/trpc/caller";

type Props = { params: Promise<{ workspace: string; articleId: string }> };

export const metadata: Metadata = { title: "Annotate" };

function notFoundOn(error: unknown): never {
  if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
  throw error;
}

export default async function ArticleEditorPage({ params }: Props) {
  await connection();
  const { workspace: slug, articleId } = await params;
  const caller = await getServerCaller();
  const [workspace, sourcing] = await Promise.all([
    caller.workspaces.bySlug({ slug }).catch(notFoundOn),
    caller.sourcing.article({ id: articleId }).catch(notFoundOn),
  ]);
  if (sourcing.article.workspaceId !== workspace.id) notFound();
  const canWrite = workspace.role !== "VIEWER";
  return (
    <main className="editor-main wide">
      <p className="meta">
        <Link href={`/editor/${workspace.slug}`}>{workspace.name}</Link> · {sourcing.article.status.toLowerCase()}
        {sourcing.article.status === "PUBLISHED" ? (
          <>
            {" "}
            · <Link href={`/articles/${sourcing.article.slug}`}>reader page</Link>
          </>
        ) : null}
      </p>
      <h1>{sourcing.article.title}</h1>
      {canWrite ? (
        <PublishButton
          articleId={sourcing.article.id}
          status={sourcing.article.status}
          unpublished={describeUnpublishedClaims(sourcing.claims)}
          reviewHref={`/editor/${workspace.slug}/review`}
        />
      ) : null}
      {canWrite ? (
        <ReviseArticleForm
          articleId={sourcing.article.id}
          body={sourcing.article.body}
          version={sourcing.article.version}
        />
      ) : null}
      <p className="meta">
        <Link href={`/editor/${workspace.slug}/articles/${sourcing.article.id}/versions`}>
          Versions ({sourcing.article.version})
        </Link>
      </p>
      <details className="exports">
        <summary>Export citation report</summary>
        <ul className="plain-list">
          {ExportFormat.options.map((format) => (
            <li key={format}>
              <a href={`/api/export?format=${format}&article=${sourcing.article.id}`} download>
                {EXPORT_FORMATS[format].label}
              </a>
            </li>
          ))}
        </ul>
      </details>
      <ArticleEditor
        workspaceId={workspace.id}
        article={sourcing.article}
        claims={sourcing.claims}
        canWrite={canWrite}
      />
    </main>
  );
}
