export function SubmitButton({
  pending,
  children,
  className = "",
  ...props
}: { pending: boolean } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60 ${className}`}
      {...props}
    >
      {children}
    </button>
  );
}
