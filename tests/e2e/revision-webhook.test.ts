// The CMS webhook through the running server: an editor's API token posts a correction and gets
// every claim's re-anchoring back; no token is 401, a viewer's token 403.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitationTokensTo } from "../support/invitation-links";
import { repoRoot } from "../support/test-env";
import { type AppServer, buildApp, startAppServer } from "./support/app-server";
import { signUpOverHttp } from "./support/confirm-sign-up";

const seed = fs.readFileSync(path.join(repoRoot, "prisma", "seed", "article.txt"), "utf8").trimEnd();
const SLUG = "macron-coalition-of-the-willing";

describe("POST /api/articles/<article>/revisions", () => {
  let server: AppServer;
  beforeAll(async () => {
    buildApp();
    server = await startAppServer();
  });
  afterAll(() => server?.stop());

  async function call(procedure: string, input: unknown, cookie?: string) {
    const response = await fetch(`${server.url}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { result?: { data: unknown }; error?: { message: string } };
    if (!response.ok) throw new Error(`${procedure}: ${response.status} ${body.error?.message}`);
    return { data: body.result!.data, cookie: response.headers.get("set-cookie")?.split(";")[0] };
  }

  async function query(procedure: string, cookie: string | undefined) {
    const response = await fetch(`${server.url}/api/trpc/${procedure}`, { headers: cookie ? { cookie } : {} });
    return ((await response.json()) as { result: { data: unknown } }).result.data;
  }

  async function tokenOf(email: string, name: string): Promise<string> {
    const cookie = await signUpOverHttp(server, { email, name, password: "a long enough password" });
    cookies.set(email, cookie);
    const { data } = await call("auth.createApiToken", undefined, cookie);
    return (data as { token: string }).token;
  }
  const cookies = new Map<string, string | undefined>();

  function postRevision(body: unknown, token?: string, contentType = "application/json") {
    return fetch(`${server.url}/api/articles/${SLUG}/revisions`, {
      method: "POST",
      headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  it("re-anchors the claims of a correction sent by the CMS with an editor's token", async () => {
    const token = await tokenOf("owner@example.org", "Owner");
    const corrected = seed.replace("has elaborated on potential roles", "has elaborated on the potential roles");
    const response = await postRevision({ body: corrected, note: "typo" }, token);
    expect(response.status).toBe(201);
    const result = (await response.json()) as {
      article: { version: number };
      claims: Array<{ quote: string; status: string; start: number; end: number }>;
    };
    expect(result.article.version).toBe(2);
    expect(result.claims).toHaveLength(15);
    for (const claim of result.claims) expect(corrected.slice(claim.start, claim.end)).toBe(claim.quote);

    const plain = await postRevision(corrected.replace("Starmer mentioned", "Starmer said"), token, "text/plain");
    expect(plain.status).toBe(201);
  });

  it("answers 401 without a token, 404 outside the workspace, 403 for a viewer, 400 for an empty body", async () => {
    expect((await postRevision({ body: seed })).status).toBe(401);
    expect((await postRevision({ body: seed }, "not-a-token")).status).toBe(401);
    // A browser session is not an API token, and an API token is not a browser session.
    const session = {
      cookie: await signUpOverHttp(server, {
        email: "browser@example.org",
        name: "Browser",
        password: "a long enough password",
      }),
    };
    expect((await postRevision({ body: seed }, session.cookie!.split("=")[1])).status).toBe(401);
    const apiToken = ((await call("auth.createApiToken", undefined, session.cookie)).data as { token: string }).token;
    expect(await query("auth.me", `claimtrail_session=${apiToken}`)).toBeNull();

    const viewerToken = await tokenOf("viewer@example.org", "Viewer");
    expect((await postRevision({ body: seed }, viewerToken)).status).toBe(404);
    const owner = await call("auth.signIn", { email: "owner@example.org", password: "a long enough password" });
    const workspaces = (await query("workspaces.mine", owner.cookie)) as Array<{ id: string; slug: string }>;
    const demo = workspaces.find((workspace) => workspace.slug === "demo")!;
    await call(
      "workspaces.invite",
      { workspaceId: demo.id, email: "viewer@example.org", role: "VIEWER" },
      owner.cookie,
    );
    const [token] = invitationTokensTo("viewer@example.org", path.join(server.dataDir, "outbox"));
    await call("workspaces.answerInvitation", { token, accept: true }, cookies.get("viewer@example.org"));
    const forbidden = await postRevision({ body: seed }, viewerToken);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: { message: string } }).error.message).toContain("editor role");

    const ownerToken = ((await call("auth.createApiToken", undefined, owner.cookie)).data as { token: string }).token;
    expect((await postRevision({ body: "" }, ownerToken)).status).toBe(400);
    expect((await postRevision("{not json", ownerToken)).status).toBe(400);

    // Bodies are limited before they are read whole (4 MiB), with or without a declared length.
    const huge = await postRevision("x".repeat(5 * 1024 * 1024), ownerToken, "text/plain");
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toMatch(/larger than 4 MiB/);
    expect((await postRevision(`${"[".repeat(50_000)}${"]".repeat(50_000)}`, ownerToken)).status).toBe(400);
    const nul = await postRevision({ body: seed.replace("Macron", "Mac\u0000ron") }, ownerToken);
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { error: { message: string } }).error.message).toMatch(/NUL character/);
    const nulReference = await fetch(`${server.url}/api/articles/a%00b/revisions`, {
      method: "POST",
      headers: { authorization: `Bearer ${ownerToken}`, "content-type": "text/plain" },
      body: seed,
    });
    expect(nulReference.status).toBe(400);
  });
});
