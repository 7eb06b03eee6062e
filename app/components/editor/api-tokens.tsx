"use client";
// The person's API tokens, on their workspaces page: a CMS sends corrections to
// POST /api/articles/<article>/revisions with one. Each is listed with its scope and dates (never
// the token, which is shown once, at creation) and can be revoked on its own.
import { type FormEvent, useState } from "react";
import type { ApiTokenListing } from "@/lib/auth/api-token-schemas";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

const day = (iso: string) => iso.slice(0, 10);

export function ApiTokens({
  tokens,
  workspaces,
  now,
}: {
  tokens: ApiTokenListing[];
  workspaces: Array<{ id: string; name: string }>;
  /** When the page was rendered (ISO), to mark expired tokens the same on server and client. */
  now: string;
}) {
  const trpc = useTRPC();
  const creating = useWrite(trpc.auth.createApiToken.mutationOptions());
  const revoking = useWrite(trpc.auth.revokeApiToken.mutationOptions());
  const [name, setName] = useState("");
  const [workspaceId, setWorkspaceId] = useState("");
  const created = creating.data;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const token = await creating.run({ name, workspaceId: workspaceId || undefined });
    if (token) setName("");
  }

  return (
    <section className="editor-form" aria-label="API tokens">
      <h2>API tokens</h2>
      <p className="meta">
        A CMS can publish corrections with <code>POST /api/articles/&lt;article&gt;/revisions</code> and the header{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>; claims are re-anchored as when you edit here. A token lasts 90
        days; one limited to a workspace cannot touch any other.
      </p>
      {tokens.length === 0 ? (
        <p>You have no API tokens.</p>
      ) : (
        <table className="api-tokens">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Workspace</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} aria-label={`API token ${token.name}`}>
                <td>{token.name}</td>
                <td>{token.workspace?.name ?? "All your workspaces"}</td>
                <td>{day(token.createdAt)}</td>
                <td>{token.lastUsedAt ? day(token.lastUsedAt) : "never"}</td>
                <td>
                  {day(token.expiresAt)}
                  {token.expiresAt <= now ? " (expired)" : ""}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    disabled={revoking.pending}
                    onClick={() => void revoking.run({ tokenId: token.id })}
                  >
                    Revoke {token.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <WriteProblem problem={revoking.problem} />
      <form onSubmit={submit}>
        <label>
          Token name
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="Newsroom CMS"
            required
            maxLength={80}
          />
        </label>
        <label>
          Works in
          <select value={workspaceId} onChange={(event) => setWorkspaceId(event.target.value)}>
            <option value="">All your workspaces</option>
            {workspaces.map((workspace) => (
              <option key={workspace.id} value={workspace.id}>
                {workspace.name} only
              </option>
            ))}
          </select>
        </label>
        <WriteProblem problem={creating.problem} />
        <button type="submit" disabled={creating.pending}>
          Create an API token
        </button>
      </form>
      {created ? (
        <p role="status">
          Copy it now, it is shown once (valid until {day(created.expiresAt)}):{" "}
          <code className="token">{created.token}</code>
        </p>
      ) : null}
    </section>
  );
}
