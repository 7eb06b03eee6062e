// Where the writes tell the app server's cache that a public page may have changed. Every write
// records an audit event in its transaction (server/services/audit/record-audit.ts), and that is
// where it calls notePublicChange: a new write cannot forget to. The app server registers the
// listener (server/cache/public-reads.ts); the CLI and the tests, which cache nothing, register
// none. Kept on globalThis: Next's route bundles and its instrumentation hook each load modules.
import type { AuditAction } from "@/lib/audit/audit-action";
import { changesPublicPages } from "@/lib/audit/public-effect";

type PublicChangeListener = (change: { action: AuditAction; workspaceId: string | null }) => void;

const KEY = Symbol.for("claimtrail.public-change-listener");
type Holder = { [KEY]?: PublicChangeListener };

/** Makes `listener` the one told of each write that may change a public page (replacing any). */
export function listenForPublicChanges(listener: PublicChangeListener): void {
  (globalThis as Holder)[KEY] = listener;
}

/**
 * Called inside the write's transaction. The listener must only note the change and act after
 * the transaction commits (Next.js applies a route's revalidations when the route has answered).
 */
export function notePublicChange(action: AuditAction, workspaceId: string | null): void {
  if (!changesPublicPages(action)) return;
  (globalThis as Holder)[KEY]?.({ action, workspaceId });
}
