// The reader summary's four figures, each with the words that follow it, agreeing with its
// number: "1 rests on indirect reporting", "2 rest on …", never "1 claims are".
import { countNoun } from "../count-noun";
import type { SourcingCounts } from "./count-sourcing";

export type SourcingFigure = {
  /** The `data-figure` of the summary's line. */
  figure: "claims" | "indirect" | "no-primary-record" | "single-source";
  value: number;
  /** What follows the figure, ending with a full stop. */
  words: string;
};

export function describeSourcingFigures(counts: Omit<SourcingCounts, "byStrength">): SourcingFigure[] {
  const one = (value: number) => value === 1;
  const unattributed =
    counts.unattributed === 0
      ? ""
      : one(counts.claims) && one(counts.unattributed)
        ? ", stated without naming a source"
        : `, ${counts.unattributed} of them stated without naming a source`;
  return [
    {
      figure: "claims",
      value: counts.claims,
      words: `${one(counts.claims) ? "claim is" : "claims are"} marked in the text${unattributed}.`,
    },
    {
      figure: "indirect",
      value: counts.indirect,
      words: `${one(counts.indirect) ? "rests" : "rest"} on indirect reporting: the claim reached the article through someone else, not from its source first-hand.`,
    },
    {
      figure: "no-primary-record",
      value: counts.noPrimaryRecord,
      words: `${one(counts.noPrimaryRecord) ? "has" : "have"} no primary record: no recording, transcript or document of the original words is available.`,
    },
    {
      figure: "single-source",
      value: counts.singleSource,
      words: `of the ${countNoun(counts.attributed, "attributed claim")} ${one(counts.singleSource) ? "is single-source: it reaches" : "are single-source: they reach"} the article by one independent line of sourcing. Several reports that share a source upstream count as one line.`,
    },
  ];
}
