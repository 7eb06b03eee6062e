// The page a confirmation link opens. Opening it confirms nothing (a mail scanner following the
// link must not use the token up): it shows a button whose POST confirms. A link that no longer
// works says so and offers the mail again.
import type { Metadata } from "next";
import { connection } from "next/server";
import { ConfirmEmail } from "@/app/components/editor/confirm-email";
import { EditorTrpcProvider } from "@/app/components/editor/trpc-provider";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { ConfirmationTokenInput } from "@/lib/auth/schemas";
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
  const parsed = ConfirmationTokenInput.safeParse({ token: query.token });
  const next = safeNextPath(typeof query.next === "string" ? query.next : null);
  const waiting = parsed.success ? (await (await getServerCaller()).auth.confirmationPending(parsed.data)).email : null;
  return (
    <main className="editor">
      <EditorTrpcProvider>
        <ConfirmEmail token={waiting && parsed.success ? parsed.data.token : null} email={waiting} next={next} />
      </EditorTrpcProvider>
    </main>
  );
}
