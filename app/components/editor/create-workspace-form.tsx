"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { slugify } from "@/lib/articles/slugify";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const creating = useWrite(trpc.workspaces.create.mutationOptions(), { refresh: false });
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const workspace = await creating.run({ name, slug: slug || slugify(name).slice(0, 40) });
    if (workspace) router.push(`/editor/${workspace.slug}`);
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
      <WriteProblem problem={creating.problem} />
      <button type="submit" disabled={creating.pending}>
        Create workspace
      </button>
    </form>
  );
}
