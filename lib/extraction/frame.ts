// The attribution frame of one sentence: who is speaking, with which verb, and which stretches
// are the reported content. Ranges are offsets into the sentence.
import { countWords } from "./find-quotes.ts";
import type { Range } from "./speech-verbs.ts";

type FrameMode = "pre" | "post" | "inverted" | "quoted-as" | "route-phrase" | "urge" | "about" | "saying";
export type Frame = {
  mode: FrameMode;
  verb: string | null;
  subject: Range | null;
  // Whom an outlet quoted or cited: the claim's original speaker.
  origin: Range | null;
  contents: Range[];
  cue: Range;
  // "According to Tom Voss, the pier is unsafe, Ann Roe said": the source the speaker names for
  // what she says (`name`, inside the route phrase `phrase`). Not a relay of her words: it is
  // listed among the claim's sources, the claim marked indirect, and kept off the chain.
  cited?: { phrase: Range; name: Range };
};

export const endOfText = (masked: string): number => masked.replace(/[\s.!?;:,]+$/, "").length;

// Masked quotations count as words: a quote is content even though its letters are hidden.
export const hasWords = (text: string, r: Range, min: number): boolean =>
  countWords(text.slice(r.start, r.end).replace(/~+/g, " w ")) >= min;
