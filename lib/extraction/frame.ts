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
};

export const endOfText = (masked: string): number => masked.replace(/[\s.!?;:,]+$/, "").length;

// Masked quotations count as words: a quote is content even though its letters are hidden.
export const hasWords = (text: string, r: Range, min: number): boolean =>
  countWords(text.slice(r.start, r.end).replace(/~+/g, " w ")) >= min;
