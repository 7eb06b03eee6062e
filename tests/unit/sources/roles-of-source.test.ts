import { describe, expect, it } from "vitest";
import { rolesOfSource } from "@/lib/sources/roles-of-source";
import { makeClaimSourcing } from "../sourcing/build-sourcing";
import { body, leaders, noRecording, source, troops } from "../sourcing/fixtures";

describe("rolesOfSource", () => {
  it("makes the speaker at the start of the chain speaker and origin", () => {
    expect(rolesOfSource(troops, source.macron.id)).toEqual(["speaker", "origin"]);
  });

  it("makes a source in the middle of the chain an intermediary", () => {
    expect(rolesOfSource(troops, source.journalists.id)).toEqual(["intermediary"]);
  });

  it("makes an outlet the article names and relays from an intermediary that is also named", () => {
    expect(rolesOfSource(troops, source.depeche.id)).toEqual(["intermediary", "named"]);
    expect(rolesOfSource(troops, source.parisien.id)).toEqual(["intermediary", "named"]);
  });

  it("credits the office whose statement is the record of whether a recording exists", () => {
    expect(rolesOfSource(troops, source.office.id)).toEqual(["record_statement"]);
  });

  it("gives a speaker who told the article directly every role that applies", () => {
    expect(rolesOfSource(noRecording, source.office.id)).toEqual(["speaker", "origin", "named"]);
  });

  it("makes a source only named by an unattributed claim just named", () => {
    expect(rolesOfSource(leaders, source.reuters.id)).toEqual(["named"]);
  });

  it("gives no role to a source the claim does not involve", () => {
    expect(rolesOfSource(troops, source.starmer.id)).toEqual([]);
    expect(rolesOfSource(leaders, source.macron.id)).toEqual([]);
  });

  it("makes an origin that is not the speaker an origin only", () => {
    const statement = { id: "7c8d-statement", name: "Élysée statement", type: "OFFICIAL_STATEMENT" as const };
    const claim = makeClaimSourcing({
      id: "claim-statement",
      body,
      quote: "several thousand troops",
      kind: "PARAPHRASE",
      speakerId: source.macron.id,
      sources: [source.macron, statement, source.parisien],
      hops: [
        { from: statement.id, to: source.parisien.id, relation: "BASED_ON", firstHand: true, confidence: 0.9 },
        { from: source.parisien.id, to: null, relation: "PARAPHRASED_BY", firstHand: false, confidence: 0.75 },
      ],
    });
    expect(rolesOfSource(claim, statement.id)).toEqual(["origin"]);
    expect(rolesOfSource(claim, source.macron.id)).toEqual(["speaker"]);
    expect(rolesOfSource(claim, source.parisien.id)).toEqual(["intermediary"]);
  });
});
