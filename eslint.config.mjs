import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next/**", ".data/**", "public/uploads/**", "lib/generated/**", "next-env.d.ts", "e2e-artifacts/**", "test-results/**"] },
];

export default config;
