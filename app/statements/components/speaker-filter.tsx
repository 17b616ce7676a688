"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTypedBeforeHydration } from "@/components/use-typed-before-hydration";
import type { FilterOption } from "../lib/queries";

/** Typeahead over speakers (names and aliases); several can be selected at once. */
export function SpeakerFilter({
  selected,
  selectedOptions,
  onChange,
}: {
  selected: string[];
  selectedOptions: FilterOption[];
  onChange: (slugs: string[]) => void;
}) {
  const listId = useId();
  const [query, setQuery] = useState("");
  const queryInput = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(queryInput, "", setQuery);
  const [suggestions, setSuggestions] = useState<FilterOption[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [active, setActive] = useState(0);

  useEffect(() => {
    const typed = query.trim();
    if (!typed) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/speakers?q=${encodeURIComponent(typed)}`, { signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<FilterOption[]>) : []))
        .then((options) => {
          setSuggestions(options.filter((o) => !selected.includes(o.value)));
          setActive(0);
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, selected]);

  const labelOf = (slug: string) => selectedOptions.find((o) => o.value === slug)?.label ?? labels[slug] ?? slug;
  const choose = (option: FilterOption) => {
    setLabels((prev) => ({ ...prev, [option.value]: option.label }));
    onChange([...selected, option.value]);
    setQuery("");
    setSuggestions([]);
  };

  return (
    <div className="relative flex flex-col text-xs text-stone-600">
      <label htmlFor={`${listId}-input`}>Speaker</label>
      <div className="flex flex-wrap items-center gap-1 rounded border border-stone-300 bg-white px-1 py-0.5">
        {selected.map((slug) => (
          <span key={slug} className="flex items-center gap-1 rounded bg-stone-800 px-1.5 py-0.5 text-xs text-white" data-testid="speaker-chip">
            {labelOf(slug)}
            <button
              type="button"
              aria-label={`Remove ${labelOf(slug)}`}
              className="hover:text-red-300"
              onClick={() => onChange(selected.filter((s) => s !== slug))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={`${listId}-input`}
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          className="w-40 px-1 py-0.5 text-sm text-stone-900 outline-none"
          placeholder="Type a name"
          ref={queryInput}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, suggestions.length - 1));
            else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
            else if (e.key === "Enter" && suggestions[active]) {
              e.preventDefault();
              choose(suggestions[active]);
            } else if (e.key === "Escape") setSuggestions([]);
          }}
        />
      </div>
      {suggestions.length ? (
        <ul id={listId} role="listbox" className="absolute top-full z-20 mt-1 w-64 rounded border border-stone-200 bg-white py-1 shadow-lg">
          {suggestions.map((option, i) => (
            <li
              key={option.value}
              role="option"
              aria-selected={i === active}
              className={`flex cursor-pointer justify-between px-2 py-1 text-sm text-stone-900 ${i === active ? "bg-stone-100" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              <span>{option.label}</span>
              <span className="text-xs text-stone-500">{option.count}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
