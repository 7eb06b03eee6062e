"use client";
import type { HopDefaults } from "@/lib/editing/default-hop";
import { type ChainSource, type PlannedHop, planChain } from "@/lib/editing/plan-chain";
// The chain as people tell it: from the speaker (or the source a stretch of chain leaves from),
// "via" each outlet it passed through, on to this article. Enter adds the next step, Shift+Enter
// adds a source alongside the last one (parallel outlets); each hop's relation, first-hand flag
// and confidence start from the source types (lib/editing/default-hop.ts) and stay editable.
// What is listed here is exactly what is saved.
import { CONFIDENCE_RUBRIC } from "@/lib/provenance/confidence-rubric";
import { HopRelation } from "@/lib/vocabulary";
import { RELATION_WORDS } from "@/lib/words/display-words";
import { describeError } from "./describe-error";
import { SourcePicker } from "./source-picker";

export type ChainState = {
  steps: ChainSource[][];
  /** With steps: whether the last step passed the claim to this article. */
  toArticle: boolean;
  /** Without steps: whether the start told this article directly. */
  direct: boolean;
  overrides: Record<string, Partial<HopDefaults>>;
};

export const EMPTY_CHAIN: ChainState = { steps: [], toArticle: true, direct: false, overrides: {} };

/** The hops the builder shows, or the reason it cannot show them. */
export function planState(
  start: ChainSource | null,
  state: ChainState,
): { hops: PlannedHop[]; problem: string | null } {
  try {
    const toArticle = state.steps.length > 0 ? state.toArticle : state.direct;
    const hops = planChain({ start, steps: state.steps, toArticle });
    return { hops: hops.map((hop) => ({ ...hop, ...state.overrides[hop.key] })), problem: null };
  } catch (caught) {
    return { hops: [], problem: describeError(caught) };
  }
}

type Props = {
  workspaceId: string;
  start: ChainSource | null;
  state: ChainState;
  onChange: (state: ChainState) => void;
  viaId: string;
  onEnterEmpty?: () => void;
};

export function ChainBuilder({ workspaceId, start, state, onChange, viaId, onEnterEmpty }: Props) {
  const { hops, problem } = planState(start, state);
  const setSteps = (steps: ChainSource[][]) => onChange({ ...state, steps: steps.filter((step) => step.length > 0) });
  const override = (key: string, change: Partial<HopDefaults>) =>
    onChange({ ...state, overrides: { ...state.overrides, [key]: { ...state.overrides[key], ...change } } });

  return (
    <div className="chain-builder" role="group" aria-label="Chain">
      <p className="chain-line" data-testid="chain-line">
        {start ? <strong>{start.name}</strong> : <em>first source</em>}
        {state.steps.map((step, index) => (
          <span key={step.map((source) => source.id).join()}>
            {" → "}
            {step.map((source) => (
              <span key={source.id} className="chip">
                {source.name}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Take ${source.name} out of the chain`}
                  onClick={() =>
                    setSteps(state.steps.map((s, i) => (i === index ? s.filter((x) => x.id !== source.id) : s)))
                  }
                >
                  ×
                </button>
              </span>
            ))}
          </span>
        ))}
        {(state.steps.length > 0 && state.toArticle) || (state.steps.length === 0 && state.direct)
          ? " → this article"
          : null}
      </p>
      <SourcePicker
        workspaceId={workspaceId}
        label="Via"
        create
        defaultType="OUTLET"
        inputId={viaId}
        placeholder="via outlet… (type a name)"
        hint="Enter: next step · Shift+Enter: alongside the last one · Enter on an empty field: save"
        onChange={(source, how) => {
          if (!source) return;
          const last = state.steps.length - 1;
          if (how.alongside && last >= 0)
            setSteps(state.steps.map((step, i) => (i === last ? [...step, source] : step)));
          else setSteps([...state.steps, [source]]);
        }}
        onEnterEmpty={onEnterEmpty}
      />
      {state.steps.length > 0 ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.toArticle}
            onChange={(event) => onChange({ ...state, toArticle: event.target.checked })}
          />{" "}
          then to this article
        </label>
      ) : start ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={state.direct}
            onChange={(event) => onChange({ ...state, direct: event.target.checked })}
          />{" "}
          {start.name} told this article directly
        </label>
      ) : null}
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      {hops.length > 0 ? (
        <ol className="plain-list planned-hops" aria-label="Hops to save">
          {hops.map((hop) => (
            <li key={hop.key}>
              {hop.from.name} → {hop.to?.name ?? "this article"}{" "}
              <select
                aria-label={`Relation, ${hop.from.name} to ${hop.to?.name ?? "this article"}`}
                value={hop.relation}
                onChange={(event) => override(hop.key, { relation: HopRelation.parse(event.target.value) })}
              >
                {HopRelation.options.map((option) => (
                  <option key={option} value={option}>
                    {RELATION_WORDS[option]}
                  </option>
                ))}
              </select>{" "}
              <label className="checkbox inline">
                <input
                  type="checkbox"
                  checked={hop.firstHand}
                  onChange={(event) => override(hop.key, { firstHand: event.target.checked })}
                />{" "}
                first-hand
              </label>{" "}
              <ConfidenceSelect
                label={`Confidence, ${hop.from.name} to ${hop.to?.name ?? "this article"}`}
                value={hop.confidence}
                onChange={(confidence) => override(hop.key, { confidence })}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

/** The rubric's levels by name (docs/PROVENANCE.md); a value between levels is kept as it is. */
export function ConfidenceSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const onLevel = CONFIDENCE_RUBRIC.some((level) => level.value === value);
  return (
    <select aria-label={label} value={String(value)} onChange={(event) => onChange(Number(event.target.value))}>
      {onLevel ? null : <option value={String(value)}>{Math.round(value * 100)}%</option>}
      {CONFIDENCE_RUBRIC.map((level) => (
        <option key={level.value} value={String(level.value)} title={level.meaning}>
          {Math.round(level.value * 100)}% {level.label.toLowerCase()}
        </option>
      ))}
    </select>
  );
}
