"use client";
// Full-text search over the workspace's claims, sources and articles.
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

type Hit = {
  kind: "claim" | "source" | "article";
  id: string;
  title: string;
  snippet: string;
  articleSlug: string | null;
};

export function SearchBox({ workspaceId }: { workspaceId: string }) {
  const client = useTRPCClient();
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      setHits(
        await client.search.query.query({ workspaceId, query: String(new FormData(event.currentTarget).get("q")) }),
      );
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const href = (hit: Hit) =>
    hit.kind === "source"
      ? `/sources/${hit.id}`
      : hit.kind === "claim"
        ? `/claims/${hit.id}`
        : `/articles/${hit.articleSlug}`;
  return (
    <section className="editor-search" aria-label="Search">
      <form onSubmit={submit} role="search">
        <label>
          Search claims, quotes and sources <input name="q" type="search" minLength={2} required />
        </label>
        <button type="submit">Search</button>
      </form>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {hits ? (
        <ul className="plain-list" aria-live="polite">
          {hits.length === 0 ? <li>No matches.</li> : null}
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <span className="tag">{hit.kind}</span>{" "}
              <Link href={href(hit)}>{hit.kind === "claim" ? hit.snippet.replace(/<\/?b>/g, "") : hit.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
