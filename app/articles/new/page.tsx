import type { Metadata } from "next";
import { AccessDenied } from "@/components/auth/access-denied";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { AddArticleForm } from "../components/add-article-form";

export const metadata: Metadata = { title: "Add article" };
export const dynamic = "force-dynamic";

export default async function AddArticlePage() {
  const user = await getCurrentUser();
  if (!canEdit(user)) return <AccessDenied user={user} need="editor" next="/articles/new" />;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-serif text-2xl font-semibold">Add article</h1>
        <p className="text-sm text-stone-600">
          Paste a news article or upload it as a .txt file. OnRecord finds its statements; check them before saving. The same article
          is stored only once.
        </p>
      </div>
      <AddArticleForm />
    </div>
  );
}
