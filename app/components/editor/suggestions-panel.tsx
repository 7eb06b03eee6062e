"use client";
// The extractor's first pass, shown for review: each suggestion becomes a draft the editor can
// shape (span, kind, stance, status, speaker, chain) while a preview shows exactly what accepting
// saves; or reject. Nothing is saved until the editor accepts.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { type ClaimDraft, listDraftHops } from "@/lib/suggestions/claim-draft";
import { proposeClaimDraft } from "@/lib/suggestions/propose-claim-draft";
import { describeError } from "./describe-error";
import type { SelectedSpan } from "./selection-offsets";
import { SuggestionDraft } from "./suggestion-draft";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type Range = { start: number; end: number };
type Props = { articleId: string; body: string; selection: SelectedSpan | null; within?: Range | null };

/**
 * `selection`: the words selected in the text (a draft's span can take them); `within`: words the
 * editor asked about ("Suggest here"), whose suggestions load at once.
 */
export function SuggestionsPanel({ articleId, body, selection, within = null }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accepting = useWrite(trpc.editing.acceptSuggestion.mutationOptions());
  const [drafts, setDrafts] = useState<ClaimDraft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(range: Range | null = null) {
    setBusy(true);
    setError(null);
    try {
      // Asked afresh each time: the article's claims change between two passes.
      const input = range ? { articleId, within: range } : { articleId };
      const suggestions = await queryClient.fetchQuery({
        ...trpc.editing.suggestClaims.queryOptions(input),
        staleTime: 0,
      });
      setDrafts(suggestions.map(proposeClaimDraft));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new selection asked about is the signal to load
  useEffect(() => {
    if (within) void load(within);
  }, [within]);

  const update = (index: number, draft: ClaimDraft) =>
    setDrafts((current) => current!.map((item, i) => (i === index ? draft : item)));
  const remove = (index: number) => setDrafts((current) => current!.filter((_, i) => i !== index));

  async function accept(index: number) {
    const draft = drafts![index]!;
    // The hops the preview showed go with the draft: the server saves them only if they match.
    if (await accepting.run({ articleId, draft, shownHops: listDraftHops(draft) })) remove(index);
  }

  return (
    <section className="suggestions" aria-label="Suggested claims">
      <button type="button" onClick={() => void load()} disabled={busy}>
        {drafts ? "Suggest again" : "Suggest claims"}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <WriteProblem problem={accepting.problem} />
      {drafts?.length === 0 ? <p>No new claims found.</p> : null}
      <ol className="plain-list">
        {drafts?.map((draft, index) => (
          <li key={`${index}-${draft.start}`} className="suggestion">
            <SuggestionDraft
              draft={draft}
              body={body}
              selection={selection}
              onChange={(next) => update(index, next)}
              onAccept={() => accept(index)}
              onReject={() => remove(index)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
