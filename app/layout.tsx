import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SESSION_COOKIE } from "@/server/services/auth/sessions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Where each claim in a news story came from, hop by hop.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next.js puts proxy.ts's fresh CSP nonce on its scripts.
  await connection();
  // A session cookie is enough to offer the editor (it asks to sign in again if the session has
  // ended); reading no session here keeps public pages free of a database call.
  const signedIn = (await cookies()).has(SESSION_COOKIE);
  return (
    <html lang="en">
      <body>
        <header className="site">
          <Link href="/" prefetch={false}>
            Claimtrail
          </Link>
          <nav aria-label="Account" className="site-account">
            {signedIn ? (
              <Link href="/editor" prefetch={false}>
                Editor
              </Link>
            ) : (
              <Link href="/signin" prefetch={false}>
                Sign in
              </Link>
            )}
          </nav>
        </header>
        {children}
      </body>
    </html>
  );
}
