import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AddSourceForm } from "@/app/components/editor/source-record/add-source-form";
import { RatingBadge } from "@/app/components/editor/source-record/reliability-history";
import { SOURCE_TYPE_WORDS } from "@/lib/words/display-words";
import { getServerCaller } from "@/server/trpc/caller";
import "@/app/components/editor/source-record/source-record.css";
import { countNoun } from "@/lib/count-noun";

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ q?: string; merged?: string; after?: string }>;
};

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params, searchParams }: Props) {
  await connection();
  const { workspace: slug } = await params;
  const { q = "", merged, after } = await searchParams;
  const caller = await getServerCaller();
  const workspace = await caller.workspaces.bySlug({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  const includeMerged = merged === "1";
  const page = await caller.sourceRecords.list({
    workspaceId: workspace.id,
    includeMerged,
    query: q,
    ...(after ? { cursor: after } : {}),
  });
  const sources = page.items;
  const next = new URLSearchParams({ ...(q ? { q } : {}), ...(includeMerged ? { merged: "1" } : {}) });
  if (page.nextCursor) next.set("after", page.nextCursor);

  return (
    <main className="editor-main source-record">
      <p className="meta">
        <Link href={`/editor/${workspace.slug}`}>{workspace.name}</Link>
      </p>
      <h1>Sources</h1>
      {workspace.role !== "VIEWER" ? <AddSourceForm workspaceId={workspace.id} workspaceSlug={workspace.slug} /> : null}
      <form className="form-row" role="search" method="get">
        <label>
          Name or alias
          <input name="q" defaultValue={q} />
        </label>
        <label className="checkbox">
          <input type="checkbox" name="merged" value="1" defaultChecked={includeMerged} /> include merged duplicates
        </label>
        <button type="submit">Filter</button>
      </form>
      <p className="meta">
        {countNoun(sources.length, "source")}
        {q ? ` matching “${q}”` : ""}
        {page.nextCursor || after ? " on this page" : ""}
      </p>
      <table className="record-table source-list">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Type</th>
            <th scope="col">Reliability</th>
            <th scope="col">Also known as</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id} className={source.mergedInto ? "merged" : undefined}>
              <td>
                <Link href={`/editor/${workspace.slug}/sources/${source.id}`}>{source.name}</Link>
                {source.standing !== "ACTIVE" ? <span className="tag">{source.standing.toLowerCase()}</span> : null}
                {source.mergedInto ? <span className="meta"> → merged into {source.mergedInto.name}</span> : null}
              </td>
              <td>{SOURCE_TYPE_WORDS[source.type]}</td>
              <td>
                <RatingBadge rating={source.currentRating} />
              </td>
              <td>{source.aliases.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.nextCursor ? (
        <p>
          <Link href={`/editor/${workspace.slug}/sources?${next}`} rel="next">
            More sources →
          </Link>
        </p>
      ) : null}
    </main>
  );
}
