"use client";
// Adding an archived capture: paste the page's text or HTML, or upload the saved file. Uploads
// travel as base64 with the sha256 the browser computed, so the server can prove the bytes it
// stores are the bytes chosen here. Nothing is fetched from the web.
import { type ChangeEvent, type FormEvent, useState } from "react";
import { MAX_CAPTURE_BYTES, tooLargeMessage } from "@/lib/sources/capture";
import { describeError } from "../describe-error";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

type Target = { sourceId: string } | { hopId: string };
type Upload = { name: string; base64: string; sha256: string; type: string; size: number };

async function readUpload(file: File): Promise<Upload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return {
    name: file.name,
    base64: btoa(binary),
    sha256: [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join(""),
    type: file.type || "application/octet-stream",
    size: bytes.length,
  };
}

export function SnapshotForm({
  target,
  label,
  defaultUrl,
}: {
  target: Target;
  label: string;
  defaultUrl: string | null;
}) {
  const trpc = useTRPC();
  const saving = useWrite(trpc.sourceRecords.addSnapshot.mutationOptions());
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [mode, setMode] = useState<"paste" | "upload">("paste");
  const [pasted, setPasted] = useState("");
  const [pastedType, setPastedType] = useState("text/html");
  const [upload, setUpload] = useState<Upload | null>(null);
  const [done, setDone] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setUpload(null);
    if (!file) return;
    if (file.size > MAX_CAPTURE_BYTES) {
      setTooLarge(tooLargeMessage(file.size));
      return;
    }
    setTooLarge(null);
    try {
      setUpload(await readUpload(file));
    } catch (caught) {
      setTooLarge(describeError(caught));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "").trim();
    const captured = field("capturedAt");
    const common = {
      ...target,
      originalUrl: field("originalUrl"),
      archiveUrl: field("archiveUrl"),
      capturedAt: captured ? new Date(captured).toISOString() : null,
    };
    const content =
      mode === "upload" && upload
        ? { content: upload.base64, encoding: "base64" as const, contentType: upload.type, sha256: upload.sha256 }
        : { content: pasted, encoding: "text" as const, contentType: pastedType };
    const ok = (await saving.run({ ...common, ...content })) !== undefined;
    setDone(ok);
    if (ok) {
      setPasted("");
      setUpload(null);
    }
  }

  return (
    <form className="editor-form" aria-label={label} onSubmit={submit}>
      <fieldset className="form-row plain">
        <legend>Capture</legend>
        <label className="checkbox">
          <input type="radio" name="mode" checked={mode === "paste"} onChange={() => setMode("paste")} /> paste text or
          HTML
        </label>
        <label className="checkbox">
          <input type="radio" name="mode" checked={mode === "upload"} onChange={() => setMode("upload")} /> upload a
          saved file
        </label>
      </fieldset>
      {mode === "paste" ? (
        <>
          <label>
            Pasted capture
            <textarea
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
              rows={5}
              placeholder="The page's text, or its HTML source"
            />
          </label>
          <label>
            It is
            <select value={pastedType} onChange={(event) => setPastedType(event.target.value)}>
              <option value="text/html">HTML</option>
              <option value="text/plain">plain text</option>
            </select>
          </label>
        </>
      ) : (
        <label>
          Saved file (at most 5 MB)
          <input type="file" onChange={choose} />
          {upload ? (
            <span className="meta">
              {upload.name}: {upload.size} bytes, sha256 <code className="hash">{upload.sha256}</code>
            </span>
          ) : null}
        </label>
      )}
      <div className="form-row">
        <label>
          Captured page
          <input
            name="originalUrl"
            type="url"
            defaultValue={defaultUrl ?? ""}
            placeholder="https://"
            maxLength={2000}
          />
        </label>
        <label>
          Archive address
          <input name="archiveUrl" type="url" placeholder="https://web.archive.org/…" maxLength={2000} />
        </label>
        <label>
          Captured at (leave empty if unknown; a WARC file's own date is used)
          <input name="capturedAt" type="datetime-local" />
        </label>
      </div>
      <div className="form-row">
        <button type="submit" disabled={saving.pending}>
          Save capture
        </button>
        {done && !saving.problem ? <span className="meta">Saved.</span> : null}
      </div>
      {tooLarge ? (
        <p role="alert" className="form-error">
          {tooLarge}
        </p>
      ) : null}
      <WriteProblem problem={saving.problem} />
    </form>
  );
}
