"use client";

export interface MultiSelectOption {
  value: string;
  label: string;
  count?: number;
  color?: string;
}

/** A dropdown of checkboxes; `selected` is the URL's list for this filter. */
export function MultiSelectFilter({
  label,
  options,
  selected,
  onChange,
  showCount = true,
  countUnit = "statements",
}: {
  label: string;
  /** What the options' counts count, for their tooltip. */
  countUnit?: string;
  /** Off where the selection is not a filter (the column picker). */
  showCount?: boolean;
  options: MultiSelectOption[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <details className="relative" data-testid={`filter-${label.toLowerCase()}`}>
      <summary className="cursor-pointer list-none rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100">
        {label}
        {showCount && selected.length ? <span className="ml-1 rounded bg-stone-800 px-1 text-xs text-white">{selected.length}</span> : null}
      </summary>
      <fieldset className="absolute z-20 mt-1 max-h-72 min-w-48 overflow-auto rounded border border-stone-200 bg-white p-2 shadow-lg">
        <legend className="sr-only">{label}</legend>
        {options.length === 0 ? <p className="px-1 text-sm text-stone-500">None yet</p> : null}
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-100">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            {option.color ? <span className="h-2 w-2 rounded-full" style={{ backgroundColor: option.color }} aria-hidden="true" /> : null}
            <span className="flex-1">{option.label}</span>
            {option.count !== undefined ? (
              <span className="text-xs text-stone-500" title={`${option.count} ${countUnit}`}>
                {option.count}
              </span>
            ) : null}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
