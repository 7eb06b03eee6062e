"use client";
// Confirming an address: the address, the password chosen at sign-up and one button (a POST),
// then on to the editor, signed in. A link that no longer works (or fails as it is pressed) shows
// why and the form to get a new one.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { ResendConfirmationForm } from "./resend-confirmation-form";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

const LINK_INVALID = "This confirmation link is expired, used already or unknown.";

/** `email`: the address the link confirms. `next`: a safe path of this site, where the person was going when they signed up. */
export function ConfirmEmail({ token, email, next }: { token: string | null; email: string | null; next: string }) {
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const router = useRouter();
  const confirming = useWrite(trpc.auth.confirmEmail.mutationOptions(), { refresh: false });

  if (!token)
    return (
      <div className="editor-form narrow">
        <h1>This link no longer works</h1>
        <p>{LINK_INVALID} Links work once, for 24 hours, each with the password chosen when signing up.</p>
        <ResendConfirmationForm />
      </div>
    );

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    if (!(await confirming.run({ token, password }))) return;
    router.push(next);
    router.refresh();
  }

  return (
    <div className="editor-form narrow">
      <h1>Confirm your address</h1>
      <p>
        This link confirms <strong>{email}</strong> for a Claimtrail account. Enter the password you chose when you
        signed up, then confirm: you are then signed in with this account. If you did not sign up, leave this page.
      </p>
      <form onSubmit={confirm}>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <WriteProblem problem={confirming.problem} />
        <button type="submit" disabled={confirming.pending || !!confirming.data}>
          Confirm my address
        </button>
      </form>
      {confirming.problem ? <ResendConfirmationForm /> : null}
    </div>
  );
}
