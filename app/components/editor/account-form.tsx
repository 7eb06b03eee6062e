"use client";
// Sign-up and sign-in share one form: email and password, plus a name when signing up. Sign-up
// ends with "check your mail" (the link mailed to the address signs in); a sign-in refused until
// the address is confirmed offers the mail again.
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { ResendConfirmationForm } from "./resend-confirmation-form";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export function AccountForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const trpc = useTRPC();
  const router = useRouter();
  const next = useSearchParams().get("next") ?? "/editor";
  const signingUp = useWrite(trpc.auth.signUp.mutationOptions(), { refresh: false });
  const signingIn = useWrite(trpc.auth.signIn.mutationOptions(), { refresh: false });
  const write = mode === "sign-up" ? signingUp : signingIn;
  const [email, setEmail] = useState("");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email"));
    const password = String(form.get("password"));
    setEmail(email);
    if (mode === "sign-up") {
      await signingUp.run({ email, password, name: String(form.get("name")), next: safeNextPath(next) });
      return;
    }
    if (!(await signingIn.run({ email, password }))) return;
    router.push(safeNextPath(next));
    router.refresh();
  }

  if (mode === "sign-up" && signingUp.data)
    return (
      <div className="editor-form narrow">
        <h1>Check your mail</h1>
        <p role="status">{signingUp.data.message}</p>
        <p>The link works once, for 24 hours. No mail after a few minutes? Look in spam, or have it sent again:</p>
        <ResendConfirmationForm email={email} />
      </div>
    );

  return (
    <form className="editor-form narrow" onSubmit={submit}>
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
      <WriteProblem problem={write.problem} />
      {mode === "sign-in" && write.problem?.code === "FORBIDDEN" ? <ResendConfirmationForm email={email} /> : null}
      <button type="submit" disabled={write.pending}>
        {mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p className="meta">
        {mode === "sign-up" ? (
          <>
            Have an account? <Link href={`/signin?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href={`/signup?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}
