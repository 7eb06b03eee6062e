import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AliasEditor } from "@/app/components/editor/source-record/alias-editor";
import { AssessmentForm } from "@/app/components/editor/source-record/assessment-form";
import { MergePanel } from "@/app/components/editor/source-record/merge-panel";
import { RatingBadge, ReliabilityHistory } from "@/app/components/editor/source-record/reliability-history";
import { RenameSourceForm } from "@/app/components/editor/source-record/rename-source-form";
import { SnapshotForm } from "@/app/components/editor/source-record/snapshot-form";
import { SnapshotList } from "@/app/components/editor/source-record/snapshot-list";
import { SourceDetailsForm } from "@/app/components/editor/source-record/source-details-form";
import { SourceLinks } from "@/app/components/editor/source-record/source-links";
import { WhereUsed } from "@/app/components/editor/source-record/where-used";
import { SOURCE_TYPE_WORDS } from "@/lib/words/display-words";
import { getServerCaller } from "@/server/trpc/caller";
import "@/app/components/editor/source-record/source-record.css";
import { countNoun } from "@/lib/count-noun";

type Props = {
  params: Promise<{ workspace: string; sourceId: string }>;
  searchParams: Promise<{ uses?: string }>;
};

export const metadata: Metadata = { title: "Source" };

function notFoundOn(error: unknown): never {
  if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"].includes(error.code)) notFound();
  throw error;
}

export default async function SourceRecordPage({ params, searchParams }: Props) {
  await connection();
  const { workspace: slug, sourceId } = await params;
  const { uses: usesCursor } = await searchParams;
  const caller = await getServerCaller();
  const workspace = await caller.workspaces.bySlug({ slug }).catch(notFoundOn);
  const record = await caller.sourceRecords.get({ sourceId }).catch(notFoundOn);
  if (record.source.workspaceId !== workspace.id) notFound();
  const uses = await caller.sourceRecords.uses({ sourceId, ...(usesCursor ? { cursor: usesCursor } : {}) });
  const { source } = record;
  const canWrite = workspace.role !== "VIEWER";
  const writable = canWrite && !source.mergedInto;
  const base = `/editor/${workspace.slug}/sources`;

  return (
    <main className="editor-main source-record">
      <p className="meta">
        <Link href={`/editor/${workspace.slug}`}>{workspace.name}</Link> · <Link href={base}>Sources</Link>
      </p>
      <h1>{source.name}</h1>
      <p>
        <span className="tag">{SOURCE_TYPE_WORDS[source.type]}</span> <RatingBadge rating={record.currentRating} />{" "}
        {source.standing !== "ACTIVE" ? <span className="tag">{source.standing.toLowerCase()}</span> : null}
        <span className="meta">
          {" "}
          · in {countNoun(record.usage.claims, "claim")}, {countNoun(record.usage.hops, "hop")}
        </span>
      </p>
      {writable ? <RenameSourceForm source={source} /> : null}
      {source.mergedInto ? (
        <p className="notice" role="status">
          Merged into <Link href={`${base}/${source.mergedInto.id}`}>{source.mergedInto.name}</Link>: its claims, hops,
          aliases, assessments, links and captures are there now. Undo the merge below to change this source again.
        </p>
      ) : null}

      <section aria-labelledby="uses-heading">
        <h2 id="uses-heading">Where it is used</h2>
        <WhereUsed uses={uses} base={`${base}/${source.id}`} sourceName={source.name} />
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl className="record-facts">
          <dt>Type</dt>
          <dd>{SOURCE_TYPE_WORDS[source.type]}</dd>
          <dt>Language</dt>
          <dd>{source.language ?? "—"}</dd>
          <dt>Country</dt>
          <dd>{source.country ?? "—"}</dd>
          <dt>Address</dt>
          <dd>{source.url ?? "—"}</dd>
          <dt>Internal note</dt>
          <dd>{source.notes ?? "—"}</dd>
          <dt>Public note</dt>
          <dd>{source.publicNote ?? "—"}</dd>
          {source.standingNote ? (
            <>
              <dt>Standing</dt>
              <dd>
                {source.standing.toLowerCase()}: {source.standingNote}
              </dd>
            </>
          ) : null}
        </dl>
        {writable ? <SourceDetailsForm source={source} /> : null}
      </section>

      <section aria-labelledby="aliases-heading">
        <h2 id="aliases-heading">Also known as</h2>
        <AliasEditor sourceId={source.id} sourceName={source.name} aliases={record.aliases} canWrite={writable} />
      </section>

      <section aria-labelledby="reliability-heading">
        <h2 id="reliability-heading">Reliability</h2>
        <ReliabilityHistory assessments={record.assessments} />
        {writable ? <AssessmentForm sourceId={source.id} /> : null}
      </section>

      <section aria-labelledby="links-heading">
        <h2 id="links-heading">Links to other sources</h2>
        <SourceLinks
          workspaceId={workspace.id}
          workspaceSlug={workspace.slug}
          sourceId={source.id}
          sourceName={source.name}
          links={record.links}
          canWrite={writable}
        />
      </section>

      <section aria-labelledby="archives-heading">
        <h2 id="archives-heading">Archived captures</h2>
        <SnapshotList snapshots={record.snapshots} label={`Captures of ${source.name}`} />
        {writable ? (
          <details>
            <summary>Add a capture of {source.url ?? "this source's page"}</summary>
            <SnapshotForm
              target={{ sourceId: source.id }}
              label="Add a capture of the source"
              defaultUrl={source.url}
            />
          </details>
        ) : null}
        {record.evidence.length > 0 ? (
          <details className="evidence-group">
            <summary>
              Evidence of the {countNoun(record.evidence.length, "hop")} through {source.name}
            </summary>
            <ul className="plain-list evidence">
              {record.evidence.map((hop) => (
                <li key={hop.hopId}>
                  <p>
                    {hop.from} → {hop.to ?? "the article"}: {hop.statement}{" "}
                    <span className="meta">
                      in <Link href={`/editor/${workspace.slug}/articles/${hop.article.id}`}>{hop.article.title}</Link>
                    </span>
                  </p>
                  <p className="meta">
                    Evidence: {hop.evidenceUrl ?? "no address"}
                    {hop.evidenceArchiveUrl ? ` · archive: ${hop.evidenceArchiveUrl}` : ""}
                  </p>
                  <SnapshotList snapshots={hop.snapshots} label={`Captures of the evidence from ${hop.from}`} />
                  {canWrite ? (
                    <details>
                      <summary>Add a capture of this evidence</summary>
                      <SnapshotForm
                        target={{ hopId: hop.hopId }}
                        label="Add a capture of the evidence"
                        defaultUrl={hop.evidenceUrl}
                      />
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="merges-heading">
        <h2 id="merges-heading">Duplicates and merges</h2>
        <MergePanel
          workspaceId={workspace.id}
          workspaceSlug={workspace.slug}
          sourceId={source.id}
          sourceName={source.name}
          merges={record.merges}
          mergedAway={source.mergedInto !== null}
          canWrite={canWrite}
        />
      </section>
    </main>
  );
}
