import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signIn } from "next-auth/react";
import {
  LinkedAccountsSettings,
  type LinkedAccountsSettingsProps,
} from "@/components/settings/linked-accounts-settings";

jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));

type Call = { url: string; method: string; body?: string };
let calls: Call[];
let providers: Array<{ id: string; name: string; linked: boolean }>;

beforeEach(() => {
  calls = [];
  providers = [
    { id: "github", name: "GitHub", linked: false },
    { id: "discord", name: "Discord", linked: true },
  ];
  jest.mocked(signIn).mockReset();
  global.fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, method: init.method ?? "GET", body: init.body as string | undefined });
    const empty = init.method === "POST";
    return {
      ok: true,
      status: empty ? 204 : 200,
      json: async () => ({ providers }),
      text: async () => (empty ? "" : JSON.stringify({ providers })),
      headers: new Headers({ "content-type": "application/json" }),
    };
  }) as unknown as typeof fetch;
});

const renderSection = (props: LinkedAccountsSettingsProps = {}) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <LinkedAccountsSettings {...props} />
    </QueryClientProvider>,
  );

test("Link GitHub records the request with the server first, then starts next-auth's round trip back to Settings", async () => {
  const user = userEvent.setup();
  renderSection();
  await user.click(await screen.findByRole("button", { name: "Link GitHub" }));
  await waitFor(() => expect(signIn).toHaveBeenCalledWith("github", { callbackUrl: "/settings?linked=github" }));
  expect(calls.filter((call) => call.method === "POST")).toEqual([
    { url: "/api/account/links", method: "POST", body: JSON.stringify({ provider: "github" }) },
  ]);
  expect(screen.getByText("Linked")).toBeInTheDocument(); // Discord
});

test("coming back linked, or refused, says so", async () => {
  providers[0].linked = true;
  renderSection({ linked: "github" });
  expect(await screen.findByRole("status")).toHaveTextContent("GitHub is linked");
});

test("an identity that belongs to another account is explained", async () => {
  renderSection({ linkError: "OAUTH_LINKED_ELSEWHERE" });
  expect(await screen.findByRole("alert")).toHaveTextContent("already linked to another Arcane Forge account");
});

test("nothing shows when the operator enabled no provider", async () => {
  providers = [];
  const { container } = renderSection();
  await waitFor(() => expect(calls).toHaveLength(1));
  expect(container).toBeEmptyDOMElement();
});
