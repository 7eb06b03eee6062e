"use client";
// Pick a source by typing: existing sources of the workspace come first, so the same outlet is
// never created twice; a new one is created only when the editor chooses to.
import { useEffect, useState } from "react";
import { SourceType } from "@/lib/vocabulary";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

export type PickedSource = { id: string; name: string; type: SourceType };

type Props = {
  workspaceId: string;
  label: string;
  value: PickedSource | null;
  onChange: (source: PickedSource | null) => void;
  defaultType?: SourceType;
};

export function SourcePicker({ workspaceId, label, value, onChange, defaultType = "PERSON" }: Props) {
  const client = useTRPCClient();
  const [query, setQuery] = useState("");
  const [type, setType] = useState<SourceType>(defaultType);
  const [options, setOptions] = useState<PickedSource[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (value) return;
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const found = await client.sources.search.query({ workspaceId, query, limit: 8 });
        if (live) setOptions(found);
      } catch (caught) {
        if (live) setError(describeError(caught));
      }
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, workspaceId, query, value]);

  if (value) {
    return (
      <div className="picked">
        <span className="picked-label">{label}:</span> <strong>{value.name}</strong>{" "}
        <span className="tag">{value.type.toLowerCase().replace("_", " ")}</span>{" "}
        <button
          type="button"
          className="link-button"
          onClick={() => onChange(null)}
          aria-label={`Change ${label.toLowerCase()}`}
        >
          change
        </button>
      </div>
    );
  }

  async function create() {
    setError(null);
    try {
      const { source } = await client.sources.findOrCreate.mutate({ workspaceId, name: query, type });
      onChange(source);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const exact = options.some((option) => option.name.toLowerCase() === query.trim().toLowerCase());
  return (
    <fieldset className="source-picker">
      <legend>{label}</legend>
      <input
        aria-label={`${label}: type a name`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Type a name"
      />
      <ul className="plain-list options">
        {options.map((option) => (
          <li key={option.id}>
            <button type="button" onClick={() => onChange(option)}>
              {option.name} <span className="tag">{option.type.toLowerCase().replace("_", " ")}</span>
            </button>
          </li>
        ))}
      </ul>
      {query.trim() && !exact ? (
        <div className="form-row">
          <select
            aria-label="Type of the new source"
            value={type}
            onChange={(event) => setType(SourceType.parse(event.target.value))}
          >
            {SourceType.options.map((option) => (
              <option key={option} value={option}>
                {option.toLowerCase().replace("_", " ")}
              </option>
            ))}
          </select>
          <button type="button" onClick={create}>
            Create “{query.trim()}”
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
