// Deterministic secrets for tests; real runs get generated ones in .env.local (lib/env).
process.env.AUTH_SECRET ??= "test-auth-secret-0123456789abcdef0123456789abcdef";
process.env.ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
// Tests give each simulated client its own X-Forwarded-For address.
process.env.TRUST_PROXY ??= "true";
