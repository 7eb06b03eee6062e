// Many names resolved in one statement (imports, accepted suggestions) give what one name
// resolved at a time gives: a source's own name, the last survivor of a chain of merges, the
// oldest alias of a source not merged away, and nothing for an unknown name or another
// workspace's source.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/server/database/open-database";
import { resolveSourceName } from "@/server/services/sources/resolve-source-name";
import { resolveSourceNames } from "@/server/services/sources/resolve-source-names";
import { testEngines } from "../support/test-databases";

describe.each(testEngines())("resolving many source names at once on $name", (engine) => {
  let database: Database;
  let db: Db;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    database = await engine.open();
    db = database.db;
    const [ours, theirs] = await Promise.all(
      ["ours", "theirs"].map((slug) => db.workspace.create({ data: { slug, name: slug }, select: { id: true } })),
    );
    const source = async (key: string, workspaceId: string, mergedIntoId: string | null = null) => {
      ids[key] = (
        await db.source.create({
          data: { workspaceId, type: "OUTLET", name: key, normalizedName: key, mergedIntoId },
          select: { id: true },
        })
      ).id;
    };
    await source("reuters", ours!.id);
    await source("agence c", ours!.id);
    await source("agence b", ours!.id, ids["agence c"]);
    await source("agence a", ours!.id, ids["agence b"]);
    await source("gone", ours!.id, ids.reuters);
    await source("elsewhere", theirs!.id);
    const alias = (name: string, sourceId: string, createdAt: string) =>
      db.sourceAlias.create({ data: { sourceId, name, normalizedName: name, createdAt: new Date(createdAt) } });
    await alias("thomson reuters", ids.reuters!, "2026-01-02T00:00:00Z");
    await alias("thomson reuters", ids["agence c"]!, "2026-01-01T00:00:00Z");
    await alias("old name", ids.gone!, "2026-01-01T00:00:00Z");
    await alias("afp", ids["agence c"]!, "2026-01-03T00:00:00Z");
    await alias("elsewhere alias", ids.elsewhere!, "2026-01-01T00:00:00Z");
  });
  afterAll(() => database.close());

  it("resolves by name, through every merge, by the oldest alias, and not across workspaces", async () => {
    const workspaceId = (await db.workspace.findUniqueOrThrow({ where: { slug: "ours" } })).id;
    const names = [
      "reuters",
      "agence a",
      "agence b",
      "thomson reuters",
      "afp",
      "old name",
      "elsewhere",
      "elsewhere alias",
      "nobody",
    ];
    const many = await db.$transaction((tx) => resolveSourceNames(tx, workspaceId, names));
    expect(Object.fromEntries(many)).toEqual({
      reuters: { sourceId: ids.reuters, via: "name" },
      "agence a": { sourceId: ids["agence c"], via: "merge" },
      "agence b": { sourceId: ids["agence c"], via: "merge" },
      "thomson reuters": { sourceId: ids["agence c"], via: "alias" },
      afp: { sourceId: ids["agence c"], via: "alias" },
    });
    for (const name of names) {
      const one = await db.$transaction((tx) => resolveSourceName(tx, workspaceId, name));
      expect(many.get(name) ?? null).toEqual(one);
    }
  });
});
