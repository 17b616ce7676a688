"use client";

import { useEffect, type RefObject } from "react";

/**
 * Text typed into a server-rendered input before React hydrated the page lives only in the DOM,
 * and the first re-render of a controlled input would wipe it. Hands it to the component's state
 * once, at hydration, so a fast typist on a slow connection loses nothing.
 */
export function useTypedBeforeHydration(input: RefObject<HTMLInputElement | null>, rendered: string, adopt: (typed: string) => void) {
  useEffect(() => {
    const typed = input.current?.value;
    if (typed != null && typed !== rendered) adopt(typed);
    // Only at hydration: afterwards the input is controlled.
  }, []);
}
