/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Articles up to 1 MB are checked by the form's schema (with a clear message); leave room for
  // the request's other fields so that check is reached instead of Next's own limit.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
