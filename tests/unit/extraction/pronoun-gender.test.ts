import { describe, expect, it } from "vitest";
import { createDiscourseState } from "../../../lib/extraction/discourse-state.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { buildPeopleRegistry } from "../../../lib/extraction/find-names.ts";
import { readGender } from "../../../lib/extraction/person-gender.ts";
import { resolveSpeaker } from "../../../lib/extraction/resolve-speaker.ts";
import { findClaimAbout } from "./find-claim.ts";

describe("he and she follow the person the gender fits", () => {
  it("never hands 'he' to the last speaker when she is a woman; the man last named by any form speaks", () => {
    const text = [
      "Gloria Venn said the farm bill was a disgrace.",
      "Venn pressed Sen. Tom Voss on the subsidies that Gov. Ned Park had backed, but a hoarse Voss got in several digs. He accused Venn of serving the grain traders.",
    ].join("\n\n");
    expect(findClaimAbout(extractClaims(text), "serving the grain traders").speaker).toBe("Tom Voss");
  });

  it("reads a given name either sex bears as no gender, so 'he' after 'Sidney Marlow' is Marlow", () => {
    const text = [
      "Tom Voss said the memo was forged.",
      "Sidney Marlow, a longtime adviser, was asked about the memo on Monday. He answered, “I have never seen it, and nobody in the office has.”",
    ].join("\n\n");
    expect(findClaimAbout(extractClaims(text), "never seen it").speaker).toBe("Sidney Marlow");
  });
});

describe("the gender an article gives a name", () => {
  it("does not read a surname as a first name when the article writes it after one", () => {
    const text = "Ann Douglas spoke in Salem. Douglas said the levy would pass.";
    expect(readGender("Douglas", text)).toBeNull();
    // Written alone and never after a first name, the word may still be a first name.
    expect(readGender("Douglas", "Douglas said the levy would pass.")).toBe("male");
  });

  it("gives a role word before another first name to that person, not to everyone of the surname", () => {
    const text = "Ixa Roe spoke in Salem. Her husband Tom Roe agreed with her.";
    expect(readGender("Ixa Roe", text)).toBeNull();
    expect(readGender("Ixa Roe", "Ixa Roe spoke. The spokeswoman Ixa Roe said so.")).toBe("female");
  });
});

describe("a possessive opening the subject", () => {
  it("reads 'his' before a saying ('his claim that…') as the man it stands for", () => {
    const text = "Sen. Tom Voss spoke in Salem on Monday. Critics mocked his claim that the levy would pass.";
    const state = createDiscourseState(buildPeopleRegistry(text), text);
    expect(resolveSpeaker("his", state, text.indexOf("his claim"))?.name).toBe("Tom Voss");
  });

  it("gives the noun phrase it opens, not the person it stands for ('His chief aide …, saying')", () => {
    const text = [
      "Sen. Tom Voss toured the dairy farms in Salem on Monday.",
      "His chief aide doubled down on attacks on the governor, saying the new levy would ruin small farms.",
    ].join("\n\n");
    expect(findClaimAbout(extractClaims(text), "ruin small farms").speaker).toBe("His chief aide");
  });
});
