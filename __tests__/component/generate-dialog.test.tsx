import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GenerateDialog } from "@/components/generate/generate-dialog";
import { ToastProvider } from "@/components/ui/toast";
import type { ProfileView } from "@/lib/schemas/profiles";
import {
  BUILTIN_PROFILE as BUILTIN,
  OPENAI_PROFILE as DALLE,
  profileView as profile,
  PROVIDERS,
  polyfillRadix,
} from "./profile-fixtures";

beforeAll(polyfillRadix);

const CLAUDE = profile({
  id: "33333333-3333-4333-8333-333333333333",
  name: "Claude",
  kind: "ANTHROPIC",
  textModel: "claude-sonnet",
  hasKey: true,
});

type Routes = Record<string, (init?: RequestInit) => { status?: number; body: unknown }>;

/** Stubs fetch by "METHOD path"; the real endpoints are covered by integration tests. */
function stubFetch(routes: Routes) {
  const calls: Array<{ key: string; body?: unknown }> = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${url}`;
    calls.push({ key, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const route = routes[key];
    if (!route) throw new Error(`unexpected fetch ${key}`);
    const { status = 200, body } = route(init);
    // jsdom has no Response; this is the part of one that fetchJson reads.
    return { ok: status < 400, status, json: async () => body, headers: { get: () => null } };
  }) as unknown as typeof fetch;
  return calls;
}

function renderDialog(profiles: ProfileView[], extra: Routes = {}) {
  const calls = stubFetch({
    "GET /api/profiles": () => ({ body: { profiles } }),
    "GET /api/providers": () => ({ body: { providers: PROVIDERS } }),
    ...extra,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onSaved = jest.fn();
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <GenerateDialog open onOpenChange={() => undefined} initialPrompt="A gnome bard" onSaved={onSaved} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { calls, onSaved };
}

test("a keyless user gets the built-in engine with its own options only", async () => {
  renderDialog([BUILTIN]);
  const chooser = await screen.findByRole("combobox", { name: "Profile" });
  expect(chooser).toHaveTextContent("Built-in offline engine");
  expect(screen.getByRole("combobox", { name: "Number of images" })).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Size" })).toBeInTheDocument();
  expect(screen.queryByRole("combobox", { name: "Quality" })).not.toBeInTheDocument();
  expect(screen.queryByRole("combobox", { name: "Style" })).not.toBeInTheDocument();
});

test("dall-e-3 offers its sizes, quality and style, one image only; text-only profiles are not offered", async () => {
  const user = userEvent.setup();
  renderDialog([BUILTIN, DALLE, CLAUDE]);
  const chooser = await screen.findByRole("combobox", { name: "Profile" });
  expect(chooser).toHaveTextContent("Work OpenAI"); // the default comes first for users with keys
  expect(screen.getByText(/one image per request/)).toBeInTheDocument();
  expect(screen.queryByRole("combobox", { name: "Number of images" })).not.toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Quality" })).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Style" })).toBeInTheDocument();

  await user.click(screen.getByRole("combobox", { name: "Size" }));
  expect((await screen.findAllByRole("option")).map((option) => option.textContent)).toEqual([
    "1024 × 1024",
    "1792 × 1024",
    "1024 × 1792",
  ]);
  await user.keyboard("{Escape}");

  await user.click(chooser);
  const offered = (await screen.findAllByRole("option")).map((option) => option.textContent);
  expect(offered.some((text) => text?.includes("Claude"))).toBe(false);
  await user.click(screen.getByRole("option", { name: /Built-in/ }));
  expect(screen.queryByRole("combobox", { name: "Quality" })).not.toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Number of images" })).toBeInTheDocument();
});

test("generates without waiting, shows each image's status, then the results", async () => {
  const user = userEvent.setup();
  const ids = ["aaaaaaaa-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000002"];
  const { calls, onSaved } = renderDialog([BUILTIN], {
    "POST /api/images/generate": () => ({
      status: 202,
      body: { batchId: "b1", generations: ids.map((id) => ({ id, status: "PENDING" })) },
    }),
    [`GET /api/generations/${ids[0]}`]: () => ({
      body: { id: ids[0], status: "COMPLETED", error: null, image: { id: "img1", url: "/api/images/img1/file" } },
    }),
    [`GET /api/generations/${ids[1]}`]: () => ({
      body: { id: ids[1], status: "COMPLETED", error: null, image: { id: "img2", url: "/api/images/img2/file" } },
    }),
  });
  await screen.findByRole("combobox", { name: "Profile" });
  await user.click(screen.getByRole("combobox", { name: "Number of images" }));
  await user.click(await screen.findByRole("option", { name: "2" }));
  await user.click(screen.getByRole("button", { name: "Generate" }));

  const results = await screen.findByRole("list", { name: "Generated images" });
  expect(within(results).getAllByRole("img")).toHaveLength(2);
  const request = calls.find((entry) => entry.key === "POST /api/images/generate")?.body;
  expect(request).toMatchObject({
    prompt: "A gnome bard",
    profileId: BUILTIN.id,
    wait: false,
    options: { n: 2, size: "1024x1024" },
  });
  expect(request).not.toHaveProperty("options.quality");
  await waitFor(() =>
    expect(onSaved).toHaveBeenCalledWith([
      { id: "img1", url: "/api/images/img1/file" },
      { id: "img2", url: "/api/images/img2/file" },
    ]),
  );
  expect(screen.getByRole("button", { name: "Keep" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Generate again" })).toBeInTheDocument();
});

test("a failed batch shows the reason and a Retry that sends the same request", async () => {
  const user = userEvent.setup();
  const id = "bbbbbbbb-0000-4000-8000-000000000001";
  const { calls } = renderDialog([BUILTIN], {
    "POST /api/images/generate": () => ({
      status: 202,
      body: { batchId: "b2", generations: [{ id, status: "PENDING" }] },
    }),
    [`GET /api/generations/${id}`]: () => ({
      body: {
        id,
        status: "FAILED",
        error: { code: "PROVIDER_ERROR", message: "The engine ran out of ink" },
        image: null,
      },
    }),
  });
  await screen.findByRole("combobox", { name: "Profile" });
  await user.click(screen.getByRole("button", { name: "Generate" }));
  expect(await screen.findByText(/The engine ran out of ink/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Retry" }));
  await waitFor(() => expect(calls.filter((entry) => entry.key === "POST /api/images/generate")).toHaveLength(2));
});

test("a refused start is shown in the form", async () => {
  const user = userEvent.setup();
  renderDialog([BUILTIN], {
    "POST /api/images/generate": () => ({
      status: 400,
      body: { error: { code: "VALIDATION", message: "That size is not supported" } },
    }),
  });
  await screen.findByRole("combobox", { name: "Profile" });
  await user.click(screen.getByRole("button", { name: "Generate" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("That size is not supported");
});

test("Discard deletes one result through the gallery's bulk API; Discard all deletes the rest and refreshes the gallery", async () => {
  const user = userEvent.setup();
  const ids = [
    "cccccccc-0000-4000-8000-000000000001",
    "cccccccc-0000-4000-8000-000000000002",
    "cccccccc-0000-4000-8000-000000000003",
  ];
  const { calls, client, onDiscarded } = renderDialogWithClient([BUILTIN], {
    "POST /api/images/generate": () => ({
      status: 202,
      body: { batchId: "b3", generations: ids.map((id) => ({ id, status: "PENDING" })) },
    }),
    ...Object.fromEntries(
      ids.map((id, index) => [
        `GET /api/generations/${id}`,
        () => ({
          body: {
            id,
            status: "COMPLETED",
            error: null,
            image: { id: `img${index + 1}`, url: `/api/images/img${index + 1}/file` },
          },
        }),
      ]),
    ),
    "POST /api/gallery/images/bulk": (init) => {
      const body = JSON.parse(String(init?.body)) as { image_ids: string[] };
      return { body: { updated: body.image_ids, failed: [] } };
    },
  });
  const invalidate = jest.spyOn(client, "invalidateQueries");
  await screen.findByRole("combobox", { name: "Profile" });
  await user.click(screen.getByRole("combobox", { name: "Number of images" }));
  await user.click(await screen.findByRole("option", { name: "3" }));
  await user.click(screen.getByRole("button", { name: "Generate" }));
  const results = await screen.findByRole("list", { name: "Generated images" });
  expect(within(results).getAllByRole("img")).toHaveLength(3);

  await user.click(screen.getByRole("button", { name: "Discard image 2" }));
  await waitFor(() => expect(within(results).getAllByRole("img")).toHaveLength(2));
  expect(within(results).queryByAltText("Generated image 2")).not.toBeInTheDocument();
  expect(calls.filter((entry) => entry.key === "POST /api/gallery/images/bulk").map((entry) => entry.body)).toEqual([
    { action: "delete", image_ids: ["img2"] },
  ]);
  expect(screen.getByText(/2 images are saved to your gallery\. 1 discarded\./)).toBeInTheDocument();
  expect(onDiscarded).toHaveBeenCalledWith(["img2"]);
  await waitFor(() => expect(invalidate).toHaveBeenCalledWith({ queryKey: ["images"] }));

  await user.click(screen.getByRole("button", { name: "Discard all" }));
  expect(await screen.findByText(/All images were discarded/)).toBeInTheDocument();
  expect(calls.filter((entry) => entry.key === "POST /api/gallery/images/bulk").at(-1)?.body).toEqual({
    action: "delete",
    image_ids: ["img1", "img3"],
  });
  expect(screen.queryByRole("list", { name: "Generated images" })).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Discard all" })).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Done" })).toBeInTheDocument();
});

test("a discard the server refuses keeps the image and says why", async () => {
  const user = userEvent.setup();
  const id = "dddddddd-0000-4000-8000-000000000001";
  renderDialogWithClient([BUILTIN], {
    "POST /api/images/generate": () => ({
      status: 202,
      body: { batchId: "b4", generations: [{ id, status: "PENDING" }] },
    }),
    [`GET /api/generations/${id}`]: () => ({
      body: { id, status: "COMPLETED", error: null, image: { id: "img9", url: "/api/images/img9/file" } },
    }),
    "POST /api/gallery/images/bulk": () => ({
      status: 500,
      body: { error: { code: "INTERNAL", message: "Disk on fire" } },
    }),
  });
  await screen.findByRole("combobox", { name: "Profile" });
  await user.click(screen.getByRole("button", { name: "Generate" }));
  await user.click(await screen.findByRole("button", { name: "Discard image 1" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Disk on fire");
  expect(screen.getByAltText("Generated image 1")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Discard all" })).not.toBeInTheDocument(); // one image: its own Discard is enough
});

function renderDialogWithClient(profiles: ProfileView[], extra: Routes = {}) {
  const calls = stubFetch({
    "GET /api/profiles": () => ({ body: { profiles } }),
    "GET /api/providers": () => ({ body: { providers: PROVIDERS } }),
    ...extra,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const onDiscarded = jest.fn();
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <GenerateDialog open onOpenChange={() => undefined} initialPrompt="A gnome bard" onDiscarded={onDiscarded} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { calls, client, onDiscarded };
}
