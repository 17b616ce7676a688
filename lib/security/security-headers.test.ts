import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("Content-Security-Policy", () => {
  it("allows scripts only by this request's nonce, never inline or eval in production", () => {
    const nonce = createNonce();
    const scripts = directives(contentSecurityPolicy(nonce)).get("script-src")!;
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy(nonce, { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, foreign form targets and base URLs", () => {
    const policy = directives(contentSecurityPolicy(createNonce()));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    expect(Buffer.from([...nonces][0], "base64")).toHaveLength(16);
  });
});
