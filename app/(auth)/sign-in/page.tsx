import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/sign-in-schema";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : null);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-sm space-y-4 rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="font-serif text-2xl font-semibold">Sign in</h1>
      <p className="text-sm text-stone-600">For editors and admins. Anyone can read OnRecord without an account; accounts are by invitation.</p>
      <SignInForm next={target} />
    </div>
  );
}
