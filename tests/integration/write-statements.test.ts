// How many SQL statements an editor's write sends through the tRPC caller (issue 14, lean
// writes): counts, not timing. PostgreSQL's count is one more than PGlite's for each write (its
// adapter sends the COMMIT as a statement). Annotating one claim with three hops and its audit
// records, adding hops, accepting a suggestion and revising an article each take a handful, and a
// revision takes as many for ten claims as for two (no statement per claim).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import type { Database } from "@/server/database/open-database";
import { createQueryCounter } from "../support/count-queries";
import { createEditingFixture, type EditingFixture } from "../support/editing-fixtures";
import { testEngines } from "../support/test-databases";

const SENTENCES = Array.from({ length: 10 }, (_, i) => `Minister ${i + 1} said the port would reopen in spring.`);

describe.each(testEngines())("statements of an editor's writes on $name", (engine) => {
  let database: Database;
  let fixture: EditingFixture;
  const { counter, wrapAdapter } = createQueryCounter();
  beforeAll(async () => {
    database = await engine.open({ wrapAdapter });
    fixture = await createEditingFixture(database.db);
  });
  afterAll(() => database.close());

  /** The statements `write` sends, and its result. */
  async function count<T>(write: () => Promise<T>): Promise<{ statements: number; result: T }> {
    counter.reset();
    const result = await write();
    console.info(counter.statements.map((s) => s.replace(/\s+/g, " ").slice(0, 160)).join("\n"));
    return { statements: counter.count, result };
  }

  it("annotates one claim with three hops and its audit records in at most 4 statements", async () => {
    const { editor } = fixture.callers;
    const { macron, journalists, depeche } = fixture.sources;
    const { statements, result } = await count(() =>
      editor.editing.createClaim({
        articleId: fixture.article.id,
        ...fixture.troopsSpan(),
        kind: "PARAPHRASE",
        speakerId: macron.id,
        primaryRecord: "NOT_AVAILABLE",
        hops: [
          {
            fromSourceId: macron.id,
            toSourceId: journalists.id,
            relation: "SAID_TO",
            firstHand: true,
            confidence: 0.9,
          },
          {
            fromSourceId: journalists.id,
            toSourceId: depeche.id,
            relation: "REPORTED_BY",
            firstHand: false,
            confidence: 0.5,
          },
          {
            fromSourceId: depeche.id,
            toSourceId: null,
            relation: "PARAPHRASED_BY",
            firstHand: false,
            confidence: 0.75,
          },
        ],
      }),
    );
    console.info(`annotate (one claim, 3 hops) on ${engine.name}: ${statements} statements`);
    expect(statements).toBeLessThanOrEqual(4);
    const claim = await fixture.callers.editor.sourcing.claim({ id: result.id });
    expect(claim.hops.map((hop) => [hop.from.name, hop.to?.name ?? null, hop.position])).toEqual([
      [macron.name, journalists.name, 0],
      [journalists.name, depeche.name, 1],
      [depeche.name, null, 2],
    ]);
    const audit = await database.db.auditEvent.findMany({
      where: { entityId: result.id },
      select: { action: true, actorId: true },
    });
    expect(audit.map((event) => event.action).sort()).toEqual(["claim.create", "hop.add", "hop.add", "hop.add"]);
    expect(audit.every((event) => event.actorId === fixture.users.editor.userId)).toBe(true);
    const row = await database.db.claim.findUniqueOrThrow({
      where: { id: result.id },
      select: { lastSourcingEditorId: true },
    });
    expect(row.lastSourcingEditorId).toBe(fixture.users.editor.userId);
  });

  it("adds two hops to a claim's chain in at most 11 statements, after the hops it had", async () => {
    const { editor } = fixture.callers;
    const { journalists, parisien } = fixture.sources;
    const hop = await fixture.freshHop();
    const { statements, result } = await count(() =>
      editor.editing.addHops({
        claimId: hop.claimId,
        claimVersion: hop.claimVersion,
        hops: [
          {
            fromSourceId: journalists.id,
            toSourceId: parisien.id,
            relation: "REPORTED_BY",
            firstHand: false,
            confidence: 0.5,
          },
          {
            fromSourceId: parisien.id,
            toSourceId: null,
            relation: "PARAPHRASED_BY",
            firstHand: false,
            confidence: 0.75,
          },
        ],
      }),
    );
    console.info(`add 2 hops on ${engine.name}: ${statements} statements`);
    expect(statements).toBeLessThanOrEqual(11);
    expect(result.claimVersion).toBe(hop.claimVersion + 1);
    const claim = await editor.sourcing.claim({ id: hop.claimId });
    expect(claim.hops.map((row) => [row.from.name, row.to?.name ?? null, row.position])).toEqual([
      ["Emmanuel Macron", journalists.name, 0],
      [journalists.name, parisien.name, 1],
      [parisien.name, null, 2],
    ]);
  });

  it("accepts a suggestion in at most 6 statements", async () => {
    const { editor } = fixture.callers;
    const { id: articleId } = await editor.editing.createArticle({
      workspaceId: fixture.workspace.id,
      title: "Cranes",
      content: "Paul Okafor told the Harbour Gazette that the company had been warned about crane maintenance.",
    });
    const draft = (await editor.editing.suggestClaims({ articleId })).map(proposeClaimDraft)[0]!;
    const shownHops = listDraftHops(draft);
    const { statements, result } = await count(() => editor.editing.acceptSuggestion({ articleId, draft, shownHops }));
    console.info(`accept a suggestion (${shownHops.length} hops) on ${engine.name}: ${statements} statements`);
    expect(statements).toBeLessThanOrEqual(6);
    expect((await editor.sourcing.claim({ id: result.id })).hops).toHaveLength(shownHops.length);
  });

  it("revises an article of ten claims in as many statements as one of two", async () => {
    const { editor } = fixture.callers;
    const revise = async (claims: number) => {
      const content = SENTENCES.slice(0, claims).join(" ");
      const { id } = await editor.editing.createArticle({ workspaceId: fixture.workspace.id, title: "Port", content });
      for (const sentence of SENTENCES.slice(0, claims)) {
        const start = content.indexOf(sentence);
        await editor.editing.createClaim({
          articleId: id,
          start,
          end: start + sentence.length,
          exact: sentence,
          kind: "PARAPHRASE",
        });
      }
      const revised = await count(() =>
        editor.editing.reviseArticle({ articleId: id, content: `Breaking. ${content}`, contentType: "text" }),
      );
      expect(revised.result.claims.every((claim) => claim.status === "unchanged" || claim.status === "moved")).toBe(
        true,
      );
      return revised.statements;
    };
    const two = await revise(2);
    const ten = await revise(10);
    console.info(`revise on ${engine.name}: ${two} statements (2 claims), ${ten} (10 claims)`);
    expect(ten).toBe(two);
    expect(ten).toBeLessThanOrEqual(12);
  });
});
