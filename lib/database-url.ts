/** The embedded SQLite file unless DATABASE_URL names another database. */
export const DEFAULT_DATABASE_URL = "file:./data/onrecord.db";

export function getDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
