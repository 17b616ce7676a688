"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { FieldError } from "@/components/forms/form-message";
import type { ActionState } from "@/lib/action-guard";
import { STATEMENT_TYPE_VALUES } from "@/app/statements/lib/validations";
import { previewArticle, saveArticle } from "../lib/actions";
import type { ArticlePreview, SourceLink } from "../lib/article-mutations";
import { readArticleFile } from "../lib/article-text";
import type { StatementFix } from "../lib/validations";

type Result = ActionState & { preview?: ArticlePreview; source?: SourceLink; duplicate?: boolean };
type Fields = { text: string; url: string; outlet: string; publishedOn: string };

/** Paste or upload → preview the extraction → fix it → save. The text is extracted again on save. */
export function AddArticleForm() {
  const [fields, setFields] = useState<Fields>({ text: "", url: "", outlet: "", publishedOn: "" });
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [fixes, setFixes] = useState<StatementFix[]>([]);
  const [result, setResult] = useState<Result>({ ok: false, message: "" });
  const [pending, startTransition] = useTransition();
  const errors = result.errors ?? {};

  const set = (key: keyof Fields, value: string) => {
    setFields((prev) => ({ ...prev, [key]: value }));
    // The preview describes the text it was made from; other text needs a new preview.
    if (key === "text") setPreview(null);
  };

  const formData = () => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };

  const onPreview = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const next = await previewArticle(null, formData());
      setResult(next);
      setPreview(next.preview ?? null);
      setFixes(
        (next.preview?.statements ?? []).map((s) => ({ index: s.index, include: true, speaker: s.speaker, type: s.type, text: s.text })),
      );
    });
  };

  const onSave = () => {
    const data = formData();
    data.set("statements", JSON.stringify(fixes));
    startTransition(async () => {
      const next = await saveArticle(null, data);
      setResult(next);
      if (next.ok) setPreview(null);
    });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readArticleFile(file);
    if ("error" in read) {
      setResult({ ok: false, message: read.error, errors: { text: ["Choose a UTF-8 plain-text file up to 1 MB."] } });
      return;
    }
    set("text", read.text);
    setResult({ ok: true, message: `Loaded ${file.name}.` });
  };

  const fix = (index: number, change: Partial<StatementFix>) => setFixes((prev) => prev.map((f) => (f.index === index ? { ...f, ...change } : f)));
  const speakerNames = preview?.speakers.map((s) => s.name) ?? [];

  return (
    <div className="space-y-4">
      <form onSubmit={onPreview} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label="Article" noValidate>
        <label className="label">
          Article text
          <textarea
            name="text"
            rows={12}
            className="input font-mono"
            value={fields.text}
            onChange={(e) => set("text", e.target.value)}
            placeholder={"Headline\n2024-03-01\nhttps://…\n\nBody of the article…"}
            aria-invalid={!!errors.text || undefined}
            aria-describedby="article-text-error"
          />
        </label>
        <FieldError id="article-text-error" errors={errors.text} />
        <label className="label">
          …or upload a .txt file (up to 1 MB)
          <input type="file" accept=".txt,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} className="text-sm" />
        </label>
        <div className="flex flex-wrap gap-3">
          <label className="label">
            URL (optional)
            <input name="url" type="url" className="input w-80" value={fields.url} onChange={(e) => set("url", e.target.value)} aria-invalid={!!errors.url || undefined} />
            <FieldError id="article-url-error" errors={errors.url} />
          </label>
          <label className="label">
            Outlet (optional)
            <input name="outlet" className="input" value={fields.outlet} onChange={(e) => set("outlet", e.target.value)} aria-invalid={!!errors.outlet || undefined} />
            <FieldError id="article-outlet-error" errors={errors.outlet} />
          </label>
          <label className="label">
            Published on (optional)
            <input
              name="publishedOn"
              type="date"
              className="input"
              value={fields.publishedOn}
              onChange={(e) => set("publishedOn", e.target.value)}
              aria-invalid={!!errors.publishedOn || undefined}
            />
            <FieldError id="article-published-error" errors={errors.publishedOn} />
          </label>
        </div>
        <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          Preview statements
        </button>
      </form>

      <div role="status" aria-live="polite" className={`text-sm ${result.ok ? "text-emerald-800" : "text-red-700"}`} data-testid="article-message">
        {result.message}
        {result.source?.statementId ? (
          <>
            {" "}
            <Link href={`/statements/${result.source.statementId}`} className="underline">
              Open its statements
            </Link>
          </>
        ) : null}
      </div>
      <FieldError id="article-statements-error" errors={errors.statements} />

      {preview ? (
        <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-label="Preview">
          <h2 className="font-serif text-lg font-semibold">{preview.title ?? "Untitled article"}</h2>
          <p className="text-sm text-stone-600">
            {[preview.outlet, preview.published, preview.url].filter(Boolean).join(" · ") || "No outlet, date or URL found"}
          </p>
          <datalist id="article-speakers">
            {speakerNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <ol className="space-y-3">
            {preview.statements.map((statement) => {
              const current = fixes.find((f) => f.index === statement.index);
              if (!current) return null;
              return (
                <li key={statement.index} className={`space-y-2 rounded border p-2 ${current.include ? "border-stone-200" : "border-dashed border-stone-300 opacity-60"}`} data-testid="preview-statement">
                  <div className="flex flex-wrap items-end gap-2">
                    <label className="flex items-center gap-1 text-xs">
                      <input type="checkbox" checked={current.include} onChange={(e) => fix(statement.index, { include: e.target.checked })} />
                      Keep
                    </label>
                    <label className="label">
                      Speaker
                      <input list="article-speakers" className="input" value={current.speaker ?? ""} onChange={(e) => fix(statement.index, { speaker: e.target.value || null })} />
                    </label>
                    <label className="label">
                      Type
                      <select className="input" value={current.type} onChange={(e) => fix(statement.index, { type: e.target.value as StatementFix["type"] })}>
                        {STATEMENT_TYPE_VALUES.map((type) => (
                          <option key={type}>{type}</option>
                        ))}
                      </select>
                    </label>
                    {statement.mention && statement.mention !== statement.speaker ? <span className="text-xs text-stone-500">named as “{statement.mention}”</span> : null}
                  </div>
                  <label className="label">
                    Text
                    <textarea className="input font-serif" rows={2} value={current.text} onChange={(e) => fix(statement.index, { text: e.target.value })} />
                  </label>
                  <p className="text-xs text-stone-500">…{statement.context}…</p>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={onSave} disabled={pending} className="rounded bg-emerald-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
            Save article and {fixes.filter((f) => f.include).length} statements
          </button>
        </section>
      ) : null}
    </div>
  );
}
