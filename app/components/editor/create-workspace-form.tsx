"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { slugify } from "@/lib/articles/slugify";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

export function CreateWorkspaceForm() {
  const client = useTRPCClient();
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const workspace = await client.workspaces.create.mutate({ name, slug: slug || slugify(name).slice(0, 40) });
      router.push(`/editor/${workspace.slug}`);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <form className="editor-form" onSubmit={submit}>
      <h2>New workspace</h2>
      <label>
        Newsroom name
        <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} />
      </label>
      <label>
        Address
        <input
          value={slug}
          placeholder={slugify(name).slice(0, 40)}
          onChange={(event) => setSlug(event.target.value)}
          maxLength={40}
        />
      </label>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <button type="submit">Create workspace</button>
    </form>
  );
}
