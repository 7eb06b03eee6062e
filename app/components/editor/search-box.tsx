"use client";
// Full-text search over the workspace's claims, sources and articles.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { describeError } from "./describe-error";
import { useTRPC } from "./trpc-provider";

type Hit = {
  kind: "claim" | "source" | "article";
  id: string;
  title: string;
  snippet: string;
  articleSlug: string | null;
};

const hrefOf = (hit: Hit) =>
  hit.kind === "source"
    ? `/sources/${hit.id}`
    : hit.kind === "claim"
      ? `/claims/${hit.id}`
      : `/articles/${hit.articleSlug}`;

export function SearchBox({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState<string | null>(null);
  const search = useQuery({
    ...trpc.search.query.queryOptions({ workspaceId, query: query ?? "" }),
    enabled: query !== null,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(String(new FormData(event.currentTarget).get("q")));
  }

  const hits = search.data;
  return (
    <section className="editor-search" aria-label="Search">
      <form onSubmit={submit} role="search">
        <label>
          Search claims, quotes and sources <input name="q" type="search" minLength={2} required />
        </label>
        <button type="submit">Search</button>
      </form>
      {search.error ? (
        <p role="alert" className="form-error">
          {describeError(search.error)}
        </p>
      ) : null}
      {hits ? (
        <ul className="plain-list" aria-live="polite">
          {hits.length === 0 ? <li>No matches.</li> : null}
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <span className="tag">{hit.kind}</span>{" "}
              <Link href={hrefOf(hit)}>{hit.kind === "claim" ? hit.snippet.replace(/<\/?b>/g, "") : hit.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
