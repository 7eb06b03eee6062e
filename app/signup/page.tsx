import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountForm } from "@/app/components/editor/account-form";
import { EditorTrpcProvider } from "@/app/components/editor/trpc-provider";
import "@/app/editor/editor.css";

export const metadata: Metadata = { title: "Create an account" };

export default function Page() {
  return (
    <main className="editor">
      <EditorTrpcProvider>
        <Suspense>
          <AccountForm mode="sign-up" />
        </Suspense>
      </EditorTrpcProvider>
    </main>
  );
}
