"use client";
// The annotation view: the article text with its claims marked, a "New claim" action for the
// selected words, and the selected claim's panel. Keyboard: Tab through claims, Enter opens one.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { segmentBody } from "@/lib/articles/split-into-segments";
import type { ArticleSourcing, ClaimSourcing } from "@/lib/sourcing/schemas";
import { ClaimPanel } from "./claim-panel";
import { NewClaimForm } from "./new-claim-form";
import { readSelectedSpan, type SelectedSpan } from "./selection-offsets";
import { SuggestionsPanel } from "./suggestions-panel";

type Props = { workspaceId: string; article: ArticleSourcing["article"]; claims: ClaimSourcing[]; canWrite: boolean };

export function ArticleEditor({ workspaceId, article, claims, canWrite }: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [span, setSpan] = useState<SelectedSpan | null>(null);
  const claim = claims.find((candidate) => candidate.id === selected) ?? null;
  const segments = segmentBody(article.body, claims);

  return (
    <div className="annotator">
      <section aria-label="Article text">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the text is not a control; mouse-up and shift+arrow key-up read the reader's selection */}
        <div
          ref={textRef}
          className="annotator-text"
          onMouseUp={() =>
            canWrite && setSpan(textRef.current ? readSelectedSpan(textRef.current, article.body) : null)
          }
          onKeyUp={(event) =>
            event.shiftKey &&
            canWrite &&
            setSpan(textRef.current ? readSelectedSpan(textRef.current, article.body) : null)
          }
        >
          {segments.map((segment, index) =>
            segment.claimId ? (
              <mark
                key={index}
                tabIndex={0}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a claim stays marked text inside the article; a <button> would break text selection across it
                role="button"
                aria-pressed={segment.claimId === selected}
                className={`claim directness-${claims.find((c) => c.id === segment.claimId)?.provenance.directness}${claims.find((c) => c.id === segment.claimId)?.anchorState === "NEEDS_REVIEW" ? " needs-review" : ""}`}
                onClick={() => setSelected(segment.claimId)}
                onKeyDown={(event) => event.key === "Enter" && setSelected(segment.claimId)}
              >
                {segment.text}
              </mark>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )}
        </div>
        {canWrite ? (
          span ? (
            <NewClaimForm
              workspaceId={workspaceId}
              articleId={article.id}
              span={span}
              onCancel={() => setSpan(null)}
              onCreated={(id) => {
                setSpan(null);
                setSelected(id);
                router.refresh();
              }}
            />
          ) : (
            <p className="meta">Select the words of a claim in the text to annotate it.</p>
          )
        ) : null}
      </section>
      <aside aria-label="Claims">
        {canWrite ? <SuggestionsPanel articleId={article.id} /> : null}
        <h2>Claims ({claims.length})</h2>
        <ol className="claim-list">
          {claims.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={item.id === selected ? "current" : ""}
                onClick={() => setSelected(item.id)}
              >
                <span className={`badge directness-${item.provenance.directness}`}>{item.provenance.directness}</span>
                {item.anchorState === "NEEDS_REVIEW" ? <span className="badge needs-review"> needs review</span> : null}{" "}
                {item.quote.slice(0, 90)}
                {item.quote.length > 90 ? "…" : ""}
              </button>
            </li>
          ))}
        </ol>
        {claim ? (
          <ClaimPanel
            key={`${claim.id}-${claim.version}`}
            workspaceId={workspaceId}
            claim={claim}
            canWrite={canWrite}
            onDeleted={() => setSelected(null)}
            selection={span}
          />
        ) : null}
      </aside>
    </div>
  );
}
