import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountForm } from "@/app/components/editor/account-form";
import { EditorTrpcProvider } from "@/app/components/editor/trpc-provider";
import "@/app/editor/editor.css";

export const metadata: Metadata = { title: "Sign in" };

export default function Page() {
  return (
    <main className="editor">
      <EditorTrpcProvider>
        <Suspense>
          <AccountForm mode="sign-in" />
        </Suspense>
      </EditorTrpcProvider>
    </main>
  );
}
