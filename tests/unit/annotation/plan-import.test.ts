import { describe, expect, it } from "vitest";
import { type ImportPlan, planAnnotationImport } from "@/lib/annotation/plan-import";
import { readPrimaryEvidence } from "@/lib/annotation/read-primary-evidence";
import { AppError } from "@/lib/errors";
import { analyzeClaim } from "@/lib/provenance/analyze-claim";
import { seedAnnotation, seedBody, seedSources } from "./seed";

const body = [
  "Officials said the border “remains closed”, Reuters reported, citing the Ministry of Health.",
  "Macron’s office said on Sunday that no recording was available. La Dépêche du Midi and Le Parisien both quoted the president.",
  "On Tuesday, Zoë Ngata of Agence France-Presse wrote that the border “remains closed”.",
].join("\n");

type ClaimFields = {
  quote_or_paraphrase: string;
  kind?: string;
  speaker?: string | null;
  chain?: string[];
  indirect?: boolean;
  [field: string]: unknown;
};
const claim = (fields: ClaimFields) => ({
  kind: "paraphrase",
  speaker: null,
  chain: ["this article"],
  indirect: false,
  ...fields,
});
const annotation = (claims: ClaimFields[], extra: Record<string, unknown> = {}) => ({
  title: "Border stays shut, officials say",
  claims: claims.map(claim),
  ...extra,
});

function invalid(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    return error as AppError;
  }
  throw new Error("expected AppError(INVALID)");
}

const sourceNamed = (plan: ImportPlan, key: string | null) => plan.sources.find((source) => source.key === key)?.name;
const hopNames = (plan: ImportPlan, index: number) =>
  plan.claims[index]!.hops.map(
    (hop) => `${sourceNamed(plan, hop.fromKey)} → ${hop.toKey === null ? "article" : sourceNamed(plan, hop.toKey)}`,
  );

describe("planAnnotationImport: the seed article", () => {
  const plan = planAnnotationImport(seedAnnotation, seedBody, seedSources);

  it("plans the article with its full body and defaults", () => {
    expect(plan.article).toEqual({
      title: "Macron on a coalition-of-the-willing support force for Ukraine (seed article)",
      url: null,
      body: seedBody,
      publisher: null,
      publishedAt: null,
      language: "en",
    });
    expect(seedBody.endsWith("future security.")).toBe(true);
  });

  it("plans 15 claims, each anchored on its exact text in reading order", () => {
    expect(plan.claims).toHaveLength(15);
    plan.claims.forEach((planned, i) => {
      expect(planned.quote).toBe(seedAnnotation.claims[i]!.quote_or_paraphrase);
      expect(seedBody.slice(planned.anchor.start, planned.anchor.end)).toBe(planned.quote);
      expect(planned.anchor.exact).toBe(planned.quote);
      if (i > 0) expect(planned.anchor.start).toBeGreaterThan(plan.claims[i - 1]!.anchor.start);
    });
  });

  it("finds 6 sources, with abbreviations merged and the types the seed records", () => {
    expect(plan.sources.map(({ name, type }) => [name, type]).sort()).toEqual([
      ["Emmanuel Macron", "PERSON"],
      ["Keir Starmer", "PERSON"],
      ["La Dépêche du Midi", "OUTLET"],
      ["Le Parisien", "OUTLET"],
      ["Macron's office (Élysée)", "OFFICIAL_STATEMENT"],
      ["journalists from regional French newspapers", "EVENT"],
    ]);
    expect(new Set(plan.sources.map((source) => source.key)).size).toBe(6);
    expect(plan.warnings).toEqual([]);
  });

  it("records no type the annotation alone does not give, and offers what the names read like", () => {
    const bare = planAnnotationImport(seedAnnotation, seedBody);
    expect(bare.sources.map(({ name, type }) => [name, type]).sort()).toEqual([
      ["Emmanuel Macron", "UNKNOWN"],
      ["Keir Starmer", "UNKNOWN"],
      ["La Dépêche du Midi", "UNKNOWN"],
      ["Le Parisien", "UNKNOWN"],
      ["Macron's office (Élysée)", "UNKNOWN"],
      ["journalists from regional French newspapers", "UNKNOWN"],
    ]);
    expect(bare.warnings).toContain(
      'source "La Dépêche du Midi": no type given, stored as unknown (type not recorded); its name reads like a news outlet. If it is one, give it in sources[]: { "name": "La Dépêche du Midi", "type": "OUTLET" }',
    );
    expect(bare.warnings).toContain(
      `source "Macron's office (Élysée)": no type given, stored as unknown (type not recorded); its name reads like an organisation. If it is one, give it in sources[]: { "name": "Macron's office (Élysée)", "type": "ORGANIZATION" }`,
    );
    // A bare name reads like nothing: no question about it.
    expect(bare.warnings.filter((line) => line.includes('Macron"'))).toEqual([]);
    expect(bare.warnings).toHaveLength(4);
  });

  it('resolves "Macron\'s office" to "Macron\'s office (Élysée)"', () => {
    const office = plan.claims[2]!;
    expect(sourceNamed(plan, office.speakerKey)).toBe("Macron's office (Élysée)");
    expect(office.namedSources).toEqual([{ key: office.speakerKey, mentionedAs: "Macron's office" }]);
  });

  it('turns the "La Dépêche du Midi / Le Parisien" step into parallel hops', () => {
    const troops = plan.claims[3]!;
    expect(troops.quote).toMatch(/^participating nations potentially sending several thousand troops/);
    expect(hopNames(plan, 3)).toEqual([
      "Emmanuel Macron → journalists from regional French newspapers",
      "journalists from regional French newspapers → La Dépêche du Midi",
      "journalists from regional French newspapers → Le Parisien",
      "La Dépêche du Midi → article",
      "Le Parisien → article",
    ]);
    expect(
      troops.hops.map(({ relation, firstHand, confidence, position }) => [relation, firstHand, confidence, position]),
    ).toEqual([
      ["SAID_TO", true, 0.9, 0],
      // The article does not say the outlets' own reporters were in the conversation.
      ["REPORTED_BY", false, 0.5, 1],
      ["REPORTED_BY", false, 0.5, 2],
      ["PARAPHRASED_BY", false, 0.75, 3],
      ["PARAPHRASED_BY", false, 0.75, 4],
    ]);
    expect(troops).toMatchObject({
      kind: "PARAPHRASE",
      status: "CORROBORATED",
      indirect: true,
      primaryRecord: "NOT_AVAILABLE",
    });
    expect(troops.note).toBe(
      "two outlets, but both report the same unrecorded conversation: not independent corroboration",
    );
  });

  it("marks direct quotes as quoted by the article", () => {
    const quote = plan.claims[6]!;
    expect(quote.kind).toBe("DIRECT_QUOTE");
    expect(quote.hops.at(-1)).toMatchObject({ relation: "QUOTED_BY", toKey: null, firstHand: false });
  });

  it("credits Macron's office as the source of the statement that no recording exists", () => {
    const first = plan.claims[0]!;
    expect(first.primaryRecordNote).toBe("not available (Macron's office said no recording was available)");
    expect(sourceNamed(plan, first.primaryRecordSourceKey)).toBe("Macron's office (Élysée)");
    // The office is behind the record note, not on the chain.
    expect(first.graph.sources.map((source) => source.name)).toEqual(
      expect.not.arrayContaining(["Macron's office (Élysée)"]),
    );
    expect(plan.claims[2]!).toMatchObject({
      primaryRecord: "AVAILABLE",
      primaryRecordNote: "the office's own statement",
      primaryRecordSourceKey: null,
    });
  });

  it("plans unattributed facts with no speaker and no hops", () => {
    for (const index of [11, 12, 13]) {
      expect(plan.claims[index]).toMatchObject({
        kind: "UNATTRIBUTED",
        speakerKey: null,
        hops: [],
        cue: null,
        primaryRecord: "UNKNOWN",
        primaryRecordNote: null,
      });
      expect(analyzeClaim(plan.claims[index]!.graph).directness).toBe("unattributed");
    }
  });

  it("gives each claim a graph the provenance analysis accepts", () => {
    for (const planned of plan.claims) {
      const provenance = analyzeClaim(planned.graph);
      expect(provenance.claimId).toBe(planned.quote);
      expect(planned.graph.hops).toHaveLength(planned.hops.length);
    }
  });
});

describe("planAnnotationImport: resolving names", () => {
  it('resolves the abbreviation "La Dépêche" to "La Dépêche du Midi"', () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "the president",
          speaker: "Emmanuel Macron",
          chain: ["Emmanuel Macron", "La Dépêche", "this article"],
          indirect: true,
          sources_named: ["La Dépêche du Midi"],
        },
      ]),
      body,
    );
    expect(plan.sources.map((source) => source.name)).toEqual(["La Dépêche du Midi", "Emmanuel Macron"]);
    expect(hopNames(plan, 0)).toEqual(["Emmanuel Macron → La Dépêche du Midi", "La Dépêche du Midi → article"]);
    expect(plan.claims[0]!.namedSources).toEqual([{ key: "la depeche du midi", mentionedAs: "La Dépêche du Midi" }]);
  });

  it("matches names across accents, case and curly or straight apostrophes", () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "no recording was available",
          speaker: "Macron’s office (Élysée)",
          chain: ["Macron’s office (Élysée)", "this article"],
        },
        {
          quote_or_paraphrase: "both quoted the president",
          speaker: "Macron's office",
          chain: ["MACRON'S OFFICE", "la depeche du midi / Le Parisien", "this article"],
          sources_named: ["La Dépêche du Midi."],
        },
      ]),
      body,
    );
    expect(plan.sources.map((source) => source.key).sort()).toEqual([
      "la depeche du midi",
      "le parisien",
      "macrons office elysee",
    ]);
    expect(plan.claims[1]!.speakerKey).toBe(plan.claims[0]!.speakerKey);
    expect(plan.claims[1]!.hops[0]!.fromKey).toBe("macrons office elysee");
    expect(plan.claims[1]!.namedSources).toEqual([{ key: "la depeche du midi", mentionedAs: "La Dépêche du Midi." }]);
  });

  it("keeps an abbreviation that could mean two sources as its own source", () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "the president",
          chain: ["La Dépêche du Midi / La Dépêche de Tahiti", "this article"],
          sources_named: ["La Dépêche"],
        },
      ]),
      body,
    );
    expect(plan.sources.map((source) => source.name).sort()).toEqual([
      "La Dépêche",
      "La Dépêche de Tahiti",
      "La Dépêche du Midi",
    ]);
  });
});

describe("planAnnotationImport: anchoring", () => {
  it("anchors a repeated quote where its speaker or cue says, and refuses to guess otherwise", () => {
    const first = body.indexOf("the border “remains closed”");
    const second = body.indexOf("the border “remains closed”", first + 1);
    const plan = planAnnotationImport(
      annotation([
        { quote_or_paraphrase: "Officials said" },
        { quote_or_paraphrase: "the border “remains closed”", speaker: "Zoë Ngata", cue: "wrote that" },
      ]),
      body,
    );
    expect(second).toBeGreaterThan(first);
    expect(plan.claims[1]!.anchor.start).toBe(second);
    const error = invalid(() =>
      planAnnotationImport(
        annotation([{ quote_or_paraphrase: "Officials said" }, { quote_or_paraphrase: "the border “remains closed”" }]),
        body,
      ),
    );
    expect(error.message).toBe(
      `claim 2: the quote "the border “remains closed”" occurs 2 times (at ${first}–${first + 27}, ${second}–${second + 27}) and nothing says which is meant; add start/end, or prefix/suffix`,
    );
  });

  it("falls back to an earlier occurrence when a claim is annotated out of reading order", () => {
    const plan = planAnnotationImport(
      annotation([{ quote_or_paraphrase: "On Tuesday" }, { quote_or_paraphrase: "Officials said" }]),
      body,
    );
    expect(plan.claims.map((planned) => planned.anchor.start)).toEqual([body.indexOf("On Tuesday"), 0]);
  });

  it("keeps prefix and suffix context for each anchor", () => {
    const plan = planAnnotationImport(annotation([{ quote_or_paraphrase: "no recording was available" }]), body);
    expect(plan.claims[0]!.anchor).toMatchObject({
      prefix: "on’s office said on Sunday that ",
      suffix: ". La Dépêche du Midi and Le Pari",
    });
  });
});

describe("planAnnotationImport: hops", () => {
  it("bases a hop on a record when the teller is a document or statement", () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "the border “remains closed”",
          kind: "direct_quote",
          speaker: "Ministry of Health",
          chain: ["Ministry of Health", "Élysée statement", "Reuters", "this article"],
          indirect: true,
        },
      ]),
      body,
      [{ name: "Élysée statement", type: "OFFICIAL_STATEMENT" }],
    );
    expect(plan.claims[0]!.hops.map(({ relation }) => relation)).toEqual(["SAID_TO", "BASED_ON", "QUOTED_BY"]);
  });

  it("does not base a hop on a record whose type was only read from its name", () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "the border “remains closed”",
          kind: "direct_quote",
          speaker: "Ministry of Health",
          chain: ["Ministry of Health", "Élysée statement", "Reuters", "this article"],
          indirect: true,
        },
      ]),
      body,
    );
    expect(plan.claims[0]!.hops.map(({ relation }) => relation)).toEqual(["SAID_TO", "REPORTED_BY", "QUOTED_BY"]);
  });

  it("treats the article's own hop as first-hand when the claim is direct", () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "Officials said",
          speaker: "Zoë Ngata",
          chain: ["Zoë Ngata", "this article"],
          indirect: false,
        },
      ]),
      body,
    );
    expect(plan.claims[0]!.hops).toEqual([
      { fromKey: "zoe ngata", toKey: null, relation: "PARAPHRASED_BY", firstHand: true, confidence: 0.9, position: 0 },
    ]);
  });

  it("fills defaults for optional fields", () => {
    const plan = planAnnotationImport(annotation([{ quote_or_paraphrase: "Officials said" }]), body);
    expect(plan.claims[0]).toMatchObject({
      status: "ASSERTED",
      cue: null,
      note: null,
      namedSources: [],
      primaryRecord: "UNKNOWN",
      primaryRecordNote: null,
    });
  });

  it("does not credit the speaker as a separate record source", () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "no recording was available",
          speaker: "Macron's office (Élysée)",
          chain: ["Macron's office (Élysée)", "this article"],
          primary_evidence: "available (statement from Macron's office)",
        },
      ]),
      body,
    );
    expect(plan.claims[0]).toMatchObject({ primaryRecord: "AVAILABLE", primaryRecordSourceKey: null });
  });
});

describe("planAnnotationImport: source hints", () => {
  it("takes types, urls and notes from the file's sources over guesses", () => {
    const plan = planAnnotationImport(
      annotation(
        [
          {
            quote_or_paraphrase: "Zoë Ngata of Agence France-Presse wrote",
            speaker: "Zoë Ngata",
            chain: ["Zoë Ngata", "Agence France-Presse", "this article"],
            indirect: true,
          },
        ],
        {
          sources: [
            { name: "Agence France-Presse", type: "OUTLET", url: "https://www.afp.com", notes: "French news agency" },
          ],
        },
      ),
      body,
    );
    expect(plan.sources.find((source) => source.name === "Agence France-Presse")).toEqual({
      key: "agence france presse",
      name: "Agence France-Presse",
      type: "OUTLET",
      url: "https://www.afp.com",
      notes: "French news agency",
    });
    expect(plan.sources.find((source) => source.name === "Zoë Ngata")).toMatchObject({
      type: "UNKNOWN",
      url: null,
      notes: null,
    });
  });

  it("takes hints passed by the importer, matched regardless of accents", () => {
    const plan = planAnnotationImport(
      annotation([
        {
          quote_or_paraphrase: "Officials said",
          speaker: "Élysée statement",
          chain: ["Élysée statement", "this article"],
        },
      ]),
      body,
      [{ name: "elysee statement", type: "DOCUMENT" }],
    );
    expect(plan.sources).toEqual([
      { key: "elysee statement", name: "Élysée statement", type: "DOCUMENT", url: null, notes: null },
    ]);
  });
});

describe("planAnnotationImport: errors", () => {
  it("names the claim whose quote is not in the body", () => {
    const error = invalid(() =>
      planAnnotationImport(
        annotation([{ quote_or_paraphrase: "Officials said" }, { quote_or_paraphrase: "the border “will reopen”" }]),
        body,
      ),
    );
    expect(error.message).toBe('claim 2: the quote "the border “will reopen”" does not occur in the article text');
  });

  it("finds a straight-quoted version of a curly-quoted text, anchored on the body's characters", () => {
    const plan = planAnnotationImport(
      annotation([{ quote_or_paraphrase: 'the border "remains closed"', prefix: "Officials said " }]),
      body,
    );
    expect(plan.claims[0]!.anchor).toMatchObject({
      start: body.indexOf("the border"),
      exact: "the border “remains closed”",
    });
  });

  it("stores the body with LF line endings and no BOM, and counts offsets in it (case 7)", () => {
    const crlf = `\uFEFF${body.replaceAll("\n", "\r\n")}\r\n`;
    const plan = planAnnotationImport(annotation([{ quote_or_paraphrase: "On Tuesday" }]), crlf);
    expect(plan.article.body).toBe(body);
    expect(plan.claims[0]!.anchor.start).toBe(body.indexOf("On Tuesday"));
  });

  it("names the claim whose quote is degenerate or whose offsets miss the quote", () => {
    expect(invalid(() => planAnnotationImport(annotation([{ quote_or_paraphrase: " " }]), body)).message).toBe(
      'claim 1: the quote " " holds no words, only spaces or punctuation; give the claim\'s words',
    );
    expect(
      invalid(() => planAnnotationImport(annotation([{ quote_or_paraphrase: "On Tuesday", start: 0, end: 10 }]), body))
        .message,
    ).toBe(
      'claim 1: start–end 0–10 holds "Officials ", not the quote "On Tuesday"; fix the offsets (UTF-16, end exclusive) or leave them out',
    );
    expect(
      invalid(() => planAnnotationImport(annotation([{ quote_or_paraphrase: "On Tuesday", start: 3 }]), body)).message,
    ).toMatch(/give both start and end, or neither/);
  });

  it('rejects a chain that does not end in "this article"', () => {
    const error = invalid(() =>
      planAnnotationImport(
        annotation([{ quote_or_paraphrase: "Officials said", chain: ["Emmanuel Macron", "Le Parisien"] }]),
        body,
      ),
    );
    expect(error.message).toBe('annotation file: claims.0.chain: a chain must end with "this article"');
  });

  it('rejects "this article" in the middle of a chain', () => {
    const error = invalid(() =>
      planAnnotationImport(
        annotation([
          {
            quote_or_paraphrase: "Officials said",
            chain: ["Emmanuel Macron", "this article", "Le Parisien", "this article"],
          },
        ]),
        body,
      ),
    );
    expect(error.message).toBe('claim 1: "this article" can only end a chain');
  });

  it("rejects an unknown kind with the path to it", () => {
    const error = invalid(() =>
      planAnnotationImport(
        annotation([{ quote_or_paraphrase: "Officials said" }, { quote_or_paraphrase: "On Tuesday", kind: "rumour" }]),
        body,
      ),
    );
    expect(error.message).toMatch(/^annotation file: claims\.1\.kind: /);
    expect(error.message).toContain('"direct_quote"|"paraphrase"|"unattributed_fact"');
  });

  it("rejects an empty quote", () => {
    const error = invalid(() => planAnnotationImport(annotation([{ quote_or_paraphrase: "" }]), body));
    expect(error.message).toBe("annotation file: claims.0.quote_or_paraphrase: a claim needs its exact text");
  });

  it("rejects an annotation without a title", () => {
    const error = invalid(() => planAnnotationImport({ claims: [] }, body));
    expect(error.message).toMatch(/^annotation file: title: /);
  });
});

describe("readPrimaryEvidence", () => {
  it.each([
    ["", "UNKNOWN", null],
    ["unknown", "UNKNOWN", null],
    ["  Unknown ", "UNKNOWN", null],
    ["unknown whether the call was taped", "UNKNOWN", "unknown whether the call was taped"],
    ["n/a", "UNKNOWN", "n/a"],
    [
      "not available (no recording, per Macron's office)",
      "NOT_AVAILABLE",
      "not available (no recording, per Macron's office)",
    ],
    ["Unavailable", "NOT_AVAILABLE", "Unavailable"],
    ["none", "NOT_AVAILABLE", "none"],
    ["No recording exists, per the Élysée", "NOT_AVAILABLE", "No recording exists, per the Élysée"],
    ["available (statement from Macron's office)", "AVAILABLE", "available (statement from Macron's office)"],
    ["  Available: transcript published by the Élysée  ", "AVAILABLE", "Available: transcript published by the Élysée"],
  ])("reads %j as %s", (text, state, note) => {
    expect(readPrimaryEvidence(text)).toEqual({ state, note, unclear: false });
  });

  // Issue 11's example: words that do not say whether a record exists are never "available".
  it.each([
    "recording of the call has not been released",
    "transcript published by the Élysée",
    "notes from the briefing",
    "the office's own statement",
    "nonexistent",
  ])("reads %j as unknown, and unclear", (text) => {
    expect(readPrimaryEvidence(text)).toEqual({ state: "UNKNOWN", note: text, unclear: true });
  });

  it("takes primary_record as the state and keeps primary_evidence word for word as its note", () => {
    const note = "Macron's office said no recording exists";
    expect(readPrimaryEvidence(note, "not_available")).toEqual({ state: "NOT_AVAILABLE", note, unclear: false });
    expect(readPrimaryEvidence(" the office's own statement", "available")).toEqual({
      state: "AVAILABLE",
      note: " the office's own statement",
      unclear: false,
    });
    expect(readPrimaryEvidence(undefined, "unknown")).toEqual({ state: "UNKNOWN", note: null, unclear: false });
  });
});

describe("primary records in an import plan", () => {
  const claim = (extra: Record<string, unknown>) => ({
    quote_or_paraphrase: "the plant will close",
    kind: "paraphrase",
    speaker: null,
    chain: ["this article"],
    indirect: false,
    ...extra,
  });
  const planOf = (...claims: Record<string, unknown>[]) =>
    planAnnotationImport({ title: "Plant", claims: claims.map(claim) }, "Staff said the plant will close.");

  it("records an unclear primary_evidence as unknown and asks about it, naming the claim", () => {
    const plan = planOf({}, { primary_evidence: "recording of the call has not been released" });
    expect(plan.claims.map((planned) => planned.primaryRecord)).toEqual(["UNKNOWN", "UNKNOWN"]);
    expect(plan.claims[1]!.primaryRecordNote).toBe("recording of the call has not been released");
    expect(analyzeClaim(plan.claims[1]!.graph).primaryRecord).toBe("unknown");
    expect(plan.warnings).toEqual([
      'claim 2: primary_evidence "recording of the call has not been released" does not say whether a primary record is available; recorded as unknown. Say "available (…)" or "not available (…)", or set primary_record',
    ]);
  });

  it("asks nothing when the state is explicit", () => {
    const plan = planOf(
      { primary_evidence: "not available (no tape)" },
      { primary_record: "available", primary_evidence: "the minutes" },
    );
    expect(plan.claims.map((planned) => planned.primaryRecord)).toEqual(["NOT_AVAILABLE", "AVAILABLE"]);
    expect(plan.warnings).toEqual([]);
  });

  // Issue 11's example: a step whose name reads as a record type is not a recorded primary record.
  it('does not make a chain starting at "an internal report" a primary record', () => {
    const plan = planAnnotationImport(
      {
        title: "Plant",
        claims: [claim({ chain: ["an internal report", "this article"], speaker: "an internal report" })],
      },
      "An internal report says the plant will close.",
    );
    // Its type is not recorded either: the file does not give one (guessed-source-type.test.ts).
    expect(plan.sources.find((source) => source.name === "an internal report")?.type).toBe("UNKNOWN");
    expect(plan.claims[0]!.primaryRecord).toBe("UNKNOWN");
    expect(analyzeClaim(plan.claims[0]!.graph).primaryRecord).toBe("unknown");
    expect(analyzeClaim(plan.claims[0]!.graph).summary).not.toMatch(/primary record available/);
  });
});

describe("bugs found in review", () => {
  it("anchors the same quote annotated twice to its two occurrences", () => {
    const body =
      "Officials said the border “remains closed”. On Tuesday, the ministry repeated that the border “remains closed”.";
    const quote = "the border “remains closed”";
    const claim = {
      quote_or_paraphrase: quote,
      kind: "paraphrase",
      speaker: null,
      chain: ["this article"],
      indirect: false,
    };
    const plan = planAnnotationImport({ title: "Border", claims: [claim, claim] }, body);
    expect(plan.claims.map((c) => [c.anchor.start, c.anchor.end])).toEqual([
      [15, 42],
      [83, 110],
    ]);
  });

  it('refuses "this article" inside a parallel step', () => {
    const claim = {
      quote_or_paraphrase: "x",
      kind: "paraphrase",
      speaker: "Reuters",
      chain: ["Reuters / this article", "this article"],
      indirect: true,
    };
    expect(() => planAnnotationImport({ title: "T", claims: [claim] }, "x")).toThrow(/can only end a chain/);
  });
});
