"use client";
// The annotation view: the article text with its claims marked; selecting words puts a toolbar
// at the selection ("New claim", "Suggest here"); the claim form opens beside the text in view.
// Keyboard: Tab through claims, Enter opens one, Esc closes the open form or claim panel.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { segmentBody } from "@/lib/articles/split-into-segments";
import type { ArticleSourcing, ClaimSourcing } from "@/lib/sourcing/schemas";
import { ClaimPanel } from "./claim-panel";
import { NewClaimForm } from "./new-claim-form";
import { readSelectedSpan, type SelectedSpan } from "./selection-offsets";
import { placeToolbar, SelectionToolbar, type ToolbarPlace } from "./selection-toolbar";
import { SuggestionsPanel } from "./suggestions-panel";
import { type Undoable, UndoNotice } from "./undo-notice";

type Props = { workspaceId: string; article: ArticleSourcing["article"]; claims: ClaimSourcing[]; canWrite: boolean };
type Range = { start: number; end: number };

export function ArticleEditor({ workspaceId, article, claims, canWrite }: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [span, setSpan] = useState<SelectedSpan | null>(null);
  const [toolbar, setToolbar] = useState<ToolbarPlace | null>(null);
  const [drafting, setDrafting] = useState(false);
  const [suggestWithin, setSuggestWithin] = useState<Range | null>(null);
  const [undo, setUndo] = useState<Undoable | null>(null);
  const claim = claims.find((candidate) => candidate.id === selected) ?? null;
  const segments = segmentBody(article.body, claims);

  function readSelection() {
    if (!canWrite || !textRef.current || drafting) return;
    const next = readSelectedSpan(textRef.current, article.body);
    setSpan(next);
    setToolbar(next ? placeToolbar(textRef.current) : null);
  }

  // Esc closes what is open, the newest first: the toolbar, the claim form, then the claim panel.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (toolbar) setToolbar(null);
      else if (drafting) setDrafting(false);
      else if (selected) setSelected(null);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toolbar, drafting, selected]);

  return (
    <div className="annotator">
      <section aria-label="Article text" className="annotator-column">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the text is not a control; mouse-up and shift+arrow key-up read the reader's selection */}
        <div
          ref={textRef}
          className="annotator-text"
          onMouseUp={readSelection}
          onKeyUp={(event) => event.shiftKey && readSelection()}
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
          {toolbar && span ? (
            <SelectionToolbar
              place={toolbar}
              onNewClaim={() => {
                setToolbar(null);
                setDrafting(true);
              }}
              onSuggest={() => {
                setToolbar(null);
                setSuggestWithin({ start: span.start, end: span.end });
              }}
            />
          ) : null}
        </div>
        {canWrite && !drafting ? (
          <p className="meta">Select the words of a claim in the text: a toolbar at the selection starts it.</p>
        ) : null}
        {canWrite && drafting && span ? (
          <NewClaimForm
            key={`${span.start}-${span.end}`}
            workspaceId={workspaceId}
            articleId={article.id}
            body={article.body}
            span={span}
            onCancel={() => setDrafting(false)}
            onCreated={(id) => {
              setDrafting(false);
              setSpan(null);
              setSelected(id);
              router.refresh();
            }}
          />
        ) : null}
      </section>
      <aside aria-label="Claims">
        {canWrite ? (
          <SuggestionsPanel articleId={article.id} body={article.body} selection={span} within={suggestWithin} />
        ) : null}
        {undo ? (
          <UndoNotice
            undo={undo}
            claimVersion={claims.find((c) => c.id === undo.claimId)?.version ?? null}
            onDone={(claimId) => {
              setUndo(null);
              setSelected(claimId);
            }}
            onDismiss={() => setUndo(null)}
          />
        ) : null}
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
            onDeleted={(deleted) => {
              setSelected(null);
              setUndo(deleted);
            }}
            onRemovedHop={setUndo}
            onClose={() => setSelected(null)}
            selection={span}
          />
        ) : null}
      </aside>
    </div>
  );
}
