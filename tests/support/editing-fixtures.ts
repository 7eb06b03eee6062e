// A newsroom for the editing tests, built through the procedures as its people would build it:
// "Europe Desk" with an owner, an editor and a viewer; an outsider who owns another workspace;
// the seed article pasted in as a draft, the troops claim, its four sources and a first hop
// (Macron → the journalists). Callers for every role and for anonymous.
// The first account of a database owns the workspaces nobody owns, so build this fixture before
// loading the demo, or expect its owner to own the demo newsroom as well.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/server/database/open-database";
import { env } from "@/server/env";
import { createInnerContext, type SessionUser } from "@/server/trpc/context";
import { createTrpcHandler } from "@/server/trpc/fetch-handler";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "./confirm-sign-up";
import { openInvitationToken } from "./invitation-links";
import { repoRoot } from "./test-env";

export const CALLERS = ["anonymous", "viewer", "editor", "owner", "outsider"] as const;
export type Who = (typeof CALLERS)[number];
type Person = Exclude<Who, "anonymous">;
export type Caller = ReturnType<typeof createCaller>;

/**
 * `invitee` joins `workspaceId` as people do: the owner invites their address, they open the link
 * mailed to it (the run's outbox) and accept.
 */
export async function joinWorkspace(
  owner: Caller,
  invitee: Caller,
  input: { workspaceId: string; email: string; role: "OWNER" | "EDITOR" | "VIEWER" },
): Promise<void> {
  const invitation = await owner.workspaces.invite(input);
  const token = await openInvitationToken(invitee, invitation.email, env().outboxDir);
  await invitee.workspaces.answerInvitation({ token, accept: true });
}

export const SEED_TEXT = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8");
export const TROOPS =
  "participating nations potentially sending several thousand troops each to “key points” within Ukraine";
export const PASSWORD = "correct horse battery staple";

type Account = SessionUser & { password: string };
type SourceRow = { id: string; name: string; version: number };

export type EditingFixture = {
  db: Db;
  users: Record<Person, Account>;
  workspace: { id: string; slug: string; name: string };
  otherWorkspace: { id: string; slug: string; name: string };
  /** The seed text as a draft of the first workspace. */
  article: { id: string; slug: string; title: string; body: string };
  /** The troops claim, spoken by Macron, with one hop: Macron → the journalists. */
  claim: { id: string };
  sources: { macron: SourceRow; journalists: SourceRow; depeche: SourceRow; parisien: SourceRow };
  /** A source of the outsider's workspace. */
  otherSource: SourceRow;
  hop: { id: string };
  session(who: Who): SessionUser | null;
  /** A caller with a context of its own (its own `setCookies`). */
  caller(who: Who): Caller;
  callers: Record<Who, Caller>;
  /** The troops span of the article: `{ start, end, exact }`. */
  troopsSpan(): { start: number; end: number; exact: string };
  /** A new troops claim on the article (by the editor), for tests that use one up. */
  freshClaim(): Promise<{ id: string; version: number }>;
  /** A new claim with one hop, Macron → the journalists. */
  freshHop(): Promise<{ id: string; claimId: string; claimVersion: number }>;
  claimVersion(claimId: string): Promise<number>;
  sourceVersion(sourceId: string): Promise<number>;
};

const NAMES: Record<Person, string> = {
  owner: "Olivia Owner",
  editor: "Eddie Editor",
  viewer: "Vera Viewer",
  outsider: "Oscar Outsider",
};

/** `tag` keeps emails, slugs and titles apart when one database holds several fixtures. */
export async function createEditingFixture(db: Db, options: { tag?: string } = {}): Promise<EditingFixture> {
  const tag = options.tag ?? "";
  const anonymous = createCaller(createInnerContext({ db }));
  const users = {} as Record<Person, Account>;
  for (const who of ["owner", "editor", "viewer", "outsider"] as const) {
    const email = `${who}${tag ? `-${tag}` : ""}@newsroom.example`;
    const me = await signUpConfirmed(anonymous.auth, { email, name: NAMES[who], password: PASSWORD });
    users[who] = { userId: me.id, email: me.email, name: me.name, password: PASSWORD };
  }
  const session = (who: Who): SessionUser | null =>
    who === "anonymous" ? null : { userId: users[who].userId, email: users[who].email, name: users[who].name };
  const caller = (who: Who) => createCaller(createInnerContext({ db, session: session(who) }));
  const callers = Object.fromEntries(CALLERS.map((who) => [who, caller(who)])) as Record<Who, Caller>;
  const { owner, editor, outsider } = callers;

  const suffix = tag ? `-${tag}` : "";
  const workspace = await owner.workspaces.create({ name: "Europe Desk", slug: `europe-desk${suffix}` });
  await joinWorkspace(owner, editor, { workspaceId: workspace.id, email: users.editor.email, role: "EDITOR" });
  await joinWorkspace(owner, callers.viewer, { workspaceId: workspace.id, email: users.viewer.email, role: "VIEWER" });
  const otherWorkspace = await outsider.workspaces.create({ name: "Rival Desk", slug: `rival-desk${suffix}` });

  const title = `Macron on a support force for Ukraine${tag ? ` ${tag}` : ""}`;
  const created = await editor.editing.createArticle({ workspaceId: workspace.id, title, content: SEED_TEXT });
  const { body } = await editor.articles.bySlug({ id: created.id });

  const source = async (name: string, type: "PERSON" | "EVENT" | "OUTLET") => {
    const { source: row } = await editor.sources.findOrCreate({ workspaceId: workspace.id, name, type });
    return { id: row.id, name: row.name, version: row.version };
  };
  const sources = {
    macron: await source("Emmanuel Macron", "PERSON"),
    journalists: await source("journalists from regional French newspapers", "EVENT"),
    depeche: await source("La Dépêche du Midi", "OUTLET"),
    parisien: await source("Le Parisien", "OUTLET"),
  };
  const { source: other } = await outsider.sources.findOrCreate({
    workspaceId: otherWorkspace.id,
    name: "Le Monde",
    type: "OUTLET",
  });

  const troopsSpan = () => {
    const start = body.indexOf(TROOPS);
    if (start < 0) throw new Error("the troops claim is not in the seed text");
    return { start, end: start + TROOPS.length, exact: TROOPS };
  };
  const freshClaim = async () =>
    editor.editing.createClaim({
      articleId: created.id,
      ...troopsSpan(),
      kind: "PARAPHRASE",
      speakerId: sources.macron.id,
      primaryRecord: "NOT_AVAILABLE",
    });
  const freshHop = async () => {
    const claim = await freshClaim();
    const hop = await editor.editing.addHop({
      claimId: claim.id,
      claimVersion: claim.version,
      fromSourceId: sources.macron.id,
      toSourceId: sources.journalists.id,
      relation: "SAID_TO",
      firstHand: true,
      confidence: 0.9,
    });
    return { id: hop.id, claimId: claim.id, claimVersion: hop.claimVersion };
  };
  const firstHop = await freshHop();

  return {
    db,
    users,
    workspace,
    otherWorkspace,
    article: { id: created.id, slug: created.slug, title, body },
    claim: { id: firstHop.claimId },
    sources,
    otherSource: { id: other.id, name: other.name, version: other.version },
    hop: { id: firstHop.id },
    session,
    caller,
    callers,
    troopsSpan,
    freshClaim,
    freshHop,
    claimVersion: async (claimId) =>
      (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version,
    sourceVersion: async (sourceId) =>
      (await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { version: true } })).version,
  };
}

export type RowCounts = Record<
  | "workspace"
  | "membership"
  | "app_user"
  | "session"
  | "api_token"
  | "article"
  | "claim"
  | "hop"
  | "source"
  | "audit_event"
  | "versions",
  number
>;

/** Rows per table, and the sum of every row version (so an update that slipped through shows). */
export async function countRows(db: Db): Promise<RowCounts> {
  const [row] = await db.$queryRaw<RowCounts[]>`
    SELECT (SELECT count(*) FROM workspace)::int AS workspace,
           (SELECT count(*) FROM membership)::int AS membership,
           (SELECT count(*) FROM app_user)::int AS app_user,
           (SELECT count(*) FROM session)::int AS session,
           (SELECT count(*) FROM api_token)::int AS api_token,
           (SELECT count(*) FROM article)::int AS article,
           (SELECT count(*) FROM claim)::int AS claim,
           (SELECT count(*) FROM hop)::int AS hop,
           (SELECT count(*) FROM source)::int AS source,
           (SELECT count(*) FROM audit_event)::int AS audit_event,
           ((SELECT coalesce(sum(version), 0) FROM claim) + (SELECT coalesce(sum(version), 0) FROM source)
             + (SELECT coalesce(sum(version), 0) FROM article))::int AS versions`;
  return row!;
}

/** The session token a sign-up or sign-in put in `Set-Cookie`. */
export function sessionTokenFrom(setCookies: readonly string[]): string | null {
  for (const cookie of setCookies) {
    const match = /^claimtrail_session=([^;]+)/.exec(cookie);
    if (match) return match[1]!;
  }
  return null;
}

export type HttpAnswer = {
  status: number;
  code: string | undefined;
  message: string | undefined;
  /** What the error adds for the client to act on, e.g. a CONFLICT's `currentVersion`. */
  details: unknown;
};

/** What a browser gets: the procedure over HTTP, with the errors as the app formats them. */
export async function postOverHttp(fx: EditingFixture, who: Who, path: string, input: unknown): Promise<HttpAnswer> {
  const handler = createTrpcHandler(async () => createInnerContext({ db: fx.db, session: fx.session(who) }));
  const response = await handler(
    new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    }),
  );
  const body = (await response.json()) as {
    error?: { message: string; data: { code: string; details?: unknown } };
  };
  return {
    status: response.status,
    code: body.error?.data.code,
    message: body.error?.message,
    details: body.error?.data.details,
  };
}
