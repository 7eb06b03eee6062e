import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { SuggestedClaimList } from "../../../lib/extraction/suggested-claim.ts";
import { extractClaimAbout, findClaimAbout } from "./find-claim.ts";

describe("direct quotes", () => {
  it("takes a curly quote with the speaker after it, marks included", () => {
    const text =
      "Mayor Ana Ruiz opened the bridge on Monday.\n“This bridge will carry 40,000 cars a day,” Ruiz said at the ceremony.";
    const claim = extractClaimAbout(text, "40,000 cars");
    expect(claim.kind).toBe("direct_quote");
    expect(claim.text).toBe("“This bridge will carry 40,000 cars a day,”");
    expect(claim.speaker).toBe("Ana Ruiz");
    expect(claim.indirect).toBe(false);
  });

  it("takes a straight quote with the verb before the speaker", () => {
    const text = '"We had no warning at all," said Tom Pike, a farmer near the dam.';
    const claim = extractClaimAbout(text, "no warning");
    expect(claim).toMatchObject({ kind: "direct_quote", text: '"We had no warning at all,"', speaker: "Tom Pike" });
  });

  it("keeps a quote running over two sentences as one claim, attributed by 'he asserted' after it", () => {
    const text =
      "Deputy Minister Ivo Petrov spoke to lawmakers on Tuesday.\n“The reform is finished. Nobody will reopen it, whatever the unions say,” he asserted.";
    const claims = extractClaims(text);
    const claim = findClaimAbout(claims, "The reform is finished");
    expect(claim.text).toBe("“The reform is finished. Nobody will reopen it, whatever the unions say,”");
    expect(claim.speaker).toBe("Ivo Petrov");
    expect(claims.filter((c) => c.text.includes("Nobody will reopen"))).toHaveLength(1);
  });

  it("gives the second quote of a sentence pair the same speaker", () => {
    const text = "“We are not leaving,” union leader Sara Holm said at the rally. “Not this week, not next week.”";
    const claims = extractClaims(text);
    expect(findClaimAbout(claims, "We are not leaving").speaker).toBe("Sara Holm");
    expect(findClaimAbout(claims, "Not this week").speaker).toBe("Sara Holm");
  });

  it("reads two apostrophes as a double quotation mark, with the speaker after it", () => {
    const text = "Mayor Ana Ruiz opened the bridge.\n''This isn't the end of the work,'' said Ms. Ruiz.";
    const claim = extractClaimAbout(text, "end of the work");
    expect(claim).toMatchObject({
      kind: "direct_quote",
      text: "''This isn't the end of the work,''",
      speaker: "Ana Ruiz",
    });
  });

  it("reads British single quotes", () => {
    const text = "Health Secretary Joan Price said: 'We will hire 3,000 more midwives by the spring.'";
    const claim = extractClaimAbout(text, "midwives");
    expect(claim.kind).toBe("direct_quote");
    expect(claim.text.startsWith("'We will hire")).toBe(true);
  });

  it("does not make a scare quote inside a paraphrase a claim of its own", () => {
    const text = "Officials at the agency said the new rules would be a “game changer” for small farms.";
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.kind).toBe("paraphrase");
    expect(claims[0]?.text).toContain("“game changer”");
  });
});

describe("offsets", () => {
  const pieces = [
    "“",
    "”",
    '"',
    "'",
    " said ",
    " told ",
    " according to ",
    " that ",
    ", ",
    ". ",
    "\n",
    "He",
    "Le Parisien",
    " (Reuters) - ",
    "Macron",
    " as reported by ",
    " quoted ",
    " as saying ",
    "~",
    "U.S.",
    "Dr.",
    "😀",
    "é",
    " the ",
    "people familiar with the matter",
    ":",
    "—",
  ];

  it("always slices back to each claim's text, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 50 }),
        (parts) => {
          const text = parts.join("");
          const claims = SuggestedClaimList.parse(extractClaims(text));
          for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts UTF-16 code units, so claims after an emoji still line up", () => {
    const text = "🚒🚒 Fire crews arrived within minutes.\nChief Lena Ortiz said that nobody was hurt.";
    const claim = extractClaimAbout(text, "nobody was hurt");
    expect(text.slice(claim.start, claim.end)).toBe("nobody was hurt");
  });

  it("skips a wire dateline without moving any offset", () => {
    const text = "OSLO (Reuters) - Norway's wealth fund lost 2% in the quarter, the central bank said.";
    const claim = extractClaimAbout(text, "wealth fund");
    expect(claim.text).toBe("Norway's wealth fund lost 2% in the quarter");
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
