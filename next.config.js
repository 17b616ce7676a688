/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Articles up to 1 MB are checked by the form's schema (with a clear message); leave room for
  // the request's other fields so that check is reached instead of Next's own limit.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  // The fixed security headers, on every response; proxy.ts adds the per-request Content-Security-Policy.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // For browsers that predate CSP's frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
