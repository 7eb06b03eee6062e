// Field values shared by every CSL-JSON item of a work: dates only from a recorded date, names
// split only for people, and the note of standing and the claims that rely on the work.
import type { SourceType, StandingStatus } from "../vocabulary";
import { STANDING_WORDS } from "../words/display-words";
import { capitalize, joinNames } from "../words/phrasing";
import { type CslName, splitPersonName } from "./csl-person-name";
import { toIsoDate } from "./report-text";

export type CslDate = { "date-parts": [[number, number, number]] };

/** A recorded ISO date as CSL date parts; undefined when nothing was recorded. */
export function toCslDate(iso: string | null | undefined): CslDate | undefined {
  const date = toIsoDate(iso);
  if (!date) return undefined;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { "date-parts": [[year, month, day]] };
}

/** A person's name split where the split is clear; any other source's name whole (`literal`). */
export function toCslName(source: { name: string; type: SourceType }): CslName {
  return source.type === "PERSON" ? splitPersonName(source.name) : { literal: source.name };
}

/**
 * The standing an item's note flags ("Retracted", "Corrected"), else null: the readable
 * bibliographies print it after the title, as APA marks a retracted work, since APA prints no note.
 */
export function readStandingFlag(note: string | undefined): string | null {
  const flags = (["RETRACTED", "CORRECTED"] as const).map((standing) => capitalize(STANDING_WORDS[standing]));
  return flags.find((flag) => note?.startsWith(`${flag}. `)) ?? null;
}

/** "Retracted. Relied on by claims 3 and 4." or, in a document of several articles, "… claims 3 and 4 of “Title”." */
export function noteReliance(standing: StandingStatus, claims: readonly number[], articleTitle: string | null): string {
  const flagged = standing === "ACTIVE" ? "" : `${capitalize(STANDING_WORDS[standing])}. `;
  const which = claims.length === 1 ? `claim ${claims[0]}` : `claims ${joinNames(claims.map(String))}`;
  return `${flagged}Relied on by ${which}${articleTitle ? ` of “${articleTitle}”` : ""}.`;
}
