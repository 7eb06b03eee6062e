import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Where each claim in a news story came from, hop by hop.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next.js puts proxy.ts's fresh CSP nonce on its scripts.
  await connection();
  return (
    <html lang="en">
      <body>
        <header className="site">
          <Link href="/">Claimtrail</Link>
        </header>
        {children}
      </body>
    </html>
  );
}
