"use client";
// A token for a CMS to send corrections to POST /api/articles/<article>/revisions as this user.
import { useState } from "react";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

export function ApiTokenButton() {
  const client = useTRPCClient();
  const [token, setToken] = useState<{ token: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="editor-form" aria-label="API token">
      <h2>Connect your CMS</h2>
      <p className="meta">
        A CMS can publish corrections with <code>POST /api/articles/&lt;article&gt;/revisions</code> and the header{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>; claims are re-anchored as when you edit here.
      </p>
      <button
        type="button"
        onClick={async () => {
          try {
            setToken(await client.auth.createApiToken.mutate());
          } catch (caught) {
            setError(describeError(caught));
          }
        }}
      >
        Create an API token
      </button>
      {token ? (
        <p role="status">
          Copy it now, it is shown once (valid until {token.expiresAt.slice(0, 10)}):{" "}
          <code className="token">{token.token}</code>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
