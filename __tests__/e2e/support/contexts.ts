import type { Browser, BrowserContext } from "@playwright/test";
import { test } from "./fixtures";

export type ViewportSize = { name: string; viewport: { width: number; height: number }; isMobile: boolean };

/**
 * A browser context at one width (touch on a phone) whose pages record every console error and
 * page error into `errors`, for a walk that spans several users and pages and checks them at the end.
 */
export async function openRecordingContext(
  browser: Browser,
  { viewport, isMobile }: ViewportSize,
  errors: string[],
  options: { acceptDownloads?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport,
    isMobile,
    hasTouch: isMobile,
    permissions: ["clipboard-read", "clipboard-write"],
    acceptDownloads: options.acceptDownloads ?? false,
  });
  context.on("page", (page) => {
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
  });
  return context;
}
