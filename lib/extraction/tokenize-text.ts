// Words of an article with their offsets, part of speech and lemma (wink-nlp), sentence and
// paragraph: the units the attribution labeller tags. Offsets are UTF-16 code units into the
// text, end exclusive; whitespace is never a token.
import type { ItemSentence } from "wink-nlp";
import { loadNlp } from "./segment-text.ts";

export type Token = {
  start: number;
  end: number;
  // As written: `text.slice(start, end)`.
  value: string;
  pos: string;
  lemma: string;
  sentence: number;
  paragraph: number;
};

/** Tokens in text order. wink's sentence split is kept; a line break always starts a paragraph. */
export function tokenizeText(text: string): Token[] {
  const nlp = loadNlp();
  const its = nlp.its;
  const tokens: Token[] = [];
  let cursor = 0;
  let paragraph = 0;
  let sentence = 0;
  nlp
    .readDoc(text)
    .sentences()
    .each((s: ItemSentence) => {
      const values = s.tokens().out(its.value) as string[];
      const pos = s.tokens().out(its.pos) as string[];
      const lemmas = s.tokens().out(its.lemma as never) as string[];
      let opened = false;
      values.forEach((value, i) => {
        if (!/\S/.test(value)) return;
        // wink keeps the original characters; a value not found (odd spacing) is skipped.
        const at = text.indexOf(value, cursor);
        if (at < 0 || at - cursor > 200) return;
        if (text.slice(cursor, at).includes("\n")) {
          paragraph++;
          if (opened) sentence++;
        }
        opened = true;
        cursor = at + value.length;
        tokens.push({
          start: at,
          end: cursor,
          value,
          pos: pos[i] ?? "X",
          lemma: (lemmas[i] ?? value).toLowerCase(),
          sentence,
          paragraph,
        });
      });
      if (opened) sentence++;
    });
  return tokens;
}
