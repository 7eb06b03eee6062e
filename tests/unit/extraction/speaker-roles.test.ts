import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

const MAYOR = "The mayor said on Tuesday that the bridge would reopen in March.";

describe("a role named before its holder", () => {
  it("keeps 'The mayor' when the text has nobody else", () => {
    expect(findClaimAbout(extractClaims(MAYOR), "bridge would reopen").speaker).toBe("The mayor");
  });

  it("does not give 'The mayor' to a person named only later, a spokeswoman", () => {
    const text = `${MAYOR} Later, Jane Doe, a spokeswoman, said nothing more.`;
    expect(findClaimAbout(extractClaims(text), "bridge would reopen").speaker).toBe("The mayor");
  });

  it("gives 'The mayor' to the person the text named as mayor before, not to a later spokeswoman", () => {
    const text = `John Smith is the mayor. ${MAYOR} "It is fine," said Jane Doe, a city spokeswoman.`;
    expect(findClaimAbout(extractClaims(text), "bridge would reopen").speaker).toBe("John Smith");
  });

  it("does not give 'the mayor' to the last speaker when the text made her a spokeswoman", () => {
    const text = [
      "Jane Doe, a city spokeswoman, said the budget was final.",
      "The mayor said that the bridge would reopen in March.",
    ].join("\n");
    expect(findClaimAbout(extractClaims(text), "bridge would reopen").speaker).toBe("The mayor");
  });

  it("does not make 'declined to be named' a claim", () => {
    const text =
      "A city official, who declined to be named, said the bridge would reopen in March. The aide declined to be named.";
    const claims = extractClaims(text);
    expect(claims.map((c) => c.text).filter((t) => /\bnamed\b/.test(t))).toEqual([]);
    expect(findClaimAbout(claims, "bridge would reopen").text).toBe("the bridge would reopen in March");
  });

  it("does not make 'asking not to be identified' a claim", () => {
    const text =
      "The merger could be announced as soon as next week, one of the people said, asking not to be identified because the talks are private.";
    const claims = extractClaims(text);
    expect(claims.map((c) => c.text).filter((t) => /\bidentified\b/.test(t))).toEqual([]);
    expect(findClaimAbout(claims, "merger could be announced").speaker).toBe("one of the people");
  });
});
