import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { againFrom } from "@/components/gallery/image-dialog";
import { GenerateDialog, type GenerateDialogProps } from "@/components/generate/generate-dialog";
import { ToastProvider } from "@/components/ui/toast";
import { BUILTIN_PROFILE as BUILTIN, OPENAI_PROFILE as OPENAI, PROVIDERS, polyfillRadix } from "./profile-fixtures";

beforeAll(polyfillRadix);

test("againFrom carries the prompt, provider and every stored option", () => {
  expect(
    againFrom("A bugbear chief", {
      prompt: "A bugbear chief",
      provider: "BUILTIN",
      model: "m",
      n: 2,
      size: "768x1024",
      quality: null,
      aspectRatio: "3:4",
      index: 0,
    }),
  ).toEqual({
    prompt: "A bugbear chief",
    provider: "BUILTIN",
    options: { n: 2, size: "768x1024", aspectRatio: "3:4" },
  });
});

test("againFrom keeps the generation's seed (the same picture again) and xAI's resolution", () => {
  expect(
    againFrom("A bugbear chief", { prompt: "A bugbear chief", provider: "BUILTIN", n: 1, seed: 3141592, index: 0 })
      .options,
  ).toEqual({ n: 1, seed: 3141592 });
  expect(
    againFrom("A storm", { prompt: "A storm", provider: "XAI", n: 1, resolution: "2k", aspectRatio: "16:9" }).options,
  ).toEqual({ n: 1, resolution: "2k", aspectRatio: "16:9" });
});

test("Generate again opens the dialog with the earlier prompt, options and provider, and sends them", async () => {
  const calls: Array<{ key: string; body?: unknown }> = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? "GET"} ${url}`;
    calls.push({ key, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const bodies: Record<string, unknown> = {
      "GET /api/profiles": { profiles: [OPENAI, BUILTIN] },
      "GET /api/providers": { providers: PROVIDERS },
      "POST /api/images/generate": {
        batchId: "b1",
        generations: [{ id: "33333333-3333-4333-8333-333333333333", status: "PENDING" }],
      },
    };
    if (!(key in bodies) && !key.startsWith("GET /api/generations/")) throw new Error(`unexpected fetch ${key}`);
    return {
      ok: true,
      status: key.startsWith("POST") ? 202 : 200,
      json: async () => bodies[key] ?? { id: "33333333-3333-4333-8333-333333333333", status: "PENDING" },
      headers: { get: () => null },
    };
  }) as unknown as typeof fetch;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const again = againFrom("A bugbear chief with a morningstar", {
    prompt: "A bugbear chief with a morningstar",
    provider: "BUILTIN",
    model: "builtin-illustrated-v1",
    n: 2,
    size: "512x512",
  });
  const dialog = (props: Partial<GenerateDialogProps>) => (
    <QueryClientProvider client={client}>
      <ToastProvider>
        <GenerateDialog open={false} onOpenChange={() => undefined} {...props} />
      </ToastProvider>
    </QueryClientProvider>
  );
  // Mounted closed first, as the gallery dialog keeps it, then opened with the earlier generation.
  const { rerender } = render(dialog({}));
  rerender(
    dialog({
      open: true,
      initialPrompt: again.prompt,
      initialOptions: again.options,
      initialProviderKind: again.provider,
    }),
  );
  const chooser = await screen.findByRole("combobox", { name: "Profile" });
  expect(chooser).toHaveTextContent("Built-in offline engine");
  expect(screen.getByRole("textbox", { name: /prompt/i })).toHaveValue("A bugbear chief with a morningstar");
  await userEvent.setup().click(screen.getByRole("button", { name: "Generate" }));
  await waitFor(() => expect(calls.some((call) => call.key === "POST /api/images/generate")).toBe(true));
  const sent = calls.find((call) => call.key === "POST /api/images/generate")!.body as {
    prompt: string;
    profileId: string;
    options: Record<string, unknown>;
  };
  expect(sent).toMatchObject({
    prompt: "A bugbear chief with a morningstar",
    profileId: BUILTIN.id,
    options: { n: 2, size: "512x512" },
  });
});
