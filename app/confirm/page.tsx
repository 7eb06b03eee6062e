// The page a confirmation link opens. Opening it confirms nothing (a mail scanner following the
// link must not use the token up): it shows a button whose POST confirms. A link that no longer
// works says so and offers the mail again.
import type { Metadata } from "next";
import { connection } from "next/server";
import { ConfirmEmail } from "@/app/components/editor/confirm-email";
import { EditorTrpcProvider } from "@/app/components/editor/trpc-provider";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { ConfirmEmailInput } from "@/lib/auth/schemas";
import { getServerCaller } from "@/server/trpc/caller";
import "@/app/editor/editor.css";

export const metadata: Metadata = { title: "Confirm your address", robots: { index: false } };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; next?: string | string[] }>;
}) {
  await connection();
  const query = await searchParams;
  const parsed = ConfirmEmailInput.safeParse({ token: query.token });
  const next = safeNextPath(typeof query.next === "string" ? query.next : null);
  const pending = parsed.success && (await (await getServerCaller()).auth.confirmationPending(parsed.data)).pending;
  return (
    <main className="editor">
      <EditorTrpcProvider>
        <ConfirmEmail token={pending && parsed.success ? parsed.data.token : null} next={next} />
      </EditorTrpcProvider>
    </main>
  );
}
