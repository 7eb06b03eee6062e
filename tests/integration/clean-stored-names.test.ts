// Names and titles stored before today's name rule (lib/input/name-text.ts, issue 13) keep what it
// now normalises or refuses: `claimtrail clean-names` lists every one and, with --apply, cleans
// what the rule would clean (control runs become one space; invisible characters dropped; NFKC),
// one audit record per row; a name the rule refuses even once cleaned (a bidi override, mixed
// scripts), one left empty, or one that would then match another source is left for a person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "@/server/database/open-database";
import { cleanStoredNames } from "@/server/services/maintenance/clean-stored-names";
import { cleanName, findUncleanNames } from "@/server/services/maintenance/find-unclean-names";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { runCli } from "../support/run-cli";
import { createPostgresDatabase, testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

/** Output holding no control (but line feeds) or format character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const PRINTABLE = /^[^\u0000-\u0009\u000B-\u001F\u007F-\u009F\p{Cf}]*$/u;
const BIDI_REFUSED = /refuses it: it contains an invisible direction control \(U\+202E\)/;

/** Writes what the edges refuse or normalise now, as rows written before the rule were. */
async function storeOldRows(fx: EditingFixture) {
  const db = fx.db;
  const set = (table: string, column: string, value: string, id: string) =>
    db.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = $1 WHERE id = $2::uuid`, value, id);
  await set("workspace", "name", "Evil\r\nBcc: victim@example.com", fx.workspace.id);
  await set("article", "title", "Esc \u001b]0;PWNED\u0007 title \u001b[2J", fx.article.id);
  // "Mаcron" with a Cyrillic "а": no script is guessed.
  await set("article", "publisher", "M\u0430cron Media", fx.article.id);
  await set("app_user", "name", "\u0085\u0007", fx.users.viewer.userId);
  await set("source", "name", "Le\tParisien", fx.sources.parisien.id);
  // "Le Parisien" once cleaned: the name of the source above.
  await set("source", "name", "Le\u0085Parisien", fx.sources.journalists.id);
  // The override stays after the bell is cleaned: the rule refuses it.
  await set("source", "name", "Jane\u202ERoe\u0007", fx.sources.depeche.id);
  const [version] = await db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO article_version (article_id, version, title, body) VALUES ($1::uuid, 900, $2, 'old body') RETURNING id::text AS id`,
    fx.article.id,
    "Le Monde\u200B\uFEFF",
  );
  await db.$executeRawUnsafe(
    `INSERT INTO claim_named_source (claim_id, source_id, position, mentioned_as) VALUES ($1::uuid, $2::uuid, 5, $3)
     ON CONFLICT (claim_id, source_id) DO UPDATE SET mentioned_as = EXCLUDED.mentioned_as`,
    fx.claim.id,
    fx.sources.macron.id,
    "Macron\u00AD\u2060",
  );
  const [term] = await db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO workspace_term (workspace_id, kind, term, label) VALUES ($1::uuid, 'CLAIM_TAG', 'health', $2) RETURNING id::text AS id`,
    fx.workspace.id,
    "\uFF28\uFF45\uFF41\uFF4C\uFF54\uFF48",
  );
  return { versionId: version!.id, namedId: `${fx.claim.id}/${fx.sources.macron.id}`, termId: term!.id };
}

describe("cleanName", () => {
  it("turns control runs into one space, applies the rule's normalisation, trims; null when empty", () => {
    expect(cleanName("Evil\r\nBcc: victim@example.com")).toBe("Evil Bcc: victim@example.com");
    expect(cleanName("Esc \u001b]0;PWNED\u0007 title \u001b[2J")).toBe("Esc ]0;PWNED title [2J");
    expect(cleanName("Le\u009bMonde")).toBe("Le Monde");
    expect(cleanName("Le\u200BMonde")).toBe("LeMonde");
    expect(cleanName("\uFF2C\uFF45 \uFF2D\uFF4F\uFF4E\uFF44\uFF45")).toBe("Le Monde");
    expect(cleanName("Jane\u202ERoe\u0007")).toBe("Jane\u202ERoe");
    expect(cleanName("\u0085\u0007 \u200B")).toBeNull();
  });
});

describe.each(testEngines())("clean-names on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  let rows: Awaited<ReturnType<typeof storeOldRows>>;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    rows = await storeOldRows(fx);
  });
  afterAll(() => database?.close());

  it("finds every row the rule would change or refuse, cleans what it can with an audit record each, and leaves the rest", async () => {
    const found = await findUncleanNames(fx.db);
    const refusedBidi = expect.stringMatching(/^contains an invisible direction control \(U\+202E\)/);
    expect(found.map(({ table, column, id, cleaned, refused }) => ({ table, column, id, cleaned, refused }))).toEqual([
      {
        table: "workspace",
        column: "name",
        id: fx.workspace.id,
        cleaned: "Evil Bcc: victim@example.com",
        refused: null,
      },
      { table: "app_user", column: "name", id: fx.users.viewer.userId, cleaned: null, refused: null },
      { table: "article", column: "title", id: fx.article.id, cleaned: "Esc ]0;PWNED title [2J", refused: null },
      {
        table: "article",
        column: "publisher",
        id: fx.article.id,
        cleaned: "M\u0430cron Media",
        refused: expect.stringMatching(/^mixes Latin and Cyrillic letters in the word “M\u0430cron”/),
      },
      { table: "article_version", column: "title", id: rows.versionId, cleaned: "Le Monde", refused: null },
      ...[
        { table: "source", column: "name", id: fx.sources.parisien.id, cleaned: "Le Parisien", refused: null },
        { table: "source", column: "name", id: fx.sources.journalists.id, cleaned: "Le Parisien", refused: null },
        { table: "source", column: "name", id: fx.sources.depeche.id, cleaned: "Jane\u202ERoe", refused: refusedBidi },
      ].sort((a, b) => a.id.localeCompare(b.id)),
      { table: "claim_named_source", column: "mentioned_as", id: rows.namedId, cleaned: "Macron", refused: null },
      { table: "workspace_term", column: "label", id: rows.termId, cleaned: "Health", refused: null },
    ]);

    const outcomes = await cleanStoredNames(fx.db, found);
    const outcome = (table: string, id: string) =>
      outcomes.find((entry) => entry.name.table === table && entry.name.id === id);
    for (const [table, id] of [
      ["workspace", fx.workspace.id],
      ["article_version", rows.versionId],
      ["source", fx.sources.parisien.id],
      ["claim_named_source", rows.namedId],
      ["workspace_term", rows.termId],
    ] as const)
      expect(outcome(table, id)?.outcome).toBe("cleaned");
    expect(outcome("app_user", fx.users.viewer.userId)).toMatchObject({
      outcome: "left",
      why: expect.stringMatching(/nothing would be left/),
    });
    expect(outcome("source", fx.sources.journalists.id)).toMatchObject({
      outcome: "left",
      why: expect.stringMatching(/match another name/),
    });
    expect(outcome("source", fx.sources.depeche.id)).toMatchObject({
      outcome: "left",
      why: expect.stringMatching(BIDI_REFUSED),
    });
    const publisher = outcomes.find((entry) => entry.name.column === "publisher");
    expect(publisher).toMatchObject({ outcome: "left", why: expect.stringMatching(/mixes Latin and Cyrillic/) });

    // Left for a person means untouched: the bell stays with the override until someone renames it.
    const depeche = await fx.db.source.findUniqueOrThrow({ where: { id: fx.sources.depeche.id } });
    expect(depeche.name).toBe("Jane\u202ERoe\u0007");
    const version = await fx.db.articleVersion.findUniqueOrThrow({ where: { id: rows.versionId } });
    expect(version.title).toBe("Le Monde");
    const named = await fx.db.claimNamedSource.findUniqueOrThrow({
      where: { claimId_sourceId: { claimId: fx.claim.id, sourceId: fx.sources.macron.id } },
    });
    expect(named.mentionedAs).toBe("Macron");
    const term = await fx.db.workspaceTerm.findUniqueOrThrow({ where: { id: rows.termId } });
    expect({ label: term.label, term: term.term }).toEqual({ label: "Health", term: "health" });
    const cleanedSource = await fx.db.source.findUniqueOrThrow({ where: { id: fx.sources.parisien.id } });
    expect({ name: cleanedSource.name, normalizedName: cleanedSource.normalizedName }).toEqual({
      name: "Le Parisien",
      normalizedName: "le parisien",
    });

    const events = await fx.db.auditEvent.findMany({
      where: { action: "maintenance.clean_name" },
      select: { workspaceId: true, actorId: true, entityType: true, entityId: true, before: true, after: true },
    });
    expect(events).toHaveLength(6);
    expect(events).toContainEqual({
      workspaceId: fx.workspace.id,
      actorId: null,
      entityType: "workspace",
      entityId: fx.workspace.id,
      before: { name: "Evil\r\nBcc: victim@example.com" },
      after: { name: "Evil Bcc: victim@example.com" },
    });
    expect(events).toContainEqual({
      workspaceId: fx.workspace.id,
      actorId: null,
      entityType: "claim_named_source",
      entityId: rows.namedId,
      before: { mentioned_as: "Macron\u00AD\u2060" },
      after: { mentioned_as: "Macron" },
    });

    // What is left is all a second run finds; cleaning it again changes nothing.
    const left = await findUncleanNames(fx.db);
    expect(left.map((name) => `${name.table}.${name.column} ${name.id}`).sort()).toEqual(
      [
        `app_user.name ${fx.users.viewer.userId}`,
        `article.publisher ${fx.article.id}`,
        `source.name ${fx.sources.journalists.id}`,
        `source.name ${fx.sources.depeche.id}`,
      ].sort(),
    );
    await cleanStoredNames(fx.db, left);
    expect(await fx.db.auditEvent.count({ where: { action: "maintenance.clean_name" } })).toBe(6);
  });
});

describe("claimtrail clean-names", { timeout: 180_000 }, () => {
  let pg: Awaited<ReturnType<typeof createPostgresDatabase>> = null;
  let database: Database | undefined;
  beforeAll(async () => {
    pg = await createPostgresDatabase();
    if (!pg) return;
    database = await openDatabase({ kind: "postgres", url: pg.url }, { root: repoRoot });
    await storeOldRows(await createEditingFixture(database.db));
  });
  afterAll(async () => {
    await database?.close();
    await pg?.drop();
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "lists with every invisible character escaped, then cleans with --apply",
    async () => {
      const env = { DATABASE_URL: pg!.url, CLAIMTRAIL_SEED: "none" };
      const listed = await runCli(["clean-names"], env);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('"Evil\\x0d\\x0aBcc: victim@example.com" -> "Evil Bcc: victim@example.com"');
      expect(listed.stdout).toContain(
        '"Jane\\u202eRoe\\x07" -> "Jane\\u202eRoe" (refused: it contains an invisible direction control (U+202E)',
      );
      expect(listed.stdout).toContain('"Le Monde\\u200b\\ufeff" -> "Le Monde"');
      expect(listed.stdout).toContain('"Macron\\u00ad\\u2060" -> "Macron"');
      expect(listed.stdout).toMatch(PRINTABLE);
      expect(listed.stdout).toContain("10 found; run with --apply to clean them");

      const applied = await runCli(["clean-names", "--apply", "--json"], env);
      expect(applied.code).toBe(0);
      expect(applied.stdout).toMatch(PRINTABLE);
      expect(applied.stdout).toContain('"value": "Jane\\u202eRoe\\u0007"');
      const rows = JSON.parse(applied.stdout) as { value: string; outcome: string; why?: string }[];
      expect(rows.find((row) => row.value === "Jane\u202ERoe\u0007")).toMatchObject({
        outcome: "left",
        why: expect.stringMatching(BIDI_REFUSED),
      });
      expect(rows.map((row) => row.outcome).sort()).toEqual([...Array(6).fill("cleaned"), ...Array(4).fill("left")]);
      const again = await runCli(["clean-names"], env);
      expect(again.stdout).toContain("4 found");
    },
  );
});
