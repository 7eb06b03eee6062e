import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../lib/extraction/extract-claims.ts";
import { findClaimAbout } from "./find-claim.ts";

// Every speaker as the rules read it: these tests are about the antecedent chosen, not about
// whether the speaker-confidence model would ask the editor instead.
const speakerOf = (text: string, fragment: string) =>
  findClaimAbout(extractClaims(text, { everySpeaker: true }), fragment).speaker;

describe("the sentence whose subject 'he' continues", () => {
  it("passes over a name opening a sentence inside a quotation: the speaker says it, the article does not", () => {
    const text = [
      "Sen. Tom Voss toured the harbour in Salem on Monday.",
      "“The pier is a ruin. Ned Park knew it for years and did nothing,” he said.",
    ].join("\n\n");
    expect(speakerOf(text, "Ned Park knew it")).toBe("Tom Voss");
  });

  it("takes the speaker of an attribution closing the sentence, not the name its content opens with", () => {
    const text = [
      "Ned Park wasted the harbour budget on a new ferry, said Tom Voss, a harbour engineer.",
      "“Nobody ever checked the bills,” he said.",
    ].join("\n\n");
    expect(speakerOf(text, "Nobody ever checked")).toBe("Tom Voss");
    const after = "Ned Park's plan for the pier failed, Tom Voss said. “It was a waste of money,” he said.";
    expect(speakerOf(after, "waste of money")).toBe("Tom Voss");
  });

  it("does not read the subject of a clause after 'said' as the speaker of the sentence", () => {
    const text = [
      "Tom Voss, who runs the ferry, said Ned Park had lied about the repairs.",
      "“The pier is not safe,” he said.",
    ].join("\n\n");
    expect(speakerOf(text, "The pier is not safe")).toBe("Tom Voss");
  });

  it("takes the person named right after the role opening the sentence ('Harbour analyst Tom Voss')", () => {
    const text = [
      "Ned Park said on Sunday that the pier was unsafe.",
      "Harbour analyst Tom Voss toured the pier on Monday. “The pier will last for decades,” he said.",
    ].join("\n\n");
    expect(speakerOf(text, "last for decades")).toBe("Tom Voss");
  });

  it("takes the subject after an opening phrase ('On Monday, Tom Voss…') over the last speaker", () => {
    const text = [
      "Ned Park said on Sunday that the pier was unsafe.",
      "On Monday, Tom Voss toured the pier with two engineers. He said the repairs were finished.",
    ].join("\n\n");
    expect(speakerOf(text, "repairs were finished")).toBe("Tom Voss");
  });

  it("reads a possessive after an opening phrase as whose, not as the subject", () => {
    const text = [
      "Ann Roe said on Sunday that the pier was unsafe.",
      "On Monday, Tom Voss's deputy, Ned Park, told reporters the pier would reopen. He said the repairs were finished.",
    ].join("\n\n");
    expect(speakerOf(text, "repairs were finished")).toBe("Ned Park");
  });

  it("never continues a woman named with 'Mrs.' by 'he', even when a Mr. of that surname is named", () => {
    const text = [
      "Tom Roe and his wife run the ferry at the harbour, where Mr. Roe fixes the boats and Mrs. Roe keeps the books.",
      "Ned Park inspected the pier on Monday. But Mrs. Roe refused to close it. He said the pier was unsafe.",
    ].join("\n\n");
    expect(speakerOf(text, "pier was unsafe")).toBe("Ned Park");
  });
});
