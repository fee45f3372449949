type Tone = "error" | "success" | "info";

const tones: Record<Tone, string> = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  success: "border-leaf-300 bg-leaf-50 text-leaf-900 dark:border-leaf-700 dark:bg-leaf-950 dark:text-leaf-100",
  info: "border-stone-300 bg-stone-50 text-stone-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100",
};

/** A message region; errors are announced assertively, the rest politely. */
export function Alert({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}
