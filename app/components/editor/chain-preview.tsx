"use client";
import { analyzeDraft } from "@/lib/suggestions/analyze-draft";
// What accepting a suggestion would save: the claim as its speaker's statement, every hop with
// its relation, hand and confidence, and the figures the chain would have. The same hops are sent
// with the accept, and the server saves them only if they are still the ones derived here.
import type { ClaimDraft, DraftHop } from "@/lib/suggestions/claim-draft";
import { stateClaim } from "@/lib/words/claim-statement";
import { ARTICLE_WORDS, DIRECTNESS_WORDS, describeHand, RELATION_WORDS } from "@/lib/words/display-words";
import { formatPercent, pluralize } from "@/lib/words/phrasing";

export function ChainPreview({ draft, hops }: { draft: ClaimDraft; hops: DraftHop[] }) {
  const provenance = analyzeDraft(draft);
  // Attributed to someone not yet chosen: never shown as a statement without a speaker.
  const speakerName = draft.speaker?.name ?? (draft.speakerAsked ? "(speaker to choose)" : null);
  const statement = stateClaim({ ...draft, quote: draft.text, speakerName });
  return (
    <section className="chain-preview" aria-label="What accepting saves">
      <p className="claim-statement">{statement.text}</p>
      {hops.length === 0 && draft.speakerAsked ? (
        <p className="meta">No hops yet: the chain starts from the speaker you choose.</p>
      ) : hops.length === 0 ? (
        <p className="meta">No hops: the claim will be unattributed.</p>
      ) : (
        <ol className="plain-list preview-hops">
          {hops.map((hop) => (
            <li key={`${hop.from}→${hop.to ?? ""}`} className="preview-hop">
              {hop.from} → {hop.to ?? ARTICLE_WORDS}{" "}
              <span className="meta">
                ({RELATION_WORDS[hop.relation]}, {describeHand(hop.firstHand)}, {formatPercent(hop.confidence)})
              </span>
            </li>
          ))}
        </ol>
      )}
      {draft.speakerAsked && !draft.speaker ? (
        <p className="meta">The chain's figures follow once the speaker is chosen.</p>
      ) : (
        <p className="preview-figures" data-independent-paths={provenance.independentPaths}>
          {DIRECTNESS_WORDS[provenance.directness]} ·{" "}
          {pluralize(provenance.independentPaths, "independent line of sourcing", "independent lines of sourcing")} ·
          confidence {formatPercent(provenance.confidence)}
        </p>
      )}
    </section>
  );
}
