import { describe, expect, it } from "vitest";
import { createDiscourseState, noteSpeaker } from "../../../lib/extraction/discourse-state.ts";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { resolveSpeaker } from "../../../lib/extraction/resolve-speaker.ts";
import { extractClaimAbout, findClaimAbout } from "./find-claim.ts";

describe("speakers given by description", () => {
  it("reads a name before a lowercase noun as describing it ('Baltic ministers' are not a person 'Northern Baltic')", () => {
    const text = [
      "Fishing quotas divided the summit in Tallinn on Friday.",
      "Northern Baltic ministers met first in a closed session.",
      "Baltic ministers said the quotas would empty the harbours within a decade.",
    ].join("\n\n");
    expect(extractClaimAbout(text, "empty the harbours").speaker).toBe("Baltic ministers");
  });

  it("does not give officials of someone's administration the name of the person ('Varga administration officials')", () => {
    const text = [
      "President Irena Varga signed the port bill on Monday.",
      "Varga administration officials said the bill would cut fees by half.",
    ].join(" ");
    expect(extractClaimAbout(text, "cut fees").speaker).not.toBe("Irena Varga");
  });

  it("resolves 'the bank' to an institution named before, never to a description that spoke ('Labour senator')", () => {
    const state = createDiscourseState([], "");
    noteSpeaker({ name: "Labour senator", kind: "unknown" }, state);
    expect(resolveSpeaker("The bank", state, 0)?.name).toBe("The bank");
    noteSpeaker({ name: "Harbour Trust", kind: "org" }, state);
    noteSpeaker({ name: "Labour senator", kind: "unknown" }, state);
    expect(resolveSpeaker("The bank", state, 0)?.name).toBe("Harbour Trust");
  });

  it("resolves a described institution ('the Geneva-based health agency') to the one named before", () => {
    const text = [
      "The Northern Health Organization said on Monday that the outbreak was contained.",
      "The Oslo-based regional health agency said that vaccines would arrive by June.",
    ].join("\n\n");
    // Every speaker as read: whether to ask is the speaker-confidence model's, tested elsewhere.
    const claims = extractClaims(text, { everySpeaker: true });
    expect(findClaimAbout(claims, "vaccines would arrive").speaker).toBe("The Northern Health Organization");
  });

  it("keeps an institution's own name ('the Coastal Budget Office') as its speaker", () => {
    const state = createDiscourseState([], "");
    noteSpeaker({ name: "Harbour Trust", kind: "org" }, state);
    expect(resolveSpeaker("the independent Coastal Budget Office", state, 0)?.name).not.toBe("Harbour Trust");
    expect(resolveSpeaker("the Justice Department", state, 0)?.name).not.toBe("Harbour Trust");
  });
});
