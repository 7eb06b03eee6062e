"use client";
// A source's type, language, country, address and its two notes, saved with the version the
// editor opened so a colleague's change in between is never overwritten. The internal note stays
// with the workspace's members; the public note is what readers see once a published claim uses
// the source, so the two are labelled apart.
import { type FormEvent, useState } from "react";
import { SourceType } from "@/lib/vocabulary";
import { SourceTypeOptions } from "../source-type-options";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

type Details = {
  id: string;
  type: SourceType;
  language: string | null;
  country: string | null;
  url: string | null;
  notes: string | null;
  publicNote: string | null;
  version: number;
};

export function SourceDetailsForm({ source }: { source: Details }) {
  const trpc = useTRPC();
  const saving = useWrite(trpc.sourceRecords.setDetails.mutationOptions());
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "").trim();
    const result = await saving.run({
      sourceId: source.id,
      version: source.version,
      type: SourceType.parse(field("type")),
      language: field("language"),
      country: field("country"),
      url: field("url"),
      notes: field("notes"),
      publicNote: field("publicNote"),
    });
    setSaved(result !== undefined);
  }

  return (
    <details className="record-edit">
      <summary>Edit details</summary>
      <form className="editor-form" aria-label="Source details" onSubmit={submit} key={source.version}>
        <div className="form-row">
          <label>
            Type
            <select name="type" defaultValue={source.type}>
              <SourceTypeOptions />
            </select>
          </label>
          <label>
            Language
            <input name="language" defaultValue={source.language ?? ""} placeholder="fr" size={8} maxLength={35} />
          </label>
          <label>
            Country
            <input name="country" defaultValue={source.country ?? ""} placeholder="FR" size={4} maxLength={2} />
          </label>
        </div>
        <label>
          Address
          <input name="url" type="url" defaultValue={source.url ?? ""} placeholder="https://" maxLength={2000} />
        </label>
        <label>
          Internal note (only members of this workspace see it)
          <textarea name="notes" defaultValue={source.notes ?? ""} rows={2} maxLength={5000} />
        </label>
        <label>
          Public note (readers see it once a published claim uses this source)
          <textarea name="publicNote" defaultValue={source.publicNote ?? ""} rows={2} maxLength={2000} />
        </label>
        <div className="form-row">
          <button type="submit" disabled={saving.pending}>
            Save details
          </button>
          {saved && !saving.problem ? <span className="meta">Saved.</span> : null}
        </div>
        <WriteProblem problem={saving.problem} />
      </form>
    </details>
  );
}
