import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProvidersSettings } from "@/components/settings/providers-settings";
import { ToastProvider } from "@/components/ui/toast";
import { PROVIDERS } from "./profile-fixtures";

// The profile dialog loads on first use, not with the page: the first press of "Add profile" has
// to load it and still open the form at once, and Escape closes it again.
beforeEach(() => {
  global.fetch = jest.fn(async (url: string) => {
    const body = url === "/api/providers" ? { providers: PROVIDERS } : { profiles: [] };
    return {
      ok: true,
      status: 200,
      json: async () => body,
      text: async () => JSON.stringify(body),
      headers: new Headers({ "content-type": "application/json" }),
    };
  }) as unknown as typeof fetch;
});

test("the first press of Add profile loads the profile dialog and opens the form; Escape closes it", async () => {
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ToastProvider>
        <ProvidersSettings />
      </ToastProvider>
    </QueryClientProvider>,
  );
  expect(await screen.findByRole("heading", { name: "No profiles yet" })).toBeInTheDocument();
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

  const [addProfile] = screen.getAllByRole("button", { name: /Add profile/ });
  await user.click(addProfile);
  const dialog = await screen.findByRole("dialog");
  expect(dialog).toContainElement(screen.getByRole("combobox", { name: "Provider" }));

  await user.keyboard("{Escape}");
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
});
