// API tokens (issue 13): a person lists their tokens (name, scope, dates; never the token), revokes
// one at a time, and may scope one to a workspace, which then acts only there: elsewhere it gets
// the answer a missing article gets. The webhook builds its caller exactly as here, from
// readApiToken's answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_API_TOKENS } from "@/lib/auth/api-token-schemas";
import { NOT_YOURS_MESSAGE } from "@/lib/errors";
import type { Database } from "@/server/database/open-database";
import { readApiToken } from "@/server/services/auth/api-tokens";
import { readSession } from "@/server/services/auth/sessions";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { createEditingFixture, type EditingFixture, joinWorkspace } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("API tokens, on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    // The outsider owns another workspace and becomes an editor of Europe Desk too.
    await joinWorkspace(fx.callers.owner, fx.callers.outsider, {
      workspaceId: fx.workspace.id,
      email: fx.users.outsider.email,
      role: "EDITOR",
    });
  });
  afterAll(() => database?.close());

  /** A caller as the webhook builds it from a Bearer token. */
  async function webhookCaller(token: string) {
    const session = await readApiToken(database.db, token);
    expect(session).not.toBeNull();
    return createCaller(createInnerContext({ db: database.db, session, sessionToken: null }));
  }

  async function revise(token: string, articleId: string) {
    const body = (await database.db.article.findUnique({ where: { id: articleId }, select: { body: true } }))?.body;
    return (await webhookCaller(token)).editing.reviseArticle({ articleId, content: `${body ?? "x"} More.` });
  }

  it("lists a person's tokens with name, scope and dates but never the token, and records their last use", async () => {
    const outsider = fx.callers.outsider;
    const before = await outsider.auth.apiTokens();
    const cms = await outsider.auth.createApiToken({ name: "  Newsroom CMS ", workspaceId: fx.otherWorkspace.id });
    const script = await outsider.auth.createApiToken({ name: "Backfill script" });
    expect(cms.token).toMatch(/^ctk_/);
    const listed = await outsider.auth.apiTokens();
    expect(listed).toHaveLength(before.length + 2);
    const row = listed.find((token) => token.id === cms.id)!;
    expect(row).toEqual({
      id: cms.id,
      name: "Newsroom CMS",
      workspace: { id: fx.otherWorkspace.id, name: fx.otherWorkspace.name },
      createdAt: expect.any(String),
      lastUsedAt: null,
      expiresAt: cms.expiresAt,
    });
    expect(listed.find((token) => token.id === script.id)?.workspace).toBeNull();
    expect(JSON.stringify(listed)).not.toContain(cms.token);
    expect(JSON.stringify(listed)).not.toContain(cms.token.slice(4, 20));
    // Nobody else sees them.
    expect((await fx.callers.editor.auth.apiTokens()).map((token) => token.id)).not.toContain(cms.id);

    await readApiToken(database.db, cms.token);
    const used = (await outsider.auth.apiTokens()).find((token) => token.id === cms.id)!;
    expect(used.lastUsedAt).not.toBeNull();
    expect(Date.parse(used.lastUsedAt!)).toBeGreaterThanOrEqual(Date.parse(used.createdAt));
  });

  it("lets a token scoped to one workspace act only there, answering elsewhere as for a missing article", async () => {
    const outsider = fx.callers.outsider;
    const scoped = await outsider.auth.createApiToken({ name: "Other desk CMS", workspaceId: fx.otherWorkspace.id });
    const unscoped = await outsider.auth.createApiToken({ name: "Everywhere" });

    const refused = revise(scoped.token, fx.article.id);
    await expect(refused).rejects.toMatchObject({ code: "NOT_FOUND", message: NOT_YOURS_MESSAGE });
    const missing = revise(scoped.token, "00000000-0000-4000-8000-000000000000");
    await expect(missing).rejects.toMatchObject({ code: "NOT_FOUND", message: NOT_YOURS_MESSAGE });

    // The same person's unscoped token reaches Europe Desk, where they are an editor.
    const revised = await revise(unscoped.token, fx.article.id);
    expect(revised.article.version).toBeGreaterThan(1);
    // And the scoped one still works in its own workspace.
    const own = await outsider.editing.createArticle({
      workspaceId: fx.otherWorkspace.id,
      title: "Harbour reopens",
      content: "The harbour reopened on Monday, the mayor said.",
    });
    expect((await revise(scoped.token, own.id)).article.version).toBe(2);
  });

  it("refuses to scope a token to a workspace its person is not in, with the answer for a missing one", async () => {
    await expect(
      fx.callers.editor.auth.createApiToken({ name: "Sneaky", workspaceId: fx.otherWorkspace.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: NOT_YOURS_MESSAGE });
    await expect(fx.callers.editor.auth.createApiToken({ name: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("name the token"),
    });
  });

  it("revokes one token at a time, with an audit record, and only the person's own", async () => {
    const editor = fx.callers.editor;
    const first = await editor.auth.createApiToken({ name: "First" });
    const second = await editor.auth.createApiToken({ name: "Second" });
    await expect(fx.callers.viewer.auth.revokeApiToken({ tokenId: first.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: NOT_YOURS_MESSAGE,
    });
    expect(await readApiToken(database.db, first.token)).not.toBeNull();

    expect(await editor.auth.revokeApiToken({ tokenId: first.id })).toEqual({ ok: true });
    expect(await readApiToken(database.db, first.token)).toBeNull();
    expect(await readApiToken(database.db, second.token)).toMatchObject({ userId: fx.users.editor.userId });
    expect((await editor.auth.apiTokens()).map((token) => token.name)).toEqual(["Second"]);
    await expect(editor.auth.revokeApiToken({ tokenId: first.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await database.db.auditEvent.findMany({
      where: { action: "api_token.revoke", entityId: first.id },
      select: { actorId: true, before: true },
    });
    expect(audit).toEqual([{ actorId: fx.users.editor.userId, before: { name: "First", workspaceId: null } }]);
  });

  it("keeps tokens and browser sessions apart, and bounds how many tokens one person holds", async () => {
    const viewer = fx.callers.viewer;
    const token = await viewer.auth.createApiToken({ name: "Viewer script" });
    expect(await readSession(database.db, token.token)).toBeNull();
    for (let made = (await viewer.auth.apiTokens()).length; made < MAX_API_TOKENS; made++)
      await viewer.auth.createApiToken({ name: `Token ${made}` });
    await expect(viewer.auth.createApiToken({ name: "One too many" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `you have ${MAX_API_TOKENS} API tokens, the most one person may hold; revoke one first`,
    });
  });
});
