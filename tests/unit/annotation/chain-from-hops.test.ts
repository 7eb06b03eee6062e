import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnnotationFile } from "@/lib/annotation/annotation-file";
import { type ChainHop, chainFromHops } from "@/lib/annotation/chain-from-hops";
import { type ImportPlan, planAnnotationImport } from "@/lib/annotation/plan-import";
import type { PlannedSource } from "@/lib/annotation/source-registry";
import { toAnnotation } from "@/lib/annotation/to-annotation";
import { sourcingFromPlan } from "../sourcing/build-sourcing";
import { article as handBuilt } from "../sourcing/fixtures";
import { seedAnnotation, seedBody, seedSources } from "./seed";

const hop = (fromName: string, toName: string | null, position: number): ChainHop => ({ fromName, toName, position });

/** The planned hops of one claim, by source name, as chainFromHops receives them. */
function namedHops(plan: ImportPlan, index: number): ChainHop[] {
  const name = (key: string) => plan.sources.find((source) => source.key === key)!.name;
  return plan.claims[index]!.hops.map((planned) =>
    hop(name(planned.fromKey), planned.toKey === null ? null : name(planned.toKey), planned.position),
  );
}

describe("chainFromHops", () => {
  it('writes a claim with no hops as just "this article"', () => {
    expect(chainFromHops([])).toEqual(["this article"]);
  });

  it("writes a direct claim", () => {
    expect(chainFromHops([hop("Keir Starmer", null, 0)])).toEqual(["Keir Starmer", "this article"]);
  });

  it("writes a linear chain in order", () => {
    expect(
      chainFromHops([
        hop("Emmanuel Macron", "journalists from regional French newspapers", 0),
        hop("journalists from regional French newspapers", "Le Parisien", 1),
        hop("Le Parisien", null, 2),
      ]),
    ).toEqual(["Emmanuel Macron", "journalists from regional French newspapers", "Le Parisien", "this article"]);
  });

  it("joins parallel outlets of the seed's troops claim into one step", () => {
    expect(
      chainFromHops([
        hop("Emmanuel Macron", "journalists from regional French newspapers", 0),
        hop("journalists from regional French newspapers", "La Dépêche du Midi", 1),
        hop("journalists from regional French newspapers", "Le Parisien", 2),
        hop("La Dépêche du Midi", null, 3),
        hop("Le Parisien", null, 4),
      ]),
    ).toEqual([
      "Emmanuel Macron",
      "journalists from regional French newspapers",
      "La Dépêche du Midi / Le Parisien",
      "this article",
    ]);
  });

  it("orders sources within a step by hop position, whatever order the hops come in", () => {
    const hops = [
      hop("Le Parisien", null, 4),
      hop("journalists from regional French newspapers", "Le Parisien", 1),
      hop("La Dépêche du Midi", null, 3),
      hop("Emmanuel Macron", "journalists from regional French newspapers", 0),
      hop("journalists from regional French newspapers", "La Dépêche du Midi", 2),
    ];
    expect(chainFromHops(hops)).toEqual([
      "Emmanuel Macron",
      "journalists from regional French newspapers",
      "Le Parisien / La Dépêche du Midi",
      "this article",
    ]);
  });

  it("writes a diamond as a parallel step between its ends", () => {
    expect(
      chainFromHops([
        hop("Ministry of Health", "Reuters", 0),
        hop("Ministry of Health", "Agence France-Presse", 1),
        hop("Reuters", "Le Monde", 2),
        hop("Agence France-Presse", "Le Monde", 3),
        hop("Le Monde", null, 4),
      ]),
    ).toEqual(["Ministry of Health", "Reuters / Agence France-Presse", "Le Monde", "this article"]);
  });

  it("places a source by its longest route from the origin when routes differ in length", () => {
    // Macron told both the journalists and Le Parisien; Le Parisien also heard it from the journalists.
    expect(
      chainFromHops([
        hop("Emmanuel Macron", "Le Parisien", 0),
        hop("Emmanuel Macron", "journalists from regional French newspapers", 1),
        hop("journalists from regional French newspapers", "Le Parisien", 2),
        hop("Le Parisien", null, 3),
      ]),
    ).toEqual(["Emmanuel Macron", "journalists from regional French newspapers", "Le Parisien", "this article"]);
  });

  it("keeps every hop pointing to a later step on uneven parallel routes", () => {
    const hops = [
      hop("Zoë Ngata", "Reuters", 0),
      hop("Reuters", "Le Monde", 1),
      hop("Le Monde", null, 2),
      hop("Siobhán O’Connor", null, 3),
    ];
    const chain = chainFromHops(hops);
    expect(chain).toEqual(["Zoë Ngata / Siobhán O’Connor", "Reuters", "Le Monde", "this article"]);
    const stepOf = (name: string) => chain.findIndex((step) => step.split(" / ").includes(name));
    for (const { fromName, toName } of hops)
      if (toName !== null) expect(stepOf(toName)).toBeGreaterThan(stepOf(fromName));
  });

  it("gives back every chain of the seed annotation from its planned hops", () => {
    const plan = planAnnotationImport(seedAnnotation, seedBody, seedSources);
    plan.claims.forEach((_, index) => {
      expect(chainFromHops(namedHops(plan, index))).toEqual(seedAnnotation.claims[index]!.chain);
    });
  });

  // Distinct names, none an abbreviation of another, so each resolves to its own source.
  const NAMES = [
    "Emmanuel Macron",
    "Keir Starmer",
    "Giorgia Meloni",
    "Volodymyr Zelenskyy",
    "Siobhán O’Connor",
    "Zoë Ngata",
    "François Bayrou",
    "journalists from regional French newspapers",
    "La Dépêche du Midi",
    "Le Parisien",
    "Reuters",
    "Agence France-Presse",
    "Ministry of Defence",
    "Élysée readout",
    "people familiar with the talks",
    "Süddeutsche Zeitung",
    "El País",
    "Łukasz Nowak",
  ];
  const layeredChain = fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 5 }),
      fc.shuffledSubarray(NAMES, { minLength: NAMES.length }),
    )
    .map(([sizes, names]) => {
      const steps: string[][] = [];
      let next = 0;
      for (const size of sizes) {
        steps.push(names.slice(next, next + size));
        next += size;
      }
      return steps;
    });
  const quote = "Ukraine is sovereign";
  const body = `“${quote},” he said, according to Le Parisien.`;

  it("gives back any layered chain written as steps, after planning its hops", () => {
    fc.assert(
      fc.property(
        layeredChain,
        fc.constantFrom("direct_quote", "paraphrase"),
        fc.boolean(),
        (steps, kind, indirect) => {
          const chain = [...steps.map((step) => step.join(" / ")), "this article"];
          const plan = planAnnotationImport(
            {
              title: "Zelenskyy on sovereignty",
              claims: [{ quote_or_paraphrase: quote, kind, speaker: steps[0]?.[0] ?? null, chain, indirect }],
            },
            body,
          );
          expect(plan.claims[0]!.hops).toHaveLength(
            steps.reduce((count, step, i) => count + step.length * (steps[i + 1]?.length ?? 1), 0),
          );
          expect(chainFromHops(namedHops(plan, 0))).toEqual(chain);
        },
      ),
    );
  });
});

describe("toAnnotation", () => {
  const plan = planAnnotationImport(seedAnnotation, seedBody, seedSources);
  const sourcing = sourcingFromPlan(plan, { publishedAt: "2025-03-16T09:30:00+01:00" });
  const written = toAnnotation(sourcing);

  it("writes the seed's claims back exactly as annotated", () => {
    expect(written.claims).toEqual(seedAnnotation.claims);
  });

  it("writes a file the annotation format accepts, with the article's details and sources", () => {
    expect(AnnotationFile.parse(written)).toEqual(written);
    expect(written).toMatchObject({
      url: null,
      title: "Macron on a coalition-of-the-willing support force for Ukraine (seed article)",
      publisher: null,
      published_at: "2025-03-16T09:30:00+01:00",
      language: "en",
    });
    expect(written.sources).toContainEqual({
      name: "La Dépêche du Midi",
      type: "OUTLET",
      url: "https://www.ladepeche.fr/",
      notes: null,
    });
    expect(written.sources).toHaveLength(6);
  });

  it("plans the written file into the same claims and sources again", () => {
    const again = planAnnotationImport(written, seedBody);
    // Types and URLs travel in the file's sources[] (notes are the source page's, not the file's).
    const recorded = ({ key, name, type, url }: PlannedSource) => ({ key, name, type, url });
    expect(again.sources.map(recorded)).toEqual(plan.sources.map(recorded));
    expect(again.warnings).toEqual([]);
    expect(again.claims).toEqual(plan.claims);
  });

  it("writes the name when a named source was not mentioned by another name, and the state when there is no note", () => {
    const [noRecording, troops, leaders] = toAnnotation(handBuilt).claims;
    expect(leaders).toMatchObject({
      kind: "unattributed_fact",
      speaker: null,
      chain: ["this article"],
      sources_named: ["Reuters"],
      primary_evidence: "unknown",
    });
    expect(troops).toMatchObject({
      kind: "paraphrase",
      status: "corroborated",
      indirect: true,
      chain: [
        "Emmanuel Macron",
        "journalists from regional French newspapers",
        "La Dépêche du Midi / Le Parisien",
        "this article",
      ],
      note: "two outlets, one unrecorded conversation",
    });
    expect(noRecording).toMatchObject({
      speaker: "Macron's office (Élysée)",
      indirect: false,
      sources_named: ["Macron’s office"],
    });
    expect(noRecording).not.toHaveProperty("note");
  });

  it("writes a missing record with no note as its state alone, which reads back with no note", () => {
    const claim = { ...handBuilt.claims[1]!, primaryRecordNote: null };
    const written = toAnnotation({ ...handBuilt, claims: [claim] }).claims[0]!;
    expect(written).toMatchObject({ primary_record: "not_available" });
    expect(written).not.toHaveProperty("primary_evidence");
  });

  // Issue 11's example: a NOT_AVAILABLE record whose note does not open with "not available".
  it.each([
    ["NOT_AVAILABLE", "Macron's office said no recording exists"],
    ["AVAILABLE", "the office's own statement"],
    ["AVAILABLE", "not available before Monday; released since"],
    ["UNKNOWN", "recording of the call has not been released"],
    ["NOT_AVAILABLE", null],
    ["AVAILABLE", null],
    ["UNKNOWN", null],
    ["NOT_AVAILABLE", "not available (no tape)"],
  ] as const)("writes %s with the note %j so that an import reads back exactly that", (state, note) => {
    const claim = { ...handBuilt.claims[1]!, primaryRecord: state, primaryRecordNote: note };
    const written = toAnnotation({ ...handBuilt, claims: [claim] });
    const planned = planAnnotationImport(written, handBuilt.article.body).claims;
    const back = planned.find((planned) => planned.quote === claim.quote)!;
    expect({ state: back.primaryRecord, note: back.primaryRecordNote }).toEqual({ state, note });
  });
});
