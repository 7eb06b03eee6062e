import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { compareVersions } from "@/lib/articles/compare-versions";
import { getServerCaller } from "@/server/trpc/caller";

type Props = { params: Promise<{ workspace: string; articleId: string }> };

export const metadata: Metadata = { title: "Versions" };

export default async function VersionsPage({ params }: Props) {
  await connection();
  const { workspace, articleId } = await params;
  const versions = await (await getServerCaller()).editing.articleVersions({ articleId }).catch((error: unknown) => {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"].includes(error.code)) notFound();
    throw error;
  });
  return (
    <main className="editor-main">
      <p className="meta">
        <Link href={`/editor/${workspace}/articles/${articleId}`}>Back to the article</Link>
      </p>
      <h1>Versions</h1>
      <ol className="plain-list versions">
        {versions.map((version, index) => {
          const previous = versions[index + 1];
          return (
            <li key={version.version}>
              <h2>
                Version {version.version}{" "}
                <span className="meta">
                  · {version.at.slice(0, 16).replace("T", " ")} · {version.by}
                </span>
              </h2>
              {version.note ? <p>{version.note}</p> : null}
              {previous ? (
                <p className="diff-text">
                  <span className="visually-hidden">Changes from version {previous.version}: </span>
                  {compareVersions(previous.body, version.body).map((change, i) =>
                    change.kind === "added" ? (
                      <ins key={i}>{change.text}</ins>
                    ) : change.kind === "removed" ? (
                      <del key={i}>{change.text}</del>
                    ) : (
                      <span key={i}>{change.text}</span>
                    ),
                  )}
                </p>
              ) : (
                <p className="meta">First version ({version.body.length} characters).</p>
              )}
            </li>
          );
        })}
      </ol>
    </main>
  );
}
