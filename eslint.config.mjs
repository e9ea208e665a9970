import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Every picture is read through the authorizing image route (cookies, per-user answers) or is
      // one of a few committed static previews; next/image's optimizer can forward neither.
      "@next/next/no-img-element": "off",
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "public/uploads/**",
      "lib/generated/**",
      "next-env.d.ts",
      "e2e-artifacts/**",
      "test-results/**",
    ],
  },
];

export default config;
