"use client";
// For a password or token that may have leaked: every session of this person ends, on every
// device, and their API tokens stop working.
import { useRouter } from "next/navigation";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const router = useRouter();
  const ending = useWrite(trpc.auth.signOutEverywhere.mutationOptions(), { refresh: false });
  return (
    <section className="editor-form" aria-label="Sign out everywhere">
      <h2>Sign out everywhere</h2>
      <p className="meta">
        Ends your sessions on every device, this one included, and revokes your API tokens: a CMS using one must be
        given a new one.
      </p>
      <button
        type="button"
        disabled={ending.pending}
        onClick={async () => {
          if (!window.confirm("Sign out on every device and revoke your API tokens?")) return;
          if (!(await ending.run())) return;
          router.push("/signin");
          router.refresh();
        }}
      >
        Sign out everywhere
      </button>
      <WriteProblem problem={ending.problem} />
    </section>
  );
}
