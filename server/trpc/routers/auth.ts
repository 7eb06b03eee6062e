import { z } from "zod";
import { ApiTokenListing, CreateApiTokenInput, RevokeApiTokenInput } from "@/lib/auth/api-token-schemas";
import {
  ConfirmationTokenInput,
  ConfirmEmailInput,
  ResendConfirmationInput,
  SignInInput,
  SignUpInput,
} from "@/lib/auth/schemas";
import { CHECK_YOUR_MAIL_TO_CONFIRM, signIn, signUp } from "@/server/services/auth/accounts";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/services/auth/api-tokens";
import { confirmEmail, pendingConfirmationAddress } from "@/server/services/auth/email-confirmations";
import { resendConfirmation } from "@/server/services/auth/resend-confirmation";
import {
  clearedSessionCookie,
  createSession,
  deleteSession,
  endAllSessions,
  sessionCookie,
} from "@/server/services/auth/sessions";
import type { InnerContext } from "../context";
import { authedProcedure, createRouter, publicProcedure } from "../init";

const CHECK_YOUR_MAIL =
  "check your mail: if this address has an account waiting for confirmation, a new link is on its way";

const Me = z.object({ id: z.string(), email: z.string(), name: z.string() });

async function startSession(ctx: InnerContext, user: z.infer<typeof Me>) {
  const { token, expiresAt } = await createSession(ctx.db, user.id);
  ctx.setCookies.push(sessionCookie(token, expiresAt, ctx.secureCookies));
  return user;
}

export const authRouter = createRouter({
  /** Mails the address a confirmation link (or, when it has an account, word of the attempt); the same answer for every address. */
  signUp: publicProcedure
    .input(SignUpInput)
    .output(z.object({ message: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await signUp(ctx.db, input, { client: ctx.clientAddress, linkBase: ctx.mailLinkBase });
      return { message: CHECK_YOUR_MAIL_TO_CONFIRM };
    }),

  /** The address a confirmation link's token would still confirm, null when it would not (the page it opens asks; writes nothing). */
  confirmationPending: publicProcedure
    .input(ConfirmationTokenInput)
    .output(z.object({ email: z.string().nullable() }))
    .query(async ({ ctx, input }) => ({ email: await pendingConfirmationAddress(ctx.db, input.token) })),

  /** Confirms the address a link was mailed to, given the password chosen at sign-up, and signs that account in; NOT_FOUND for an unknown, expired or used link, UNAUTHORIZED for another password. */
  confirmEmail: publicProcedure
    .input(ConfirmEmailInput)
    .output(Me)
    .mutation(async ({ ctx, input }) => {
      const { id, email, name } = await confirmEmail(ctx.db, input, { client: ctx.clientAddress });
      return startSession(ctx, { id, email, name });
    }),

  /** Mails a new confirmation link to an address waiting for one; the same answer for every address. */
  resendConfirmation: publicProcedure
    .input(ResendConfirmationInput)
    .output(z.object({ message: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await resendConfirmation(ctx.db, input.email, { client: ctx.clientAddress, linkBase: ctx.mailLinkBase });
      return { message: CHECK_YOUR_MAIL };
    }),

  signIn: publicProcedure
    .input(SignInInput)
    .output(Me)
    .mutation(async ({ ctx, input }) => startSession(ctx, await signIn(ctx.db, input, { client: ctx.clientAddress }))),

  signOut: authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    ctx.setCookies.push(clearedSessionCookie(ctx.secureCookies));
    return { ok: true as const };
  }),

  /** Ends every session of the caller, on every device, this one included, and revokes their API tokens. */
  signOutEverywhere: authedProcedure
    .output(z.object({ ended: z.number().int().nonnegative() }))
    .mutation(async ({ ctx }) => {
      const ended = await endAllSessions(ctx.db, ctx.session.userId);
      ctx.setCookies.push(clearedSessionCookie(ctx.secureCookies));
      return { ended };
    }),

  /** A token for a CMS or script to call the revisions webhook as this user, optionally in one workspace only; shown once. */
  createApiToken: authedProcedure
    .input(CreateApiTokenInput)
    .output(z.object({ id: z.string(), token: z.string(), expiresAt: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { id, token, expiresAt } = await createApiToken(ctx.db, ctx.session.userId, input);
      return { id, token, expiresAt: expiresAt.toISOString() };
    }),

  /** The caller's API tokens: name, scope and dates, never the token. */
  apiTokens: authedProcedure
    .output(z.array(ApiTokenListing))
    .query(({ ctx }) => listApiTokens(ctx.db, ctx.session.userId)),

  /** Revokes one of the caller's API tokens; NOT_FOUND for anyone else's. */
  revokeApiToken: authedProcedure
    .input(RevokeApiTokenInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await revokeApiToken(ctx.db, ctx.session.userId, input.tokenId);
      return { ok: true as const };
    }),

  me: publicProcedure
    .output(Me.nullable())
    .query(({ ctx }) =>
      ctx.session ? { id: ctx.session.userId, email: ctx.session.email, name: ctx.session.name } : null,
    ),
});
