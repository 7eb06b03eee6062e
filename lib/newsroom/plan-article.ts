// One article of a synthetic newsroom: a body whose sentences carry its claims, and for each
// claim a chain of 1–5 hops from its speaker to the article, through organisations, outlets and
// wire agencies, sometimes over parallel outlets. About one claim in ten is unattributed.
import type { ClaimKind, HopRelation } from "../vocabulary";
import type { SourcePool } from "./newsroom-sources";
import type { Random } from "./seeded-random";

type SyntheticHop = {
  from: number;
  /** null: the article. */
  to: number | null;
  relation: HopRelation;
  firstHand: boolean;
  confidence: number;
};

type SyntheticClaim = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  speaker: number | null;
  hops: SyntheticHop[];
  named: number[];
  published: boolean;
};

export type SyntheticArticle = { title: string; body: string; published: boolean; claims: SyntheticClaim[] };

const TOPICS = ["port tariffs", "rail fares", "hospital budget", "school meals", "water prices", "grain exports"];
const MOVES = ["rise", "fall", "double", "stall", "recover", "shrink"];
const WHEN = ["next year", "by spring", "this quarter", "within a decade", "before the vote", "after the summit"];
const FILLER = "Officials gave no further detail. ";

export function planArticle(index: number, claimCount: number, pool: SourcePool, random: Random): SyntheticArticle {
  const topic = random.pick(TOPICS);
  let body = `Report ${index + 1} on the ${topic}. `;
  const claims: SyntheticClaim[] = [];
  for (let i = 0; i < claimCount; i++) {
    const exact = `the ${random.pick(TOPICS)} would ${random.pick(MOVES)} by ${random.int(1, 40)} percent ${random.pick(WHEN)}`;
    const attributed = random.chance(0.9);
    const speaker = attributed ? pool.people[random.skewed(pool.people.length)]! : null;
    const lead = speaker === null ? "It is expected that " : `${pool.all[speaker]!.name} said `;
    body += lead;
    const start = body.length;
    body += exact;
    const end = body.length;
    body += `. ${random.chance(0.5) ? FILLER : ""}`;
    claims.push({
      start,
      end,
      exact,
      prefix: "",
      suffix: "",
      kind: speaker === null ? "UNATTRIBUTED" : random.chance(0.3) ? "DIRECT_QUOTE" : "PARAPHRASE",
      speaker,
      hops: speaker === null ? [] : planChain(speaker, pool, random),
      named: [],
      published: random.chance(0.95),
    });
  }
  for (const claim of claims) {
    claim.prefix = body.slice(Math.max(0, claim.start - 32), claim.start);
    claim.suffix = body.slice(claim.end, claim.end + 32);
    const reporters = claim.hops.filter((hop) => hop.to === null).map((hop) => hop.from);
    claim.named = [...new Set(reporters)].filter((source) => source !== claim.speaker);
  }
  return { title: `Report ${index + 1}: the ${topic}`, body, published: random.chance(0.9), claims };
}

/** speaker → [organisation] → [wire] → outlet(s) → article: 1 to 5 hops. */
function planChain(speaker: number, pool: SourcePool, random: Random): SyntheticHop[] {
  const hops: SyntheticHop[] = [];
  let current = speaker;
  const pass = (to: number | null, relation: HopRelation, firstHand: boolean) => {
    hops.push({ from: current, to, relation, firstHand, confidence: random.pick([0.5, 0.75, 0.9]) });
    if (to !== null) current = to;
  };
  if (random.chance(0.3)) pass(pool.organisations[random.skewed(pool.organisations.length)]!, "SAID_TO", true);
  if (random.chance(0.15)) pass(pool.wires[random.skewed(pool.wires.length)]!, "REPORTED_BY", random.chance(0.5));
  if (random.chance(0.4)) {
    // Parallel outlets: each reports what the last source said, and the article cites them all.
    const from = current;
    const outlets = new Set(
      Array.from({ length: random.int(2, 3) }, () => pool.outlets[random.skewed(pool.outlets.length)]!),
    );
    for (const outlet of outlets) {
      current = from;
      pass(outlet, "REPORTED_BY", false);
      pass(null, "QUOTED_BY", false);
    }
    if (hops.length > 0 && hops.at(-1)!.to === null) return hops;
    current = from;
  } else if (random.chance(0.5)) {
    const outlet = pool.outlets[random.skewed(pool.outlets.length)]!;
    pass(outlet, "REPORTED_BY", false);
    // Another outlet picks the report up: the longest chains, five hops.
    const next = pool.outlets[random.int(0, pool.outlets.length - 1)]!;
    if (next !== outlet && random.chance(0.2)) pass(next, "BASED_ON", false);
  }
  pass(null, current === speaker ? "SAID_TO" : "QUOTED_BY", current === speaker);
  return hops;
}
