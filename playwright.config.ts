import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (Playwright's own browser download is not possible
// here) against `npm start` with a throwaway embedded database and storage folder.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "__tests__/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    // Specs set up data with page.request (Playwright's API client), which sends no Origin; the
    // app refuses cookie-borne writes that do not come from its own pages, so it says it does.
    extraHTTPHeaders: { origin: baseURL },
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } }, testIgnore: /responsive\.spec\.ts/ },
    {
      name: "phone",
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      testMatch: /responsive\.spec\.ts/,
    },
  ],
  webServer: {
    // A fresh database and storage folder each run, so tests never see a previous run's users.
    command: "rm -rf .data/e2e-postgres .data/e2e-uploads && npx tsx scripts/launch.ts start",
    url: `${baseURL}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      EMBEDDED_PG_DIR: ".data/e2e-postgres",
      STORAGE_ROOT: ".data/e2e-uploads",
      NEXTAUTH_URL: baseURL,
      // Every test signs up a fresh user from 127.0.0.1; the production default (20/hour) would
      // refuse the suite part-way.
      SIGN_UP_LIMIT_PER_HOUR: "10000",
    },
  },
});
