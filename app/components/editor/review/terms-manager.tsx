"use client";
// A workspace's terms of one kind, for the settings page: listed with how often they are used,
// added and removed by editors. Relation terms name the built-in relation the analysis reads.
import type { FormEvent } from "react";
import type { Term } from "@/lib/review/schemas";
import { HopRelation, type TermKind } from "@/lib/vocabulary";
import { RELATION_WORDS } from "@/lib/words/display-words";
import { useTRPC } from "../trpc-provider";
import { useWrite } from "../use-write";
import { WriteProblem } from "../write-problem";

type Props = { workspaceId: string; kind: TermKind; terms: Term[]; canWrite: boolean };

const words = (relation: HopRelation | null) => (relation ? RELATION_WORDS[relation] : "");

export function TermsManager({ workspaceId, kind, terms, canWrite }: Props) {
  const trpc = useTRPC();
  const adding = useWrite(trpc.review.addTerm.mutationOptions());
  const removing = useWrite(trpc.review.removeTerm.mutationOptions());
  const relation = kind === "RELATION";
  const noun = relation ? "relation term" : "tag";

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const added = await adding.run({
      workspaceId,
      kind,
      label: String(data.get("label") ?? ""),
      baseRelation: relation ? HopRelation.parse(data.get("baseRelation")) : null,
    });
    if (added) form.reset();
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
                {relation ? <td>{words(term.baseRelation)}</td> : null}
                <td>{term.uses}</td>
                {canWrite ? (
                  <td>
                    <button
                      type="button"
                      className="link-button danger"
                      aria-label={`Remove ${noun} ${term.label}`}
                      onClick={() => void removing.run({ workspaceId, termId: term.id })}
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
      <WriteProblem problem={adding.problem ?? removing.problem} />
    </div>
  );
}
