// The only initTRPC call: router and caller factories and the procedure builders. Who may call
// a procedure is decided here, by the builder it is made with, never inside handlers.
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import { ROLE_RANK } from "@/lib/auth/schemas";
import { isAppError, NOT_YOURS_MESSAGE } from "@/lib/errors";
import { formatZodError } from "@/lib/format-zod-error";
import { findUnsafeText } from "@/lib/input/find-unsafe-text";
import { Role } from "@/lib/vocabulary";
import { env } from "@/server/env";
import { internalErrorMessage, referenceOf } from "@/server/http/server-error";
import { countPublicRead } from "@/server/services/limits/public-read-limits";
import { TRPC_CODE_FOR } from "./app-error-codes";
import type { InnerContext } from "./context";
import { translateDatabaseError } from "./database-error-codes";
import type { WorkspaceResolver } from "./workspace-of";

const t = initTRPC.context<InnerContext>().create({
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof z.ZodError ? error.cause : null;
    // Failures of ours carry a reference to the log line (fetch-handler.ts logs it), never their message.
    const reference = shape.data.httpStatus >= 500 ? referenceOf(error) : null;
    const internal = reference !== null && !isAppError(error.cause);
    return {
      ...shape,
      message: internal ? internalErrorMessage(reference) : zodError ? formatZodError(zodError) : shape.message,
      data: {
        ...shape.data,
        stack: internal ? undefined : shape.data.stack,
        reference,
        zodIssues: zodError ? zodError.issues : null,
        // What a domain error adds for the client to act on (a CONFLICT's current version).
        details: isAppError(error.cause) ? (error.cause.details ?? null) : null,
      },
    };
  },
});

const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE_FOR[cause.code], message: cause.message, cause });
  }
  if (!result.ok) {
    const translated = translateDatabaseError(result.error.cause);
    if (translated) throw translated;
  }
  return result;
});

// NUL and lone surrogates are refused before any handler or query sees them (lib/input/find-unsafe-text.ts).
const refuseUnsafeText = t.middleware(async ({ next, getRawInput }) => {
  const problem = findUnsafeText(await getRawInput());
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
  return next();
});

// An anonymous client's reads over HTTP count against its limit (each call of a batch counts);
// server components and tests call without a client address and are not counted.
const limitPublicReads = t.middleware(async ({ ctx, type, next }) => {
  if (type === "query" && !ctx.session) await countPublicRead(ctx.db, ctx.clientAddress, env().publicReadsPerMinute);
  return next();
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapAppErrors).use(limitPublicReads).use(refuseUnsafeText);

/** Any signed-in user. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in first" });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

// The workspace and the caller's role there, read together: one statement per authorization.
const Authorization = z.array(z.object({ workspaceId: z.string().nullable(), role: Role.nullable() })).max(1);

function workspaceProcedure(minimum: Role, resolve: WorkspaceResolver) {
  return authedProcedure.use(async ({ ctx, next, getRawInput }) => {
    const target = resolve(await getRawInput());
    const [found] = Authorization.parse(
      await ctx.db.$queryRaw`
        SELECT target.workspace_id::text AS "workspaceId", m.role::text AS role
        FROM (${target}) AS target
        LEFT JOIN membership m ON m.workspace_id = target.workspace_id AND m.user_id = ${ctx.session.userId}::uuid
        LIMIT 1`,
    );
    const workspaceId = found?.workspaceId ?? null;
    const role = found?.role ?? null;
    // Another workspace's item, one outside an API token's scope and a missing one get the same
    // answer, so ids cannot be probed.
    const outOfScope = ctx.session.workspaceScope !== undefined && ctx.session.workspaceScope !== workspaceId;
    if (!workspaceId || !role || outOfScope) throw new TRPCError({ code: "NOT_FOUND", message: NOT_YOURS_MESSAGE });
    if (ROLE_RANK[role] < ROLE_RANK[minimum]) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `this needs the ${minimum.toLowerCase()} role; you are ${role.toLowerCase()}`,
      });
    }
    return next({ ctx: { ...ctx, workspaceId, role } });
  });
}

/** Members of the workspace the input names (viewers read drafts). */
export const memberProcedure = (resolve: WorkspaceResolver) => workspaceProcedure("VIEWER", resolve);
/** Editors and owners: write articles, claims, sources and hops. */
export const editorProcedure = (resolve: WorkspaceResolver) => workspaceProcedure("EDITOR", resolve);
/** Owners: members and settings. */
export const ownerProcedure = (resolve: WorkspaceResolver) => workspaceProcedure("OWNER", resolve);
