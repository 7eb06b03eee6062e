"use client";
// A token for a CMS to send corrections to POST /api/articles/<article>/revisions as this user.
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export function ApiTokenButton() {
  const trpc = useTRPC();
  const creating = useWrite(trpc.auth.createApiToken.mutationOptions(), { refresh: false });
  const token = creating.data;
  return (
    <section className="editor-form" aria-label="API token">
      <h2>Connect your CMS</h2>
      <p className="meta">
        A CMS can publish corrections with <code>POST /api/articles/&lt;article&gt;/revisions</code> and the header{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>; claims are re-anchored as when you edit here.
      </p>
      <button type="button" disabled={creating.pending} onClick={() => void creating.run()}>
        Create an API token
      </button>
      {token ? (
        <p role="status">
          Copy it now, it is shown once (valid until {token.expiresAt.slice(0, 10)}):{" "}
          <code className="token">{token.token}</code>
        </p>
      ) : null}
      <WriteProblem problem={creating.problem} />
    </section>
  );
}
