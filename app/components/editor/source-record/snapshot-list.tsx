// Archived captures with what proves them: when they were taken (only as recorded: the upload's
// own time is not a capture date), their size and sha256, and a download (always a file, never
// shown as a page here).
import { formatByteSize } from "@/lib/sources/capture";
import type { SnapshotMeta } from "@/lib/sources/schemas";

export function SnapshotList({ snapshots, label }: { snapshots: SnapshotMeta[]; label: string }) {
  if (snapshots.length === 0) return <p className="meta">No archived capture yet.</p>;
  return (
    <ul className="plain-list snapshots" aria-label={label}>
      {snapshots.map((snapshot) => (
        <li key={snapshot.id}>
          <div>
            {snapshot.capturedAt ? (
              <>
                Captured{" "}
                <time dateTime={snapshot.capturedAt}>{snapshot.capturedAt.replace("T", " ").slice(0, 16)} UTC</time>
              </>
            ) : (
              "Capture date not recorded"
            )}
            {snapshot.originalUrl ? (
              <>
                {" "}
                from <span className="url">{snapshot.originalUrl}</span>
              </>
            ) : null}
            {snapshot.createdBy ? <span className="meta"> · added by {snapshot.createdBy.name}</span> : null}
          </div>
          <div className="meta">
            {snapshot.byteLength > 0 ? (
              <>
                <a href={`/api/snapshots/${snapshot.id}`} download>
                  Download
                </a>{" "}
                · {snapshot.contentType} · {formatByteSize(snapshot.byteLength)} · sha256{" "}
                <code className="hash">{snapshot.contentHash}</code>
              </>
            ) : (
              "archive link only"
            )}
            {snapshot.archiveUrl ? (
              <>
                {" "}
                ·{" "}
                <a href={snapshot.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">
                  archived copy
                </a>
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
