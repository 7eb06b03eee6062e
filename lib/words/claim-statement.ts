// How a claim's words are shown wherever they appear apart from the article's own text (reader
// panels, claim and source pages, reports, ClaimReview): quotation marks only around a direct
// quote, a paraphrase as reported speech, and a denial as a denial. Readers take quotation marks
// as the speaker's exact words, so a paraphrase in quotation marks would misstate the sourcing.
import type { ClaimKind, ClaimStance } from "../vocabulary";

export type StatableClaim = {
  quote: string;
  kind: ClaimKind;
  /** ASSERTS when absent. */
  stance?: ClaimStance;
  speakerName: string | null;
};

export type ClaimStatement = {
  /** "Emmanuel Macron said that", "Meridian denied", "Emmanuel Macron:", or "" (unattributed). */
  lead: string;
  /** The claim's words, between curly quotation marks only when `quoted`. */
  words: string;
  quoted: boolean;
  /** Closing punctuation the sentence needs ("." after reported speech), or "". */
  end: string;
  /** The whole statement as plain text. */
  text: string;
};

const OPENING_QUOTE = /^[“"‘'«„]/;
const CLOSING_PUNCTUATION = /[.!?…"”’»]$/;

// Words that open a sentence but never a name: after "said that" they continue the sentence, so
// they lose their capital ("said that these troops…"). A closed list, so a name ("said that
// Paris…") or an acronym always keeps its capitals.
const SENTENCE_OPENERS = new Set(
  (
    "the these this that those it its they their there we our he his she her a an some many most " +
    "all each every no none several such both any only in on at for if when while after before"
  ).split(" "),
);

/** `words` continuing a sentence after "said that": the first word lowercased only when it is a sentence opener. */
function continueSentence(words: string): string {
  const first = /^([A-Z][a-z]*)(?= )/.exec(words)?.[1];
  if (!first || !SENTENCE_OPENERS.has(first.toLowerCase())) return words;
  return `${first.toLowerCase()}${words.slice(first.length)}`;
}

function wrapQuote(text: string): string {
  return OPENING_QUOTE.test(text) ? text : `“${text}”`;
}

/**
 * A claim as a statement of its speaker. Shapes: direct quote → `Speaker: “words”` (denied:
 * `Speaker denied “words”`); paraphrase → `Speaker said that words.` (denied: `Speaker denied
 * that words.`); no speaker → the words alone (denied: `It was denied that words.`), quoted only
 * when they are a direct quote.
 */
export function stateClaim(claim: StatableClaim): ClaimStatement {
  const words = claim.quote.replace(/\s+/g, " ").trim();
  const denies = claim.stance === "DENIES";
  const speaker = claim.speakerName;
  if (claim.kind === "DIRECT_QUOTE") {
    const lead = speaker
      ? denies
        ? `${speaker} denied`
        : `${speaker}:`
      : denies
        ? "Denied, without a named source:"
        : "";
    return build(lead, wrapQuote(words), true, "");
  }
  const end = CLOSING_PUNCTUATION.test(words) ? "" : ".";
  if (speaker) return build(`${speaker} ${denies ? "denied" : "said"} that`, continueSentence(words), false, end);
  return denies ? build("It was denied that", continueSentence(words), false, end) : build("", words, false, "");
}

/**
 * The statement cut to name a claim in a message or a label: its words keep at most `max`
 * characters (UTF-16), an ellipsis marking the cut, inside the quotation marks of a direct quote
 * ("Emmanuel Macron: “Ukraine is sovereign. If…”"); a paraphrase stays unquoted.
 */
export function stateClaimBriefly(claim: StatableClaim, max = 80): string {
  const statement = stateClaim(claim);
  if (statement.words.length <= max) return statement.text;
  const cut = `${statement.words.slice(0, max - 2).trimEnd()}…`;
  return `${statement.lead ? `${statement.lead} ` : ""}${statement.quoted ? `${cut}”` : cut}`;
}

function build(lead: string, words: string, quoted: boolean, end: string): ClaimStatement {
  return { lead, words, quoted, end, text: `${lead ? `${lead} ` : ""}${words}${end}` };
}
