import { describe, expect, it } from "vitest";
import { changesPublicPages } from "@/lib/audit/public-effect";

describe("changesPublicPages", () => {
  it("drops the public pages' cache on everything a reader may see: publishing, claims, hops, sources", () => {
    for (const action of [
      "review.publish",
      "review.unpublish",
      "article.status",
      "article.revise",
      "claim.update",
      "claim.delete",
      "hop.add",
      "source.standing",
      "source.merge",
      "source.rename",
      "term.remove",
    ] as const)
      expect(changesPublicPages(action)).toBe(true);
  });

  it("keeps it for accounts, tokens and teams, which no reader sees", () => {
    for (const action of ["user.sign_up", "api_token.create", "invitation.accept", "membership.set"] as const)
      expect(changesPublicPages(action)).toBe(false);
  });
});
