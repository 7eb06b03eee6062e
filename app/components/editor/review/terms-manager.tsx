"use client";
// A workspace's terms of one kind, for the settings page: listed with how often they are used,
// added and removed by editors. Relation terms name the built-in relation the analysis reads.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Term } from "@/lib/review/schemas";
import { HopRelation, type TermKind } from "@/lib/vocabulary";
import { describeError } from "../describe-error";
import { useTRPCClient } from "../trpc-provider";

type Props = { workspaceId: string; kind: TermKind; terms: Term[]; canWrite: boolean };

const words = (relation: string) => relation.toLowerCase().replace(/_/g, " ");

export function TermsManager({ workspaceId, kind, terms, canWrite }: Props) {
  const client = useTRPCClient();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const relation = kind === "RELATION";
  const noun = relation ? "relation term" : "tag";

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(null);
    try {
      await client.review.addTerm.mutate({
        workspaceId,
        kind,
        label: String(data.get("label") ?? ""),
        baseRelation: relation ? HopRelation.parse(data.get("baseRelation")) : null,
      });
      form.reset();
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  async function remove(term: Term) {
    setError(null);
    try {
      await client.review.removeTerm.mutate({ workspaceId, termId: term.id });
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <div>
      {terms.length === 0 ? (
        <p className="meta">No {noun}s yet.</p>
      ) : (
        <table className="terms-table">
          <thead>
            <tr>
              <th scope="col">{relation ? "Term" : "Tag"}</th>
              {relation ? <th scope="col">Read as</th> : null}
              <th scope="col">{relation ? "Hops" : "Claims"}</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id}>
                <td>{term.label}</td>
                {relation ? <td>{words(term.baseRelation ?? "")}</td> : null}
                <td>{term.uses}</td>
                {canWrite ? (
                  <td>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={`Remove ${noun} ${term.label}`}
                      onClick={() => void remove(term)}
                    >
                      remove
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite ? (
        <form className="editor-form" onSubmit={add} aria-label={`Add a ${noun}`}>
          <div className="form-row">
            <label>
              {relation ? "New relation term" : "New tag"}
              <input name="label" required maxLength={60} placeholder={relation ? "leaked to" : "election"} />
            </label>
            {relation ? (
              <label>
                Read by the analysis as
                <select name="baseRelation" defaultValue="SAID_TO">
                  {HopRelation.options.map((option) => (
                    <option key={option} value={option}>
                      {words(option)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <button type="submit">Add {noun}</button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
