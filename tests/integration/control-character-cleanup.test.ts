// Names and titles stored before control characters were refused keep them (issue 13):
// `claimtrail clean-names` lists them and, with --apply, cleans them (each run of control
// characters becomes one space), one audit record per row; a name that would be left empty, or a
// source name that would then match another source of its workspace, is left for a person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "@/server/database/open-database";
import {
  cleanControlCharacterNames,
  cleanName,
  findControlCharacterNames,
} from "@/server/services/maintenance/control-character-names";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { runCli } from "../support/run-cli";
import { createPostgresDatabase, testEngines } from "../support/test-databases";
import { repoRoot } from "../support/test-env";

/** Writes what the edges refuse now, as rows written before the rule were. */
async function storeOldRows(fx: EditingFixture) {
  const db = fx.db;
  await db.$executeRawUnsafe(
    `UPDATE workspace SET name = $1 WHERE id = $2::uuid`,
    "Evil\r\nBcc: victim@example.com",
    fx.workspace.id,
  );
  await db.$executeRawUnsafe(
    `UPDATE article SET title = $1 WHERE id = $2::uuid`,
    "Esc \u001b]0;PWNED\u0007 title \u001b[2J",
    fx.article.id,
  );
  await db.$executeRawUnsafe(
    `UPDATE app_user SET name = $1 WHERE id = $2::uuid`,
    "\u0085\u0007",
    fx.users.viewer.userId,
  );
  await db.$executeRawUnsafe(`UPDATE source SET name = $1 WHERE id = $2::uuid`, "Le\tParisien", fx.sources.parisien.id);
  // "La\nDépêche" would become "La Dépêche", the name of another source of the workspace.
  await db.$executeRawUnsafe(
    `UPDATE source SET name = $1 WHERE id = $2::uuid`,
    "Le\u0085Parisien",
    fx.sources.journalists.id,
  );
}

describe("cleanName", () => {
  it("turns each run of control characters into one space and trims; null when nothing is left", () => {
    expect(cleanName("Evil\r\nBcc: victim@example.com")).toBe("Evil Bcc: victim@example.com");
    expect(cleanName("Esc \u001b]0;PWNED\u0007 title \u001b[2J")).toBe("Esc ]0;PWNED title [2J");
    expect(cleanName("Le\u009bMonde")).toBe("Le Monde");
    expect(cleanName("\u0085\u0007 ")).toBeNull();
  });
});

describe.each(testEngines())("clean-names on $name", (engine) => {
  let database: Database;
  let fx: EditingFixture;
  beforeAll(async () => {
    database = await engine.open();
    fx = await createEditingFixture(database.db);
    await storeOldRows(fx);
  });
  afterAll(() => database?.close());

  it("finds the rows, cleans what it can with an audit record each, and leaves the rest", async () => {
    const found = await findControlCharacterNames(fx.db);
    expect(found.map(({ table, column, id, cleaned }) => ({ table, column, id, cleaned }))).toEqual([
      { table: "workspace", column: "name", id: fx.workspace.id, cleaned: "Evil Bcc: victim@example.com" },
      { table: "app_user", column: "name", id: fx.users.viewer.userId, cleaned: null },
      { table: "article", column: "title", id: fx.article.id, cleaned: "Esc ]0;PWNED title [2J" },
      ...[
        { table: "source", column: "name", id: fx.sources.parisien.id, cleaned: "Le Parisien" },
        { table: "source", column: "name", id: fx.sources.journalists.id, cleaned: "Le Parisien" },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    ]);

    const outcomes = await cleanControlCharacterNames(fx.db, found);
    const byId = new Map(outcomes.map((entry) => [entry.name.id, entry]));
    expect(byId.get(fx.workspace.id)!.outcome).toBe("cleaned");
    expect(byId.get(fx.article.id)!.outcome).toBe("cleaned");
    expect(byId.get(fx.users.viewer.userId)).toMatchObject({
      outcome: "left",
      why: expect.stringMatching(/nothing would be left/),
    });
    // Le Parisien is cleaned back to its name; the other source would then share it: left.
    expect(byId.get(fx.sources.parisien.id)!.outcome).toBe("cleaned");
    expect(byId.get(fx.sources.journalists.id)).toMatchObject({
      outcome: "left",
      why: expect.stringMatching(/match another name/),
    });

    const workspace = await fx.db.workspace.findUniqueOrThrow({ where: { id: fx.workspace.id } });
    expect(workspace.name).toBe("Evil Bcc: victim@example.com");
    const events = await fx.db.auditEvent.findMany({
      where: { action: "maintenance.clean_name" },
      select: { workspaceId: true, actorId: true, entityType: true, entityId: true, before: true, after: true },
    });
    expect(events).toHaveLength(3);
    expect(events).toContainEqual({
      workspaceId: fx.workspace.id,
      actorId: null,
      entityType: "workspace",
      entityId: fx.workspace.id,
      before: { name: "Evil\r\nBcc: victim@example.com" },
      after: { name: "Evil Bcc: victim@example.com" },
    });
    const cleanedSource = await fx.db.source.findUniqueOrThrow({ where: { id: fx.sources.parisien.id } });
    expect(cleanedSource.name).toBe("Le Parisien");
    expect(cleanName(cleanedSource.normalizedName)).toBe(cleanedSource.normalizedName);

    // What is left is all a second run finds; cleaning it again changes nothing.
    const left = await findControlCharacterNames(fx.db);
    expect(left.map((name) => name.id).sort()).toEqual([fx.users.viewer.userId, fx.sources.journalists.id].sort());
    await cleanControlCharacterNames(fx.db, left);
    expect(await fx.db.auditEvent.count({ where: { action: "maintenance.clean_name" } })).toBe(3);
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

  it.skipIf(!process.env.TEST_DATABASE_URL)("lists without changing, then cleans with --apply", async () => {
    const env = { DATABASE_URL: pg!.url, CLAIMTRAIL_SEED: "none" };
    const listed = await runCli(["clean-names"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("workspace.name ");
    expect(listed.stdout).toContain('"Evil\\x0d\\x0aBcc: victim@example.com" -> "Evil Bcc: victim@example.com"');
    expect(listed.stdout).toContain("5 found; run with --apply to clean them");
    const applied = await runCli(["clean-names", "--apply", "--json"], env);
    expect(applied.code).toBe(0);
    const rows = JSON.parse(applied.stdout) as { outcome: string }[];
    expect(rows.map((row) => row.outcome).sort()).toEqual(["cleaned", "cleaned", "cleaned", "left", "left"]);
    const again = await runCli(["clean-names"], env);
    expect(again.stdout).toContain("2 found");
  });
});
