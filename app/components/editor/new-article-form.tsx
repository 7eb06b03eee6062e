"use client";
// Add an article by pasting its text, or by uploading a .txt, .md or .html file (the server
// reduces markup to plain text).
import { useRouter } from "next/navigation";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

type ContentType = "text" | "markdown" | "html";

function contentTypeOf(fileName: string): ContentType {
  if (/\.html?$/i.test(fileName)) return "html";
  if (/\.(md|markdown)$/i.test(fileName)) return "markdown";
  return "text";
}

export function NewArticleForm({ workspaceId, workspaceSlug }: { workspaceId: string; workspaceSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const creating = useWrite(trpc.editing.createArticle.mutationOptions(), { refresh: false });
  const [content, setContent] = useState("");
  const [contentType, setContentType] = useState<ContentType>("text");

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    setContentType(contentTypeOf(file.name));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || null;
    const date = text("publishedAt");
    const article = await creating.run({
      workspaceId,
      title: text("title") ?? "",
      publisher: text("publisher"),
      url: text("url"),
      publishedAt: date ? new Date(`${date}T00:00:00Z`).toISOString() : null,
      content,
      contentType,
    });
    if (article) router.push(`/editor/${workspaceSlug}/articles/${article.id}`);
  }

  return (
    <form className="editor-form" onSubmit={submit}>
      <h2>Add an article</h2>
      <label>
        Title
        <input name="title" required maxLength={300} />
      </label>
      <div className="form-row">
        <label>
          Publisher
          <input name="publisher" maxLength={200} />
        </label>
        <label>
          Published on
          <input name="publishedAt" type="date" />
        </label>
      </div>
      <label>
        URL
        <input name="url" type="url" placeholder="https://" />
      </label>
      <label>
        Text
        <textarea
          name="content"
          rows={10}
          value={content}
          onChange={(event) => {
            setContent(event.target.value);
            setContentType("text");
          }}
          placeholder="Paste the article text here, or upload a file below."
        />
      </label>
      <label>
        Or upload a file (.txt, .md, .html)
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={readFile}
        />
      </label>
      {contentType !== "text" ? <p className="meta">The {contentType} file will be reduced to its text.</p> : null}
      <WriteProblem problem={creating.problem} />
      <button type="submit" disabled={creating.pending}>
        Add article
      </button>
    </form>
  );
}
