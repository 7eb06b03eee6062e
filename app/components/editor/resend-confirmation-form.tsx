"use client";
// "Send the mail again": the answer is the same for every address (auth.resendConfirmation).
import type { FormEvent } from "react";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

export function ResendConfirmationForm({ email }: { email?: string }) {
  const trpc = useTRPC();
  const resending = useWrite(trpc.auth.resendConfirmation.mutationOptions(), { refresh: false });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await resending.run({ email: String(new FormData(event.currentTarget).get("email")) });
  }

  return (
    <form className="resend-confirmation" onSubmit={submit} aria-label="Send the confirmation mail again">
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required defaultValue={email} />
      </label>
      <WriteProblem problem={resending.problem} />
      {resending.data ? <p role="status">{resending.data.message}</p> : null}
      <button type="submit" disabled={resending.pending}>
        Send the mail again
      </button>
    </form>
  );
}
