import path from "node:path";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, type BrowserContext, type Page } from "@playwright/test";

// Helpers shared by the security and fault specs: signing in through the API, reading the e2e
// database directly, and watching a page for Content-Security-Policy violations.

export const PASSWORD = { demo: "onrecord-demo", admin: "onrecord-admin" };
export const EMAIL = { editor: "editor@onrecord.local", viewer: "viewer@onrecord.local", admin: "admin@onrecord.local" };
export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/**
 * Signs in through better-auth's endpoint and returns the cookies. `address` is the client address
 * the rate limit counts (X-Forwarded-For): each caller uses its own, so specs running in parallel
 * never share a sign-in budget.
 */
export async function signedInState(baseURL: string, email: string, password: string, address: string): Promise<StorageState> {
  const api = await playwrightRequest.newContext({ baseURL });
  const response = await api.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin: baseURL, "x-forwarded-for": address },
  });
  expect(response.status(), await response.text()).toBe(200);
  const state = await api.storageState();
  await api.dispose();
  return state;
}

/** The database scripts/e2e-server.mjs made for this run, read-only, for checking what was stored. */
export function queryE2eDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(path.resolve(import.meta.dirname, "../../data/e2e.db"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export const countRows = (table: string) => queryE2eDatabase<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`)[0].n;

/**
 * Collects every CSP violation the page reports, from the console and from the DOM's
 * securitypolicyviolation event (registered before any page script runs).
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

/** True when something planted in user text ran: the payloads set window.__pwned. */
export const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
