// The only initTRPC call: router and caller factories and the procedure builders.
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { formatZodError } from "@/lib/format-zod-error";
import { TRPC_CODE_FOR } from "./app-error-codes";
import type { InnerContext } from "./context";

const t = initTRPC.context<InnerContext>().create({
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof z.ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? formatZodError(zodError) : shape.message,
      data: { ...shape.data, zodIssues: zodError ? zodError.issues : null },
    };
  },
});

const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE_FOR[cause.code], message: cause.message, cause });
  }
  return result;
});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapAppErrors);
