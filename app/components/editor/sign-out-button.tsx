"use client";
import { useRouter } from "next/navigation";
import { useTRPCClient } from "./trpc-provider";

export function SignOutButton() {
  const client = useTRPCClient();
  const router = useRouter();
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await client.auth.signOut.mutate();
        router.push("/");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
