"use client";
// Sign-up and sign-in share one form: email and password, plus a name when signing up.
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import { describeError } from "./describe-error";
import { useTRPCClient } from "./trpc-provider";

export function AccountForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const client = useTRPCClient();
  const router = useRouter();
  const next = useSearchParams().get("next") ?? "/editor";
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const email = String(form.get("email"));
      const password = String(form.get("password"));
      if (mode === "sign-up") await client.auth.signUp.mutate({ email, password, name: String(form.get("name")) });
      else await client.auth.signIn.mutate({ email, password });
      router.push(sameOriginPath(next));
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  }

  return (
    <form className="editor-form narrow" onSubmit={submit} aria-describedby={error ? "account-error" : undefined}>
      <h1>{mode === "sign-up" ? "Create your account" : "Sign in"}</h1>
      {mode === "sign-up" ? (
        <label>
          Name
          <input name="name" autoComplete="name" required maxLength={120} />
        </label>
      ) : null}
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          required
          minLength={mode === "sign-up" ? 10 : 1}
        />
      </label>
      {error ? (
        <p id="account-error" role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p className="meta">
        {mode === "sign-up" ? (
          <>
            Have an account? <Link href="/signin">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href="/signup">Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}

/** Only a path on this site: "//evil.example" or "https://evil.example" lead to /editor instead. */
function sameOriginPath(next: string): string {
  const target = new URL(next, window.location.origin);
  return target.origin === window.location.origin ? `${target.pathname}${target.search}${target.hash}` : "/editor";
}
