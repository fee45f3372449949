export default function JournalLoading() {
  return (
    <div className="mx-auto max-w-5xl" aria-busy="true">
      <p role="status" className="text-stone-600 dark:text-stone-400">
        Loading your journal…
      </p>
    </div>
  );
}
