// Look-alike names and titles (issue 13) on every path that names a source or titles an article:
// the editor's procedures, the webhook's and the CLI's revision schema, imports, accepted
// suggestions and the CLI itself. One rule (lib/input/name-text.ts): invisible characters are
// dropped before anything is stored, and a word mixing scripts or a bidi control is refused with a
// message naming it. Real names written wholly in one script are stored as typed.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { importArticle } from "@/server/services/articles/import-article";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { runCli, tempDataDir } from "../support/run-cli";
import { testEngines } from "../support/test-databases";

const CYRILLIC_A = "\u0430";
const MIXED = `M${CYRILLIC_A}cron`;
const MIXED_MESSAGE = `mixes Latin and Cyrillic letters in the word “${MIXED}”`;
const BODY = "Paul Okafor told the Harbour Gazette that the cranes were safe. Okafor said the review would help.";
const LEGITIMATE = ["Le Monde", "La Dépêche du Midi", "Володимир Зеленський", "الجزيرة", "Agence France-Presse"];

describe.each(testEngines())("look-alike names and titles, on $name", (engine) => {
  let database: Database;
  let editor: ReturnType<typeof createCaller>;
  let workspaceId: string;
  const workspace = "look-alike-desk";
  beforeAll(async () => {
    database = await engine.open();
    const user = await database.db.user.create({
      data: { email: "lena@example.org", name: "Lena" },
      select: { id: true, email: true, name: true },
    });
    editor = createCaller(
      createInnerContext({ db: database.db, session: { userId: user.id, email: user.email, name: user.name } }),
    );
    workspaceId = (await editor.workspaces.create({ name: "Look-alike desk", slug: workspace })).id;
  });
  afterAll(() => database?.close());

  const source = (name: string) => editor.sources.findOrCreate({ workspaceId, name, type: "PERSON", url: null });

  it("stores legitimate names in any one script as typed, and finds them again", async () => {
    for (const name of LEGITIMATE) {
      const created = await source(name);
      expect(created).toMatchObject({ existed: false, source: { name } });
      expect(await source(name)).toMatchObject({ existed: true, source: { id: created.source.id } });
    }
  });

  it("drops invisible characters from source names, so a zero-width copy is the same source", async () => {
    const plain = await source("Harbour Gazette");
    const hidden = await source("Harbour\u200B Gaz\u200Dette\uFEFF");
    expect(hidden).toMatchObject({ existed: true, source: { id: plain.source.id, name: "Harbour Gazette" } });
    const fullwidth = await source("Ｃｏａｓｔａｌ Ｈｅｒａｌｄ");
    expect(fullwidth.source.name).toBe("Coastal Herald");
  });

  it("refuses a source name, alias, new name or title that mixes scripts or holds a bidi control", async () => {
    await expect(source(MIXED)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(`the source name ${MIXED_MESSAGE}`),
    });
    await expect(source("Reuters\u202Eputs\u202C")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("the source name contains an invisible direction control (U+202E)"),
    });
    const macron = await source("Emmanuel Macron");
    await expect(
      editor.sourceRecords.addAlias({ sourceId: macron.source.id, name: `President ${MIXED}` }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(`the alias ${MIXED_MESSAGE}`) });
    await expect(
      editor.sourceRecords.rename({ sourceId: macron.source.id, version: macron.source.version, name: MIXED }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(`the new name ${MIXED_MESSAGE}`) });
    await expect(
      editor.editing.createArticle({ workspaceId, title: `${MIXED} visits Kyiv`, content: BODY }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(`the title ${MIXED_MESSAGE}`) });
    expect(await database.db.source.count({ where: { name: { contains: CYRILLIC_A } } })).toBe(0);
  });

  it("cleans and checks a revision's title, as the webhook and the CLI send it", async () => {
    const article = await editor.editing.createArticle({ workspaceId, title: "Cranes\u200B inquiry", content: BODY });
    const titleOf = async () =>
      (await database.db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true } })).title;
    expect(await titleOf()).toBe("Cranes inquiry");
    await expect(
      editor.editing.reviseArticle({ articleId: article.id, content: `${BODY} More.`, title: `Cranes ${MIXED}` }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(`the title ${MIXED_MESSAGE}`) });
    await expect(
      editor.editing.reviseArticle({ articleId: article.id, content: `${BODY} More.`, title: "Cranes:\u2066 inquiry" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("(U+2066)") });
    const revised = await editor.editing.reviseArticle({
      articleId: article.id,
      content: `${BODY} More.`,
      title: "Cranes\u00AD: the inquiry",
    });
    expect(revised.article.title).toBe("Cranes: the inquiry");
    expect(await titleOf()).toBe("Cranes: the inquiry");
  });

  it("refuses an accepted suggestion whose source names mix scripts, and cleans invisible characters", async () => {
    const article = await editor.editing.createArticle({ workspaceId, title: "Cranes", content: BODY });
    const [suggested] = (await editor.editing.suggestClaims({ articleId: article.id })).map(proposeClaimDraft);
    const draft = { ...suggested!, speaker: { name: `P${CYRILLIC_A}ul Okafor`, type: "PERSON" as const } };
    await expect(
      editor.editing.acceptSuggestion({ articleId: article.id, draft, shownHops: listDraftHops(draft) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("the source name mixes Latin") });
    const hidden = { ...suggested!, speaker: { name: "Paul\u200B Okafor", type: "PERSON" as const } };
    const { id } = await editor.editing.acceptSuggestion({
      articleId: article.id,
      draft: hidden,
      shownHops: listDraftHops({ ...hidden, speaker: { name: "Paul Okafor", type: "PERSON" } }),
    });
    expect((await editor.sourcing.claim({ id })).hops[0]?.from.name).toBe("Paul Okafor");
  });

  it("refuses an import whose speaker, chain or title mixes scripts, before writing anything", async () => {
    const claim = {
      quote_or_paraphrase: "the cranes were safe",
      kind: "paraphrase",
      speaker: MIXED,
      chain: [MIXED, "this article"],
      indirect: false,
    };
    const before = await database.db.article.count();
    await expect(
      importArticle(database.db, {
        annotation: { title: "Imported", claims: [claim] },
        body: BODY.replace("Paul Okafor", MIXED),
        workspace,
        createWorkspace: true,
        publish: false,
        actorId: null,
      }),
    ).rejects.toThrow(`the speaker ${MIXED_MESSAGE}`);
    await expect(
      importArticle(database.db, {
        annotation: { title: `Imported ${MIXED}`, claims: [] },
        body: BODY,
        workspace,
        createWorkspace: true,
        publish: false,
        actorId: null,
      }),
    ).rejects.toThrow(`the title ${MIXED_MESSAGE}`);
    expect(await database.db.article.count()).toBe(before);
  });
});

describe("look-alike titles through the CLI", { timeout: 300_000 }, () => {
  it("claimtrail revise refuses a title that mixes scripts, naming the word", async () => {
    const env = { CLAIMTRAIL_DATA_DIR: tempDataDir() };
    const file = path.join(tempDataDir(), "body.txt");
    fs.writeFileSync(file, fs.readFileSync(path.join("prisma", "seed", "article.txt"), "utf8"));
    const result = await runCli(
      ["revise", "macron-coalition-of-the-willing", "--body-file", file, "--title", MIXED],
      env,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`the title ${MIXED_MESSAGE}`);
  });
});
