"use client";

import { PageErrorMessage } from "@/components/errors/page-error-message";

/** A page of the app failed to render; the header and navigation stay. */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <PageErrorMessage error={error} retry={retry} />;
}
