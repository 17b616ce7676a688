"use client";

import type { TransitionStartFunction } from "react";
import { useQueryStates } from "nuqs";
import { statementsSearchParams } from "./search-params";

/** The table's URL state on the client; `shallow: false` makes the server render the new view. */
export function useStatementsSearchParams(startTransition?: TransitionStartFunction) {
  return useQueryStates(statementsSearchParams, { shallow: false, history: "push", startTransition });
}

export type StatementsParams = ReturnType<typeof useStatementsSearchParams>[0];
export type SetStatementsParams = ReturnType<typeof useStatementsSearchParams>[1];
