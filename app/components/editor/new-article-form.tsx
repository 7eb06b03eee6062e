"use client";
// Add an article by pasting its text, or by uploading a .txt, .md or .html file (the server
// reduces markup to plain text). A Markdown file's opening "# heading" is its title: it fills an
// empty Title field, and the body leaves it out (lib/articles/markdown-title.ts).
import { useRouter } from "next/navigation";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { findMarkdownTitle } from "@/lib/articles/markdown-title";
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
  const [title, setTitle] = useState("");

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    const type = contentTypeOf(file.name);
    setContent(text);
    setContentType(type);
    const heading = type === "markdown" ? findMarkdownTitle(text) : null;
    if (heading && !title.trim()) setTitle(heading);
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
        <input name="title" required maxLength={300} value={title} onChange={(event) => setTitle(event.target.value)} />
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
      {contentType !== "text" ? (
        <p className="meta">
          The {contentType} file will be reduced to its text
          {contentType === "markdown" && findMarkdownTitle(content) ? "; its opening heading is the title" : ""}.
        </p>
      ) : null}
      <WriteProblem problem={creating.problem} />
      <button type="submit" disabled={creating.pending}>
        Add article
      </button>
    </form>
  );
}
