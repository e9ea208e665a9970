import nextJest from "next/jest.js";

// next/jest compiles TypeScript and JSX with Next's own SWC, so tests see the same code the app runs.
const createJestConfig = nextJest({ dir: "./" });

const shared = {
  moduleNameMapper: {
    "^server-only$": "<rootDir>/__tests__/support/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
    // ES-module-only; see the file for why tests load a CommonJS bundle of it.
    "^pg-boss$": "<rootDir>/__tests__/support/pg-boss-cjs.js",
  },
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/setup-env.ts"],
};

const project = (config) => createJestConfig({ ...shared, ...config })();

const config = {
  // Real database, real rendering (a 40×40 painted map takes about a second), real HTTP: a time
  // limit only catches a hang, it is not a speed target (those live in bench/). Jest reads it
  // from the top level only; set on a project it is silently ignored.
  testTimeout: 30_000,
  // Integration tests share one embedded PostgreSQL started here and stopped in teardown.
  globalSetup: "<rootDir>/__tests__/support/global-setup.ts",
  globalTeardown: "<rootDir>/__tests__/support/global-teardown.ts",
  projects: [
    await project({
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/unit/**/*.test.ts?(x)"],
    }),
    await project({
      displayName: "component",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/__tests__/component/**/*.test.tsx"],
      setupFilesAfterEnv: [...shared.setupFilesAfterEnv, "<rootDir>/__tests__/support/setup-dom.ts"],
    }),
    await project({
      displayName: "integration",
      testEnvironment: "node",
      testMatch: ["<rootDir>/__tests__/integration/**/*.test.ts?(x)"],
    }),
  ],
};

export default config;
