"use client";
// Confirming an address: one button (a POST), then on to the editor, signed in. A link that no
// longer works (or fails as it is pressed) shows why and the form to get a new one.
import { useRouter } from "next/navigation";
import { ResendConfirmationForm } from "./resend-confirmation-form";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";
import { WriteProblem } from "./write-problem";

const LINK_INVALID = "This confirmation link is expired, used already or unknown.";

/** `next`: a safe path of this site, where the person was going when they signed up. */
export function ConfirmEmail({ token, next }: { token: string | null; next: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const confirming = useWrite(trpc.auth.confirmEmail.mutationOptions(), { refresh: false });

  if (!token)
    return (
      <div className="editor-form narrow">
        <h1>This link no longer works</h1>
        <p>{LINK_INVALID} Links work once, for 24 hours; only the newest mail's link works.</p>
        <ResendConfirmationForm />
      </div>
    );

  async function confirm() {
    if (!token) return;
    if (!(await confirming.run({ token }))) return;
    router.push(next);
    router.refresh();
  }

  return (
    <div className="editor-form narrow">
      <h1>Confirm your address</h1>
      <p>Press the button to confirm this address for your Claimtrail account and sign in.</p>
      <WriteProblem problem={confirming.problem} />
      <button type="button" onClick={confirm} disabled={confirming.pending || !!confirming.data}>
        Confirm my address
      </button>
      {confirming.problem ? <ResendConfirmationForm /> : null}
    </div>
  );
}
