// The Content-Security-Policy that proxy.ts sets per request (its script nonce must be new each
// time). The fixed security headers are in next.config.js.

/** A fresh, unguessable script nonce for one request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only when they carry this request's nonce (Next adds it to its own), or when such a
 * script loads them ('strict-dynamic'): an injected <script> or onerror= attribute never runs.
 * Styles allow inline attributes: tag colours are style attributes, already validated as #rrggbb.
 * Development adds 'unsafe-eval', which React's dev tooling needs and production never does.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
