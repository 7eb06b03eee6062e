"use client";
// The one way to pick a source of the workspace: type part of its name or an alias, then choose
// a match (arrows and Enter, or a click). Existing sources come first, so the same outlet is
// never created twice; a new one is created only where the form allows it and the editor asks.
// Keyboard: ↑/↓ move through the matches, Enter picks (or creates), Shift+Enter tells the form
// "alongside" (the chain builder's parallel source), Esc clears the typed name.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useId, useState } from "react";
import { guessSourceType } from "@/lib/sources/guess-source-type";
import { normalizeSourceName } from "@/lib/sources/normalize-source-name";
import { SourceType } from "@/lib/vocabulary";
import { SOURCE_TYPE_WORDS } from "@/lib/words/display-words";
import { describeError } from "./describe-error";
import { SourceTypeOptions } from "./source-type-options";
import { useTRPC } from "./trpc-provider";
import { useDebouncedValue } from "./use-debounced-value";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export type PickedSource = { id: string; name: string; type: SourceType };
export type PickHow = { alongside: boolean };

type Props = {
  workspaceId: string;
  label: string;
  /** The picked source, shown with a "change" link; `undefined` keeps the picker open for more. */
  value?: PickedSource | null;
  onChange: (source: PickedSource | null, how: PickHow) => void;
  /** Offer to create a source of the typed name when none matches. */
  create?: boolean;
  /** The type offered for a new source; without it, guessed from the name. */
  defaultType?: SourceType;
  /** A source not to offer (the record's own, for links and merges). */
  excludeId?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** The name field's id, for a form that moves the focus to it. */
  inputId?: string;
  /** Enter in the empty name field: the form's own next step (e.g. saving). */
  onEnterEmpty?: () => void;
  /** A short line under the field saying what the keys do. */
  hint?: string;
};

export function SourcePicker(props: Props) {
  const { workspaceId, label, value, onChange, create = false, defaultType, excludeId, autoFocus } = props;
  const trpc = useTRPC();
  const id = useId();
  const [query, setQuery] = useState("");
  const [chosenType, setChosenType] = useState<SourceType | null>(null);
  const [active, setActive] = useState(-1);
  const typed = useDebouncedValue(query.trim());
  const search = useQuery({
    ...trpc.sources.search.queryOptions({ workspaceId, query: typed, limit: 8 }),
    // An empty field lists nothing: a list of every source would push the form's own buttons away.
    enabled: !value && typed !== "",
    placeholderData: keepPreviousData,
  });
  const creating = useWrite(trpc.sources.findOrCreate.mutationOptions(), { refresh: false });

  if (value) {
    return (
      <div className="picked">
        <span className="picked-label">{label}:</span> <strong>{value.name}</strong>{" "}
        <span className="tag">{SOURCE_TYPE_WORDS[value.type]}</span>{" "}
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(null, { alongside: false })}
          aria-label={`Change ${label.toLowerCase()}`}
        >
          change
        </button>
      </div>
    );
  }

  const options = (query.trim() ? (search.data ?? []) : []).filter((source) => source.id !== excludeId);
  const wanted = normalizeSourceName(query);
  const exact = options.find((option) => normalizeSourceName(option.name) === wanted);
  const type = chosenType ?? defaultType ?? guessSourceType(query);

  /** `typed`: the name the pick was made for; what the editor typed since is kept. */
  function choose(source: PickedSource, how: PickHow, typed = query.trim()) {
    setQuery((current) => (current.trim() === typed ? "" : current));
    setActive(-1);
    setChosenType(null);
    onChange({ id: source.id, name: source.name, type: source.type }, how);
  }

  async function createTyped(how: PickHow) {
    const typed = query.trim();
    const created = await creating.run({ workspaceId, name: typed, type });
    if (created) choose(created.source, how, typed);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => Math.max(-1, Math.min(options.length - 1, current + step)));
    } else if (event.key === "Enter") {
      // Enter never submits the surrounding form from here: it picks.
      event.preventDefault();
      const how = { alongside: event.shiftKey };
      const pick = options[active] ?? exact ?? (!create && options.length === 1 ? options[0] : undefined);
      if (pick) choose(pick, how);
      else if (create && wanted) void createTyped(how);
      else if (!query.trim()) props.onEnterEmpty?.();
    } else if (event.key === "Escape" && query) {
      event.stopPropagation();
      setQuery("");
      setActive(-1);
    }
  }

  return (
    <fieldset className="source-picker">
      <legend>{label}</legend>
      <input
        id={props.inputId}
        aria-label={`${label}: type a name`}
        aria-controls={`${id}-options`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        placeholder={props.placeholder ?? (create ? "Type a name" : "Type part of a name or alias")}
        // biome-ignore lint/a11y/noAutofocus: the form opened for this field; typing goes straight in
        autoFocus={autoFocus}
        maxLength={200}
      />
      {props.hint ? <p className="meta hint">{props.hint}</p> : null}
      <ul className="plain-list options" id={`${id}-options`} aria-label="Matching sources">
        {options.map((option, index) => (
          <li key={option.id}>
            <button
              type="button"
              className={index === active ? "active" : undefined}
              onClick={() => choose(option, { alongside: false })}
            >
              {option.name} <span className="tag">{SOURCE_TYPE_WORDS[option.type]}</span>
            </button>
          </li>
        ))}
      </ul>
      {!create && query.trim() && typed === query.trim() && search.isFetched && options.length === 0 ? (
        <p className="meta">No other source of this workspace matches.</p>
      ) : null}
      {create && wanted && !exact ? (
        <div className="form-row">
          <select
            aria-label="Type of the new source"
            value={type}
            onChange={(event) => setChosenType(SourceType.parse(event.target.value))}
          >
            <SourceTypeOptions />
          </select>
          <button type="button" onClick={() => void createTyped({ alongside: false })} disabled={creating.pending}>
            Create “{query.trim()}”
          </button>
        </div>
      ) : null}
      {search.error ? (
        <p role="alert" className="form-error">
          {describeError(search.error)}
        </p>
      ) : null}
      <WriteProblem problem={creating.problem} />
    </fieldset>
  );
}
