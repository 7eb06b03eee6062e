"use client";
// Choose another existing source of the workspace by typing part of its name or an alias; for
// links and merges, which never create a source.
import { useEffect, useState } from "react";
import { SOURCE_TYPE_LABEL } from "@/lib/sources/labels";
import type { SourceType } from "@/lib/vocabulary";
import { describeError } from "../describe-error";
import { useTRPCClient } from "../trpc-provider";

export type ChosenSource = { id: string; name: string; type: SourceType };

type Props = {
  workspaceId: string;
  excludeId: string;
  label: string;
  value: ChosenSource | null;
  onChange: (source: ChosenSource | null) => void;
};

export function SourceChooser({ workspaceId, excludeId, label, value, onChange }: Props) {
  const client = useTRPCClient();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<ChosenSource[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (value || !query.trim()) {
      setOptions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const found = await client.sources.search.query({ workspaceId, query, limit: 8 });
        if (live) setOptions(found.filter((source) => source.id !== excludeId));
      } catch (caught) {
        if (live) setError(describeError(caught));
      }
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, workspaceId, excludeId, query, value]);

  if (value) {
    return (
      <p className="picked">
        {label}: <strong>{value.name}</strong> <span className="tag">{SOURCE_TYPE_LABEL[value.type]}</span>{" "}
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          change
        </button>
      </p>
    );
  }
  return (
    <div className="source-chooser">
      <label>
        {label}
        <input
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Type part of a name or alias"
        />
      </label>
      {options.length > 0 ? (
        <ul className="plain-list options" aria-label={`${label}: matching sources`}>
          {options.map((option) => (
            <li key={option.id}>
              <button type="button" className="option" onClick={() => onChange(option)}>
                {option.name} <span className="tag">{SOURCE_TYPE_LABEL[option.type]}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim() ? (
        <p className="meta">No other source of this workspace matches.</p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
