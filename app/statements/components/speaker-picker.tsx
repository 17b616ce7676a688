"use client";

import { useEffect, useId, useState } from "react";
import type { FilterOption } from "../lib/queries";

/** Typeahead over existing speakers; the chosen speaker's slug is submitted as `name`. */
export function SpeakerPicker({
  name,
  label,
  exclude,
  invalid,
  describedBy,
}: {
  name: string;
  label: string;
  exclude?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<FilterOption | null>(null);
  const [options, setOptions] = useState<FilterOption[]>([]);

  useEffect(() => {
    const typed = query.trim();
    if (!typed || chosen?.label === query) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/speakers?q=${encodeURIComponent(typed)}`, { signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<FilterOption[]>) : []))
        .then((found) => setOptions(found.filter((o) => o.value !== exclude)))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, chosen, exclude]);

  return (
    <div className="relative">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        className="input w-full"
        placeholder="Type a name"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setChosen(null);
        }}
      />
      <input type="hidden" name={name} value={chosen?.value ?? ""} />
      {options.length ? (
        <ul id={`${id}-list`} role="listbox" className="absolute z-10 mt-1 max-h-60 w-full overflow-auto rounded border border-stone-200 bg-white shadow">
          {options.map((option) => (
            <li
              key={option.value}
              role="option"
              aria-selected={false}
              className="cursor-pointer px-2 py-1 text-sm hover:bg-stone-100"
              onClick={() => {
                setChosen(option);
                setQuery(option.label);
                setOptions([]);
              }}
            >
              {option.label} <span className="text-xs text-stone-500">({option.count})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
