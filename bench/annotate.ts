// Annotating through the tRPC caller against the raw transaction of the same rows (issue 14,
// benchmark 2). An editor annotates one claim with three hops (speaker → journalists → outlet →
// this article): `editing.createClaim` as the editor's page calls it (authorization, checks,
// audit records), against one hand-written transaction inserting the same claim, its three hops
// and four audit records with multi-row INSERTs. Alternately, 3 unmeasured then `runs` measured
// of each; medians.
import { randomUUID } from "node:crypto";
import type { Database } from "@/server/database/open-database";
import { createInnerContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import type { BenchEngine } from "./bench-engines";

export type AnnotateRow = { engine: string; callerMs: number; rawMs: number };

const WARMUP = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchAnnotate(engines: BenchEngine[], runs = 21): Promise<AnnotateRow[]> {
  const rows: AnnotateRow[] = [];
  for (const engine of engines) {
    const database = await engine.open();
    try {
      const desk = await openDesk(database, 2 * (WARMUP + runs));
      const times = { caller: [] as number[], raw: [] as number[] };
      for (let run = 0; run < WARMUP + runs; run++) {
        for (const way of ["caller", "raw"] as const) {
          const sentence = desk.sentences[2 * run + (way === "raw" ? 1 : 0)]!;
          const started = performance.now();
          await (way === "caller" ? desk.annotate(sentence) : desk.insertRaw(sentence));
          if (run >= WARMUP) times[way].push(performance.now() - started);
        }
      }
      rows.push({ engine: engine.name, callerMs: median(times.caller), rawMs: median(times.raw) });
    } finally {
      await database.close();
    }
  }
  return rows;
}

type Span = { start: number; end: number; exact: string };

/** An editor of a workspace with four sources and a draft article of `claims` sentences. */
async function openDesk(database: Database, claims: number) {
  const { db } = database;
  const user = await db.user.create({ data: { email: "desk@example.org", name: "Desk" }, select: { id: true } });
  const editor = createCaller(
    createInnerContext({ db, session: { userId: user.id, email: "desk@example.org", name: "Desk" } }),
  );
  const workspace = await editor.workspaces.create({ name: "Bench desk", slug: "bench-desk" });
  const texts = Array.from({ length: claims }, (_, i) => `Minister ${i} said the port would reopen in spring.`);
  const body = texts.join(" ");
  const article = await editor.editing.createArticle({ workspaceId: workspace.id, title: "Port", content: body });
  const source = async (name: string, type: "PERSON" | "EVENT" | "OUTLET") =>
    (await editor.sources.findOrCreate({ workspaceId: workspace.id, name, type })).source.id;
  const speaker = await source("The minister", "PERSON");
  const journalists = await source("journalists at a briefing", "EVENT");
  const outlet = await source("The Harbour Gazette", "OUTLET");
  const hops = [
    { fromSourceId: speaker, toSourceId: journalists, relation: "SAID_TO", firstHand: true, confidence: 0.9 },
    { fromSourceId: journalists, toSourceId: outlet, relation: "REPORTED_BY", firstHand: false, confidence: 0.5 },
    { fromSourceId: outlet, toSourceId: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
  ] as const;
  const sentences: Span[] = texts.map((exact) => {
    const start = body.indexOf(exact);
    return { start, end: start + exact.length, exact };
  });

  const annotate = (span: Span) =>
    editor.editing.createClaim({
      articleId: article.id,
      ...span,
      kind: "PARAPHRASE",
      speakerId: speaker,
      hops: hops.map((hop) => ({ ...hop })),
    });

  /** The same rows in one transaction: the claim, its hops and four audit records. */
  const insertRaw = (span: Span) =>
    db.$transaction(async (tx) => {
      const claimId = randomUUID();
      await tx.$executeRaw`INSERT INTO claim (id, article_id, start_offset, end_offset, exact, prefix, suffix, kind,
          speaker_id, last_sourcing_editor_id)
        VALUES (${claimId}::uuid, ${article.id}::uuid, ${span.start}, ${span.end}, ${span.exact}, '', '',
          'PARAPHRASE', ${speaker}::uuid, ${user.id}::uuid)`;
      const hopIds = hops.map(() => randomUUID());
      await tx.$executeRaw`INSERT INTO hop (id, claim_id, from_source_id, to_source_id, relation, first_hand, confidence, position)
        SELECT id, ${claimId}::uuid, from_id, to_id, relation::"HopRelation", first_hand, confidence, position
        FROM unnest(${hopIds}::uuid[], ${hops.map((hop) => hop.fromSourceId)}::uuid[],
          ${hops.map((hop) => hop.toSourceId)}::uuid[], ${hops.map((hop) => hop.relation)}::text[],
          ${hops.map((hop) => hop.firstHand)}::boolean[], ${hops.map((hop) => hop.confidence)}::float8[],
          ${hops.map((_, i) => i)}::integer[])
          AS h(id, from_id, to_id, relation, first_hand, confidence, position)`;
      const audits = [
        { action: "claim.create", after: { ...span, kind: "PARAPHRASE", speakerId: speaker } },
        ...hops.map((hop, i) => ({ action: "hop.add", after: { hopId: hopIds[i], claimId, ...hop } })),
      ];
      await tx.$executeRaw`INSERT INTO audit_event (workspace_id, actor_id, action, entity_type, entity_id, after)
        SELECT ${workspace.id}::uuid, ${user.id}::uuid, action, 'claim', ${claimId}, after
        FROM unnest(${audits.map((audit) => audit.action)}::text[],
          ${audits.map((audit) => JSON.stringify(audit.after))}::jsonb[]) AS a(action, after)`;
    });

  return { sentences, annotate, insertRaw };
}
