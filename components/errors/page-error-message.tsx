"use client";

import { useEffect } from "react";

/**
 * What a reader sees when a page cannot be rendered, most often because the database is busy or
 * unavailable. Production hides the cause from the browser; the reference matches the server log.
 * Retrying is the reader's choice, so a failing page never reloads itself in a loop.
 */
export function PageErrorMessage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-3 rounded-lg border border-red-200 bg-white p-6" data-testid="page-error">
      <h1 className="font-serif text-2xl font-semibold">OnRecord cannot show this page right now</h1>
      <p className="text-sm text-stone-700">
        The statements could not be loaded. This usually means the database is busy (an import or a backup holds it) or
        unavailable (moved, deleted or unreadable). Nothing you saved before is lost.
      </p>
      <p className="text-sm text-stone-700">Try again in a moment. If it keeps happening, tell whoever runs OnRecord{digest ? <> and quote reference <code>{digest}</code></> : null}.</p>
      <button type="button" onClick={() => retry()} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white">
        Try again
      </button>
    </div>
  );
}
