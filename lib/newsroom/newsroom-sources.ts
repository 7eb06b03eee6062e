// The sources of a synthetic newsroom: people, organisations, outlets and a few wire agencies,
// sized to the number of claims, with a small share corrected or retracted. Sources are shared
// by many articles, as in a real newsroom: a handful are used everywhere.
import type { SourceType, StandingStatus } from "../vocabulary";
import type { Random } from "./seeded-random";

type SyntheticSource = { name: string; type: SourceType; standing: StandingStatus };

export type SourcePool = {
  all: SyntheticSource[];
  people: number[];
  organisations: number[];
  outlets: number[];
  wires: number[];
};

const WIRES = ["Agence France-Presse", "Reuters", "Associated Press"];
const GIVEN = ["Anna", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kofi", "Lena"];
const FAMILY = ["Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka", "Ueda", "Varga", "Weber"];
const BODIES = ["Ministry of Finance", "Health Agency", "City Council", "Central Bank", "Port Authority", "Union"];
const PAPERS = ["Courier", "Gazette", "Herald", "Observer", "Tribune", "Chronicle", "Post", "Ledger"];

/** About one person per 20 claims, one organisation per 200, one outlet per 1,000 (at least a few of each). */
export function planSources(claims: number, random: Random): SourcePool {
  const all: SyntheticSource[] = [];
  const add = (name: string, type: SourceType, mayFall: boolean) => {
    const roll = random.next();
    const standing: StandingStatus =
      mayFall && roll < 0.01 ? "RETRACTED" : mayFall && roll < 0.03 ? "CORRECTED" : "ACTIVE";
    all.push({ name, type, standing });
    return all.length - 1;
  };
  const people = range(Math.max(20, Math.ceil(claims / 20))).map((i) =>
    add(`${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]} ${i + 1}`, "PERSON", true),
  );
  const organisations = range(Math.max(5, Math.ceil(claims / 200))).map((i) =>
    add(`${BODIES[i % BODIES.length]} ${i + 1}`, "ORGANIZATION", false),
  );
  const outlets = range(Math.max(5, Math.ceil(claims / 1000))).map((i) =>
    add(`The ${PAPERS[i % PAPERS.length]} ${i + 1}`, "OUTLET", true),
  );
  const wires = WIRES.map((name) => add(name, "OUTLET", false));
  return { all, people, organisations, outlets, wires };
}

function range(size: number): number[] {
  return Array.from({ length: size }, (_, i) => i);
}
