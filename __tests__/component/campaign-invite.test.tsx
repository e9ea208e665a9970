import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InvitePanel } from "@/components/campaigns/campaign-actions";
import { ToastProvider } from "@/components/ui/toast";

test("Copy invite link puts this host's join link on the clipboard and says so", async () => {
  // user-event installs a working clipboard in jsdom, read back below.
  const user = userEvent.setup();
  const rotate = jest.fn();
  render(
    <ToastProvider>
      <InvitePanel code="AB12CD34" rotating={false} onRotate={rotate} />
    </ToastProvider>,
  );
  const link = `${window.location.origin}/campaigns?join=AB12CD34`;
  expect(screen.getByTestId("invite-link")).toHaveTextContent(link);

  await user.click(screen.getByRole("button", { name: "Copy invite link" }));
  expect(await navigator.clipboard.readText()).toBe(link);
  expect(screen.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await screen.findByText("Invite link copied")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "New invite code" }));
  expect(rotate).toHaveBeenCalledTimes(1);
});
