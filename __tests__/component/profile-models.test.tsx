import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProfileModels } from "@/components/settings/profile-models";

const ID = "22222222-2222-4222-8222-222222222222";

function setup(answers: Array<{ ok: boolean; [key: string]: unknown }>) {
  const urls: string[] = [];
  global.fetch = jest.fn(async (url: string) => {
    urls.push(url);
    const body = answers[Math.min(urls.length - 1, answers.length - 1)];
    return { ok: true, status: 200, json: async () => body, headers: { get: () => null } };
  }) as unknown as typeof fetch;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ProfileModels profileId={ID} profileName="Work OpenAI" />
    </QueryClientProvider>,
  );
  return urls;
}

test("shows the provider's models with what each makes, and refreshes on demand", async () => {
  const user = userEvent.setup();
  const urls = setup([
    {
      ok: true,
      cached: false,
      fetchedAt: "2026-12-01T10:00:00.000Z",
      models: [
        { id: "gpt-image-1.5", label: "gpt-image-1.5", image: true, text: false, sizes: ["1024x1024", "1024x1536"] },
        { id: "gpt-5.4-mini", label: "gpt-5.4-mini", image: false, text: true },
      ],
    },
    {
      ok: true,
      cached: false,
      fetchedAt: "2026-12-01T11:00:00.000Z",
      models: [{ id: "gpt-image-2", label: "gpt-image-2", image: true, text: false }],
    },
  ]);
  await user.click(screen.getByRole("button", { name: "Show Work OpenAI's models" }));
  const section = await screen.findByRole("region", { name: "Work OpenAI's models" });
  expect(within(section).getByRole("status")).toHaveTextContent("1 image model, 1 text model");
  expect(within(section).getByText("gpt-image-1.5")).toBeInTheDocument();
  expect(within(section).getByText("1024x1024 · 1024x1536")).toBeInTheDocument();
  expect(urls).toEqual([`/api/profiles/${ID}/models`]);
  await user.click(within(section).getByRole("button", { name: "Refresh" }));
  expect(await within(section).findByText("gpt-image-2")).toBeInTheDocument();
  expect(urls[1]).toBe(`/api/profiles/${ID}/models?refresh=true`);
});

test("a provider's refusal is shown in its words", async () => {
  const user = userEvent.setup();
  setup([{ ok: false, message: "OpenAI rejected the credentials (401): Incorrect API key provided" }]);
  await user.click(screen.getByRole("button", { name: "Show Work OpenAI's models" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Incorrect API key provided");
});
