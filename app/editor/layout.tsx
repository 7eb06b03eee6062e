import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/app/components/editor/sign-out-button";
import { EditorTrpcProvider } from "@/app/components/editor/trpc-provider";
import { REQUEST_PATH_HEADER, signInPathFor } from "@/lib/http/request-path";
import { getServerCaller } from "@/server/trpc/caller";
import "./editor.css";

export default async function EditorLayout({ children }: { children: ReactNode }) {
  await connection();
  const me = await (await getServerCaller()).auth.me();
  // A signed-out deep link (/editor/demo/review) comes back to its page after sign-in.
  if (!me) redirect(signInPathFor((await headers()).get(REQUEST_PATH_HEADER)));
  return (
    <EditorTrpcProvider>
      <div className="editor">
        <nav className="editor-bar" aria-label="Editor">
          <Link href="/editor">Workspaces</Link>
          <span className="meta">Signed in as {me.name}</span>
          <SignOutButton />
        </nav>
        {children}
      </div>
    </EditorTrpcProvider>
  );
}
