import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUserId } from "@/lib/server/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await getSessionUserId()) redirect("/");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Create your Glowplate account</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">Plan meals that are kind to your gut, and see why each one helps.</p>
      <div className="mt-6 rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <SignUpForm />
      </div>
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-leaf-700 underline dark:text-leaf-300">
          Sign in
        </Link>
      </p>
    </div>
  );
}
