import sharp from "sharp";
import { expect, screenshot, signUp, test, uniqueEmail } from "./support/fixtures";

// Settings shows where the user stands against the storage quota: what their images take, of how
// much, as a line and a meter that a screen reader reads the same way.
test("Settings → Storage shows the bytes an upload took, of the quota", async ({ page }) => {
  await signUp(page, "Orla Storage", uniqueEmail("storage"));
  await page.goto("/settings");
  const meter = page.getByRole("meter", { name: "Storage used" });
  await expect(meter).toHaveAttribute("aria-valuetext", "0 KB of 2.0 GB used");

  const buffer = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#7c3aed" } })
    .png()
    .toBuffer();
  const upload = await page.request.post("/api/gallery/images", {
    multipart: { file: { name: "banner.png", mimeType: "image/png", buffer } },
  });
  expect(upload.status()).toBe(201);
  const { bytes } = (await upload.json()) as { bytes: number };

  await page.reload();
  await expect(meter).toHaveAttribute("aria-valuenow", String(bytes));
  await expect(meter).toHaveAttribute("aria-valuetext", `${Math.ceil(bytes / 1024)} KB of 2.0 GB used`);
  await expect(page.getByText(`${Math.ceil(bytes / 1024)} KB of 2.0 GB used`)).toBeVisible();
  await page.getByRole("heading", { name: "Storage" }).scrollIntoViewIfNeeded();
  await screenshot(page, "settings-storage");
});
