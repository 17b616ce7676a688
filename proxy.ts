import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/security/security-headers";

/**
 * Sets a per-request Content-Security-Policy. Next reads the nonce from the request's copy of the
 * header and puts it on every script it renders, which is why every page renders dynamically.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Hashed build assets are never HTML; every page, action and API answer gets the policy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
