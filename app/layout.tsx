import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { UserNav } from "@/components/auth/user-nav";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  // Open Graph URLs must be absolute: BETTER_AUTH_URL is the deployment's public origin (.env.example).
  metadataBase: new URL(process.env.BETTER_AUTH_URL || "http://localhost:3000"),
  title: { default: "OnRecord — who said what, when, and where", template: "%s · OnRecord" },
  description: "Every attributed statement in the news, resolved to its speaker, date and source; searchable and shareable.",
  openGraph: { siteName: "OnRecord", type: "website" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render every page per request: proxy.ts gives each response a new script nonce, which a page
  // prerendered at build time could not carry.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>
          <header className="border-b border-stone-200 bg-white">
            <nav className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3" aria-label="Main">
              <Link href="/" className="font-serif text-xl font-bold tracking-tight">
                On<span className="text-red-700">Record</span>
              </Link>
              <Link href="/" className="text-sm text-stone-600 hover:text-stone-900">
                Statements
              </Link>
              <Link href="/speakers" className="text-sm text-stone-600 hover:text-stone-900">
                Speakers
              </Link>
              <Link href="/sources" className="text-sm text-stone-600 hover:text-stone-900">
                Sources
              </Link>
              <UserNav />
            </nav>
          </header>
          <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
