// The look-alike rule (lib/input/name-text.ts) on names people type that others see: workspace
// names (invitations, team lists), account names (team lists), API token names (token lists) and
// vocabulary terms (tags on claims). Each procedure refuses a bidi control or a word mixing scripts
// with 400 naming it, stores nothing, and stores legitimate names in one script as typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { signUpConfirmed } from "../support/confirm-sign-up";
import { testEngines } from "../support/test-databases";

const LEGITIMATE = ["Équipe Dépêche", "Володимир", "الجزيرة"];
const PASSWORD = "correct horse battery staple";
const BIDI = "contains an invisible direction control (U+202E)";

describe.each(testEngines())("look-alike account, workspace, token and term names, on $name", (engine) => {
  let database: Database;
  let anonymous: ReturnType<typeof createCaller>;
  let owner: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    database = await engine.open();
    anonymous = createCaller(createInnerContext({ db: database.db }));
    const me = await signUpConfirmed(anonymous.auth, { email: "lena@example.org", name: "Lena", password: PASSWORD });
    owner = createCaller(
      createInnerContext({ db: database.db, session: { userId: me.id, email: me.email, name: me.name } }),
    );
  });
  afterAll(() => database?.close());

  const refused = (message: string) => ({ code: "BAD_REQUEST", message: expect.stringContaining(message) });

  it("refuses the workspace name “Demo newsrоm ‮evil” and a word mixing scripts", async () => {
    await expect(owner.workspaces.create({ name: "Demo newsr\u043em \u202eevil", slug: "demo" })).rejects.toMatchObject(
      refused(`the workspace name ${BIDI}`),
    );
    await expect(owner.workspaces.create({ name: "Demo newsr\u043em", slug: "demo" })).rejects.toMatchObject(
      refused("the workspace name mixes Latin and Cyrillic letters in the word “newsr\u043em”"),
    );
    expect(await database.db.workspace.count({ where: { slug: "demo" } })).toBe(0);
  });

  it("refuses the account name “Аlice ‮admin” and a word mixing scripts", async () => {
    await expect(
      anonymous.auth.signUp({ email: "alice@example.org", name: "\u0410lice \u202eadmin", password: PASSWORD }),
    ).rejects.toMatchObject(refused(`the account name ${BIDI}`));
    await expect(
      anonymous.auth.signUp({ email: "alice@example.org", name: "\u0410lice", password: PASSWORD }),
    ).rejects.toMatchObject(refused("the account name mixes Cyrillic and Latin letters in the word “\u0410lice”"));
    expect(await database.db.user.count({ where: { email: "alice@example.org" } })).toBe(0);
  });

  it("refuses the token name “CMS‮gnp.exe”", async () => {
    await expect(owner.auth.createApiToken({ name: "CMS\u202egnp.exe" })).rejects.toMatchObject(
      refused(`the token name ${BIDI}`),
    );
    expect(await owner.auth.apiTokens()).toEqual([]);
  });

  it("refuses a vocabulary term mixing scripts", async () => {
    const workspace = await owner.workspaces.create({ name: "Terms desk", slug: "terms-desk" });
    await expect(
      owner.review.addTerm({ workspaceId: workspace.id, kind: "CLAIM_TAG", label: "le\u0430ked" }),
    ).rejects.toMatchObject(refused("the term mixes Latin and Cyrillic letters in the word “le\u0430ked”"));
    const added = await owner.review.addTerm({ workspaceId: workspace.id, kind: "CLAIM_TAG", label: "Équipe Dépêche" });
    expect(added).toMatchObject({ label: "Équipe Dépêche" });
  });

  it("stores legitimate names in one script as typed", async () => {
    for (const [index, name] of LEGITIMATE.entries()) {
      const me = await signUpConfirmed(anonymous.auth, {
        email: `person${index}@example.org`,
        name,
        password: PASSWORD,
      });
      expect(me.name).toBe(name);
      const workspace = await owner.workspaces.create({ name, slug: `desk-${index}` });
      expect(workspace.name).toBe(name);
      await owner.auth.createApiToken({ name });
    }
    expect((await owner.auth.apiTokens()).map((token) => token.name).sort()).toEqual([...LEGITIMATE].sort());
  });
});
