// A quotation signed after a dash, as readers' and letter writers' words are set
// ("“We deserve better.” ― Ana Ruiz"): the name after the dash said the quotation.
import { type ExtractionContext, pushClaim } from "./attribute-frame.ts";
import { expandPersonName, isPersonName } from "./find-names.ts";

// The closing mark, a dash, and two to four capitalised words closing the paragraph.
const SIGNATURE =
  /[”"][ \t]*([―—][ \t]*(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}))\.?[ \t]*(?=\n|$)/gu;

/** Replaces the suggestions inside each signed quotation by the quotation, said by its signer. */
export function attributeSignedQuotes(ctx: ExtractionContext): void {
  const { text } = ctx;
  for (const m of text.matchAll(SIGNATURE)) {
    const name = (m[2] ?? "").replace(/\.$/, "");
    if (!isPersonName(name, false)) continue;
    const close = m.index + 1;
    const paragraph = text.lastIndexOf("\n", m.index) + 1;
    const open = text.slice(paragraph, close).search(/[“"]/);
    if (open < 0 || paragraph + open >= m.index) continue;
    const start = paragraph + open;
    const cueStart = m.index + m[0].indexOf(m[1] ?? "");
    ctx.claims = ctx.claims.filter((c) => c.end <= start || c.start >= close);
    pushClaim(ctx, { start, end: close }, "direct_quote", {
      speaker: { name: expandPersonName(name, ctx.state.people), kind: "person" },
      route: { indirect: false, via: [], steps: [], sources: [], audience: null, basis: "explicit" },
      cue: text.slice(cueStart, cueStart + (m[1] ?? "").replace(/\.$/, "").length),
      paragraph: -1,
      via: "signed",
    });
  }
}
