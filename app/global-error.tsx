"use client";

import { PageErrorMessage } from "@/components/errors/page-error-message";
import "./globals.css";

/** The root layout itself failed (it reads the session from the database), so this renders the whole document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>OnRecord is unavailable</title>
      </head>
      <body className="min-h-screen bg-stone-50 px-4 py-10 font-sans">
        <PageErrorMessage error={error} retry={retry} />
      </body>
    </html>
  );
}
