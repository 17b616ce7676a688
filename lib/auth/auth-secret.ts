import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SECRET_FILE = path.resolve(process.cwd(), "data/auth-secret");

/**
 * The session-signing secret: BETTER_AUTH_SECRET, else a random one generated once and kept in
 * data/ so sessions survive restarts in development. Production should set the variable.
 */
export function getAuthSecret(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  try {
    const stored = fs.readFileSync(SECRET_FILE, "utf8").trim();
    if (stored) return stored;
  } catch {
    // No stored secret yet: make one below.
  }
  const secret = randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  // `wx` fails if another process wrote the file first; then use theirs.
  try {
    fs.writeFileSync(SECRET_FILE, `${secret}\n`, { flag: "wx", mode: 0o600 });
    console.log(`auth: BETTER_AUTH_SECRET is unset; generated a development secret in ${path.relative(process.cwd(), SECRET_FILE)}`);
    return secret;
  } catch {
    return fs.readFileSync(SECRET_FILE, "utf8").trim();
  }
}
