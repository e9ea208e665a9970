import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { formatStorage, StorageSettings } from "@/components/settings/storage-settings";

const MB = 1024 * 1024;
let answer: { status: number; body: unknown };
let urls: string[];

beforeEach(() => {
  urls = [];
  global.fetch = jest.fn(async (url: string) => {
    urls.push(url);
    return {
      ok: answer.status < 400,
      status: answer.status,
      json: async () => answer.body,
      text: async () => JSON.stringify(answer.body),
      headers: new Headers({ "content-type": "application/json" }),
    };
  }) as unknown as typeof fetch;
});

const renderSection = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <StorageSettings />
    </QueryClientProvider>,
  );

test("used of quota as a line and a meter, read from GET /api/account/storage", async () => {
  answer = { status: 200, body: { usedBytes: 512 * MB, quotaBytes: 2048 * MB } };
  renderSection();
  const meter = await screen.findByRole("meter", { name: "Storage used" });
  expect(meter).toHaveAttribute("aria-valuenow", String(512 * MB));
  expect(meter).toHaveAttribute("aria-valuemax", String(2048 * MB));
  expect(meter).toHaveAttribute("aria-valuetext", "512 MB of 2.0 GB used");
  expect(screen.getByText("512 MB of 2.0 GB used")).toBeInTheDocument();
  expect(screen.getByText("25%")).toBeInTheDocument();
  expect(screen.queryByText(/nearly full|is full/)).not.toBeInTheDocument();
  expect(urls).toEqual(["/api/account/storage"]);
});

test("nearly full and full say what happens; past the quota the meter stops at the top", async () => {
  answer = { status: 200, body: { usedBytes: 95 * MB, quotaBytes: 100 * MB } };
  const { unmount } = renderSection();
  expect(await screen.findByText(/storage is nearly full/)).toBeInTheDocument();
  unmount();

  answer = { status: 200, body: { usedBytes: 101 * MB, quotaBytes: 100 * MB } };
  renderSection();
  expect(await screen.findByText(/storage is full: new pictures and uploads are refused/)).toBeInTheDocument();
  expect(screen.getByRole("meter")).toHaveAttribute("aria-valuenow", String(100 * MB));
  expect(screen.getByText("100%")).toBeInTheDocument();
});

test("without a quota: what is used and that there is no limit, no meter", async () => {
  answer = { status: 200, body: { usedBytes: 3 * 1024, quotaBytes: null } };
  renderSection();
  expect(await screen.findByText(/no storage limit/)).toHaveTextContent("3 KB used · no storage limit");
  expect(screen.queryByRole("meter")).not.toBeInTheDocument();
});

test("a failed read is said in the section", async () => {
  answer = { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong." } } };
  renderSection();
  expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong.");
});

test("sizes read as people read them", () => {
  expect(formatStorage(0)).toBe("0 KB");
  expect(formatStorage(1500)).toBe("2 KB");
  expect(formatStorage(1.5 * MB)).toBe("1.5 MB");
  expect(formatStorage(300 * MB)).toBe("300 MB");
  expect(formatStorage(2048 * MB)).toBe("2.0 GB");
});
