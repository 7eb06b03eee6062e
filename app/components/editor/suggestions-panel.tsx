"use client";
// The extractor's first pass, shown for review: each suggestion can be accepted as it is,
// edited (speaker, kind, direct or indirect) and then accepted, or rejected. Nothing is saved
// until the editor accepts.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { SuggestedClaim } from "@/lib/extraction/suggested-claim";
import { describeError } from "./describe-error";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

const KIND_LABEL = {
  direct_quote: "direct quote",
  paraphrase: "paraphrase",
  unattributed_fact: "unattributed",
} as const;

type Range = { start: number; end: number };

/** `within`: words the editor selected and asked about ("Suggest here"); suggestions load at once. */
export function SuggestionsPanel({ articleId, within = null }: { articleId: string; within?: Range | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accepting = useWrite(trpc.editing.acceptSuggestion.mutationOptions());
  const [suggestions, setSuggestions] = useState<SuggestedClaim[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(range: Range | null = null) {
    setBusy(true);
    setError(null);
    try {
      // Asked afresh each time: the article's claims change between two passes.
      const input = range ? { articleId, within: range } : { articleId };
      setSuggestions(await queryClient.fetchQuery({ ...trpc.editing.suggestClaims.queryOptions(input), staleTime: 0 }));
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

  const update = (index: number, change: Partial<SuggestedClaim>) =>
    setSuggestions((current) => current!.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const remove = (index: number) => setSuggestions((current) => current!.filter((_, i) => i !== index));

  async function accept(index: number) {
    const suggestion = suggestions![index]!;
    if (await accepting.run({ articleId, suggestion })) remove(index);
  }

  return (
    <section className="suggestions" aria-label="Suggested claims">
      <button type="button" onClick={() => void load()} disabled={busy}>
        {suggestions ? "Suggest again" : "Suggest claims"}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <WriteProblem problem={accepting.problem} />
      {suggestions?.length === 0 ? <p>No new claims found.</p> : null}
      <ol className="plain-list">
        {suggestions?.map((suggestion, index) => (
          <li key={`${suggestion.start}-${suggestion.end}`} className="suggestion">
            <blockquote className="quote">{suggestion.text}</blockquote>
            <div className="form-row">
              <label>
                Speaker
                <input
                  value={suggestion.speaker ?? ""}
                  onChange={(event) => {
                    const speaker = event.target.value || null;
                    update(index, {
                      speaker,
                      chain: speaker
                        ? [speaker, ...suggestion.chain.slice(suggestion.speaker ? 1 : 0)]
                        : ["this article"],
                    });
                  }}
                />
              </label>
              <label>
                Kind
                <select
                  value={suggestion.kind}
                  onChange={(event) => update(index, { kind: event.target.value as SuggestedClaim["kind"] })}
                >
                  {Object.entries(KIND_LABEL).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={suggestion.indirect}
                  onChange={(event) => update(index, { indirect: event.target.checked })}
                />{" "}
                indirect
              </label>
            </div>
            <p className="meta">
              {suggestion.cue ? `Cue: “${suggestion.cue}” · ` : ""}Chain: {suggestion.chain.join(" → ")}
            </p>
            <div className="form-row">
              <button type="button" onClick={() => accept(index)}>
                Accept
              </button>
              <button type="button" className="link-button" onClick={() => remove(index)}>
                Reject
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
