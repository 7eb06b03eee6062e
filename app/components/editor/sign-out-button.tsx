"use client";
import { useRouter } from "next/navigation";
import { useTRPC } from "./trpc-provider";
import { useWrite } from "./use-write";

export function SignOutButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const signingOut = useWrite(trpc.auth.signOut.mutationOptions(), { refresh: false });
  return (
    <button
      type="button"
      className="link-button"
      disabled={signingOut.pending}
      onClick={async () => {
        if (!(await signingOut.run())) return;
        router.push("/");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
