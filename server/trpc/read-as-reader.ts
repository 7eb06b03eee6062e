// A public read as the request's reader sees it: signed-in readers (who may see their
// workspaces' drafts) get it from the database; signed-out readers from the public reads'
// cache, so a draft can never enter it.
import type { InnerContext, SessionUser } from "./context";

/** `read` for the session's user, or through `ctx.publicReads` under `name` and `input` when signed out. */
export function readAsReader<T>(
  ctx: InnerContext,
  name: string,
  input: unknown,
  read: (reader: SessionUser | null) => Promise<T>,
): Promise<T> {
  if (ctx.session) return read(ctx.session);
  return ctx.publicReads(name, input, () => read(null));
}
