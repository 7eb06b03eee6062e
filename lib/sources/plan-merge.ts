// Merging a duplicate source into the one that stays: which rows move, which would break a
// unique rule and are set aside instead (and put back on undo), and what stops the merge.
// The plan is what `source_merge.moved` records, so an undo moves exactly these rows back.
import { z } from "zod";
import type { SourceLinkKind } from "../vocabulary";
import type { MovedCounts } from "./schemas";

const Id = z.string();
const Stamp = z.string();

export const MergeMoved = z.object({
  format: z.literal(1),
  /** Claims whose speaker was the duplicate. */
  claimSpeakers: z.array(Id),
  /** Claims whose primary-record source was the duplicate. */
  claimRecordSources: z.array(Id),
  hopsFrom: z.array(Id),
  hopsTo: z.array(Id),
  /** Claims whose named source (claim_named_source) was the duplicate, now the survivor. */
  namedSources: z.array(Id),
  /** Named-source rows of claims that already named the survivor: deleted, recreated on undo. */
  droppedNamedSources: z.array(
    z.object({ claimId: Id, position: z.number().int(), mentionedAs: z.string().nullable() }),
  ),
  aliases: z.array(Id),
  /** Aliases the survivor already had (by name or alias): deleted, recreated on undo. */
  droppedAliases: z.array(z.object({ id: Id, name: z.string(), normalizedName: z.string(), createdAt: Stamp })),
  /** The alias the merge gave the survivor: the duplicate's name. Removed on undo. */
  createdAlias: z.object({ id: Id, name: z.string() }).nullable(),
  assessments: z.array(Id),
  linksFrom: z.array(Id),
  linksTo: z.array(Id),
  /** Links the survivor already had, or between the two sources: deleted, recreated on undo. */
  droppedLinks: z.array(
    z.object({
      id: Id,
      fromSourceId: Id,
      toSourceId: Id,
      kind: z.enum(["SPEAKS_FOR", "MEMBER_OF", "PRODUCED_BY"]),
      createdAt: Stamp,
    }),
  ),
  snapshots: z.array(Id),
  /** Sources merged into the duplicate earlier, now marked as merged into the survivor. */
  mergedSources: z.array(Id),
});
export type MergeMoved = z.infer<typeof MergeMoved>;

type Named = { id: string; name: string; normalizedName: string };
type HopRef = { id: string; claimId: string; fromSourceId: string; toSourceId: string | null };
type NamedSourceRef = { claimId: string; sourceId: string; position: number; mentionedAs: string | null };
type AliasRef = { id: string; sourceId: string; name: string; normalizedName: string; createdAt: string };
type LinkRef = { id: string; fromSourceId: string; toSourceId: string; kind: SourceLinkKind; createdAt: string };

/** Everything that refers to the duplicate, and what of the survivor's could collide with it. */
export type MergeRefs = {
  survivor: Named;
  duplicate: Named;
  speakerClaimIds: string[];
  recordClaimIds: string[];
  /** Hops from or to the duplicate. */
  hops: HopRef[];
  /** Named-source rows of the duplicate, and of the survivor on the same claims. */
  namedSources: NamedSourceRef[];
  /** Aliases of both sources. */
  aliases: AliasRef[];
  assessmentIds: string[];
  /** Links touching either source. */
  links: LinkRef[];
  snapshotIds: string[];
  mergedSourceIds: string[];
  /** The claims the hops belong to, as their speakers' statements cut for messages (lib/words/claim-statement.ts). */
  claimStatements: Record<string, string>;
};

export type MergePlan = {
  moved: Omit<MergeMoved, "createdAlias">;
  /** The duplicate's name, to become an alias of the survivor (null when it already is one). */
  newAlias: { name: string; normalizedName: string } | null;
  /** Why the merge cannot go ahead; empty when it can. */
  blockers: string[];
  /** Claims whose speaker, record source, hops or named sources change. */
  affectedClaimIds: string[];
};

export function planMerge(refs: MergeRefs): MergePlan {
  const { survivor, duplicate } = refs;
  const blockers: string[] = [];
  const hopsFrom: string[] = [];
  const hopsTo: string[] = [];
  for (const hop of refs.hops) {
    const between =
      (hop.fromSourceId === duplicate.id && hop.toSourceId === survivor.id) ||
      (hop.fromSourceId === survivor.id && hop.toSourceId === duplicate.id);
    if (between) {
      const [from, to] =
        hop.fromSourceId === duplicate.id ? [duplicate.name, survivor.name] : [survivor.name, duplicate.name];
      blockers.push(
        `a claim (${refs.claimStatements[hop.claimId] ?? hop.claimId}) has a hop from ${from} to ${to}, which would become a hop from ${survivor.name} to itself; remove or change that hop first, then merge`,
      );
      continue;
    }
    if (hop.fromSourceId === duplicate.id) hopsFrom.push(hop.id);
    if (hop.toSourceId === duplicate.id) hopsTo.push(hop.id);
  }

  const survivorNamedClaims = new Set(
    refs.namedSources.filter((row) => row.sourceId === survivor.id).map((row) => row.claimId),
  );
  const namedSources: string[] = [];
  const droppedNamedSources: MergeMoved["droppedNamedSources"] = [];
  for (const row of refs.namedSources.filter((named) => named.sourceId === duplicate.id)) {
    if (survivorNamedClaims.has(row.claimId))
      droppedNamedSources.push({ claimId: row.claimId, position: row.position, mentionedAs: row.mentionedAs });
    else namedSources.push(row.claimId);
  }

  const survivorNames = new Set([
    survivor.normalizedName,
    ...refs.aliases.filter((alias) => alias.sourceId === survivor.id).map((alias) => alias.normalizedName),
  ]);
  const aliases: string[] = [];
  const droppedAliases: MergeMoved["droppedAliases"] = [];
  for (const alias of refs.aliases.filter((row) => row.sourceId === duplicate.id)) {
    if (survivorNames.has(alias.normalizedName)) {
      droppedAliases.push({
        id: alias.id,
        name: alias.name,
        normalizedName: alias.normalizedName,
        createdAt: alias.createdAt,
      });
    } else {
      aliases.push(alias.id);
      survivorNames.add(alias.normalizedName);
    }
  }
  const newAlias = survivorNames.has(duplicate.normalizedName)
    ? null
    : { name: duplicate.name, normalizedName: duplicate.normalizedName };

  const onSurvivor = (id: string) => (id === duplicate.id ? survivor.id : id);
  const linkKey = (from: string, to: string, kind: SourceLinkKind) => `${from}→${to}:${kind}`;
  const survivorLinks = new Set(
    refs.links
      .filter((link) => link.fromSourceId !== duplicate.id && link.toSourceId !== duplicate.id)
      .map((link) => linkKey(link.fromSourceId, link.toSourceId, link.kind)),
  );
  const linksFrom: string[] = [];
  const linksTo: string[] = [];
  const droppedLinks: MergeMoved["droppedLinks"] = [];
  for (const link of refs.links.filter((row) => row.fromSourceId === duplicate.id || row.toSourceId === duplicate.id)) {
    const from = onSurvivor(link.fromSourceId);
    const to = onSurvivor(link.toSourceId);
    const key = linkKey(from, to, link.kind);
    if (from === to || survivorLinks.has(key)) {
      droppedLinks.push({
        id: link.id,
        fromSourceId: link.fromSourceId,
        toSourceId: link.toSourceId,
        kind: link.kind,
        createdAt: link.createdAt,
      });
      continue;
    }
    survivorLinks.add(key);
    if (link.fromSourceId === duplicate.id) linksFrom.push(link.id);
    else linksTo.push(link.id);
  }

  const hopClaims = refs.hops
    .filter((hop) => hopsFrom.includes(hop.id) || hopsTo.includes(hop.id))
    .map((hop) => hop.claimId);
  const affectedClaimIds = unique([
    ...refs.speakerClaimIds,
    ...refs.recordClaimIds,
    ...hopClaims,
    ...namedSources,
    ...droppedNamedSources.map((row) => row.claimId),
  ]);

  return {
    moved: {
      format: 1,
      claimSpeakers: [...refs.speakerClaimIds],
      claimRecordSources: [...refs.recordClaimIds],
      hopsFrom,
      hopsTo,
      namedSources,
      droppedNamedSources,
      aliases,
      droppedAliases,
      assessments: [...refs.assessmentIds],
      linksFrom,
      linksTo,
      droppedLinks,
      snapshots: [...refs.snapshotIds],
      mergedSources: [...refs.mergedSourceIds],
    },
    newAlias,
    blockers,
    affectedClaimIds,
  };
}

/** What a merge moved, in the units an editor counts. */
export function countMoved(moved: MergeMoved): MovedCounts {
  return {
    claims: unique([...moved.claimSpeakers, ...moved.claimRecordSources]).length,
    hops: unique([...moved.hopsFrom, ...moved.hopsTo]).length,
    namedSources: moved.namedSources.length,
    aliases: moved.aliases.length + (moved.createdAlias ? 1 : 0),
    assessments: moved.assessments.length,
    links: moved.linksFrom.length + moved.linksTo.length,
    snapshots: moved.snapshots.length,
    dropped: moved.droppedNamedSources.length + moved.droppedAliases.length + moved.droppedLinks.length,
  };
}

/** Claims whose sourcing a merge (or its undo) changes. */
export function claimsTouchedBy(moved: MergeMoved, hopClaimIds: readonly string[]): string[] {
  return unique([
    ...moved.claimSpeakers,
    ...moved.claimRecordSources,
    ...hopClaimIds,
    ...moved.namedSources,
    ...moved.droppedNamedSources.map((row) => row.claimId),
  ]);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
