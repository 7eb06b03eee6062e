import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markOfEachClaim, type Segment, splitIntoSegments } from "@/lib/articles/split-into-segments";

const body = [
  "French President Emmanuel Macron said the plan “does not seek to deploy large numbers of soldiers”.",
  "Macron’s office noted that no recording was available.",
  "Le Parisien quoted Macron: “Ukraine is sovereign.”",
].join("\n");

function claimAt(id: string, text: string, from = 0) {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`not in body: ${text}`);
  return { id, start, end: start + text.length };
}

const texts = (paragraphs: Segment[][]) =>
  paragraphs.map((paragraph) => paragraph.map((segment) => segment.text).join(""));
const bodyParagraphs = (text: string) => text.split(/\n+/).filter(Boolean);

describe("splitIntoSegments", () => {
  it("gives one paragraph of plain text when there are no claims", () => {
    expect(splitIntoSegments("Starmer spoke on Saturday.", [])).toEqual([
      [{ text: "Starmer spoke on Saturday.", claimId: null }],
    ]);
  });

  it("highlights each claim exactly", () => {
    const quote = claimAt("q", "“does not seek to deploy large numbers of soldiers”");
    const office = claimAt("o", "no recording was available");
    expect(splitIntoSegments(body, [quote, office])).toEqual([
      [
        { text: "French President Emmanuel Macron said the plan ", claimId: null },
        { text: "“does not seek to deploy large numbers of soldiers”", claimId: "q" },
        { text: ".", claimId: null },
      ],
      [
        { text: "Macron’s office noted that ", claimId: null },
        { text: "no recording was available", claimId: "o" },
        { text: ".", claimId: null },
      ],
      [{ text: "Le Parisien quoted Macron: “Ukraine is sovereign.”", claimId: null }],
    ]);
  });

  it("splits a claim that spans a line break into two highlighted pieces", () => {
    const spanning = claimAt("s", "soldiers”.\nMacron’s office");
    const paragraphs = splitIntoSegments(body, [spanning]);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]!.at(-1)).toEqual({ text: "soldiers”.", claimId: "s" });
    expect(paragraphs[1]![0]).toEqual({ text: "Macron’s office", claimId: "s" });
    expect(texts(paragraphs)).toEqual(bodyParagraphs(body));
  });

  it("treats blank lines as one paragraph break", () => {
    const text = "First paragraph.\n\n\nSecond paragraph.\n";
    expect(splitIntoSegments(text, [{ id: "c", start: 6, end: 25 }])).toEqual([
      [
        { text: "First ", claimId: null },
        { text: "paragraph.", claimId: "c" },
      ],
      [
        { text: "Second", claimId: "c" },
        { text: " paragraph.", claimId: null },
      ],
    ]);
  });

  it("lets the earlier claim win an overlap, without losing or repeating text", () => {
    const earlier = claimAt("earlier", "Emmanuel Macron said the plan");
    const later = claimAt("later", "said the plan “does not seek");
    const paragraphs = splitIntoSegments(body, [later, earlier]);
    expect(paragraphs[0]!.slice(0, 4)).toEqual([
      { text: "French President ", claimId: null },
      { text: "Emmanuel Macron said the plan", claimId: "earlier" },
      { text: " “does not seek", claimId: "later" },
      { text: " to deploy large numbers of soldiers”.", claimId: null },
    ]);
    expect(texts(paragraphs)).toEqual(bodyParagraphs(body));
  });

  it("drops a claim wholly inside an earlier one, and prefers the longer of two claims starting together", () => {
    const outer = claimAt("outer", "Le Parisien quoted Macron");
    const inner = claimAt("inner", "quoted");
    const sameStart = claimAt("short", "Le Parisien");
    const paragraphs = splitIntoSegments(body, [inner, sameStart, outer]);
    expect(paragraphs[2]).toEqual([
      { text: "Le Parisien quoted Macron", claimId: "outer" },
      { text: ": “Ukraine is sovereign.”", claimId: null },
    ]);
  });

  it("orders claims given out of order", () => {
    const a = claimAt("a", "Emmanuel Macron");
    const b = claimAt("b", "no recording");
    const c = claimAt("c", "“Ukraine is sovereign.”");
    const ids = (paragraphs: Segment[][]) =>
      paragraphs.flat().flatMap((segment) => (segment.claimId ? [segment.claimId] : []));
    expect(ids(splitIntoSegments(body, [c, a, b]))).toEqual(["a", "b", "c"]);
    expect(splitIntoSegments(body, [c, a, b])).toEqual(splitIntoSegments(body, [a, b, c]));
  });

  it("keeps a claim at the very start and end of the body", () => {
    const text = "“Ukraine is sovereign,” he said.";
    expect(
      splitIntoSegments(text, [
        { id: "q", start: 0, end: 23 },
        { id: "t", start: 24, end: text.length },
      ]),
    ).toEqual([
      [
        { text: "“Ukraine is sovereign,”", claimId: "q" },
        { text: " ", claimId: null },
        { text: "he said.", claimId: "t" },
      ],
    ]);
  });

  it("reproduces every paragraph of the body for any set of claims", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "’", " ", "\n", "“", "😀"), maxLength: 40 });
    const scenario = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc
          .array(fc.tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length })), { maxLength: 6 })
          .map((pairs) => pairs.map(([x, y], i) => ({ id: `c${i}`, start: Math.min(x, y), end: Math.max(x, y) }))),
      ),
    );
    fc.assert(
      fc.property(scenario, ([t, claims]) => {
        const paragraphs = splitIntoSegments(t, claims);
        expect(texts(paragraphs)).toEqual(bodyParagraphs(t));
        for (const segment of paragraphs.flat()) {
          expect(segment.text).not.toBe("");
          expect(segment.text).not.toContain("\n");
        }
      }),
    );
  });
});

describe("segmentBody", () => {
  it("joins back to exactly the body, newlines included, so screen offsets are body offsets", async () => {
    const { segmentBody } = await import("@/lib/articles/split-into-segments");
    const body = "First paragraph.\nSecond one, with a claim.\n\nThird.";
    const start = body.indexOf("with a claim");
    const segments = segmentBody(body, [{ id: "c", start, end: start + 12 }]);
    expect(segments.map((segment) => segment.text).join("")).toBe(body);
    expect(segments.find((segment) => segment.claimId === "c")?.text).toBe("with a claim");
  });
});

describe("markOfEachClaim", () => {
  const body = "The call included approximately 30 leaders.\nMacron spoke late.";
  const span = (id: string, words: string) => {
    const start = body.indexOf(words);
    return { id, start, end: start + words.length };
  };

  it("gives a claim its own mark, and a claim whose words an earlier mark covers that mark", () => {
    const claims = [
      span("a", "The call included approximately 30 leaders"),
      span("b", "The call included approximately 30 leaders"),
      span("c", "approximately 30"),
      span("d", "Macron spoke late"),
    ];
    expect(markOfEachClaim(body, claims)).toEqual(
      new Map([
        ["a", "a"],
        ["b", "a"],
        ["c", "a"],
        ["d", "d"],
      ]),
    );
  });

  it("keeps a claim's own mark when it only overlaps an earlier one, and maps words outside the body to nothing", () => {
    const claims = [
      span("a", "The call included"),
      span("b", "included approximately"),
      { id: "x", start: 500, end: 510 },
    ];
    expect(markOfEachClaim(body, claims)).toEqual(
      new Map([
        ["a", "a"],
        ["b", "b"],
      ]),
    );
  });

  it("finds the covering mark among many, with plain text between marks", () => {
    // 300 sentences, each marked by a claim, and a second claim inside each one's words.
    const sentences = Array.from({ length: 300 }, (_, index) => `Sentence ${index} was said.`);
    const long = sentences.join(" ");
    const claims = sentences.flatMap((sentence, index) => {
      const start = long.indexOf(sentence);
      return [
        { id: `own-${index}`, start, end: start + sentence.length - 1 },
        { id: `inner-${index}`, start: start + 9, end: start + 12 },
      ];
    });
    const owners = markOfEachClaim(long, claims);
    expect(owners.get("inner-0")).toBe("own-0");
    expect(owners.get("inner-150")).toBe("own-150");
    expect(owners.get("inner-299")).toBe("own-299");
    expect([...owners.values()].filter((owner) => owner.startsWith("inner"))).toEqual([]);
    expect(owners.size).toBe(600);
  });
});
