// A provider card's actions: Test connection and Models first, then Edit and Delete together (Delete
// an icon named for the profile, so the row fits a phone); the built-in engine cannot be deleted.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProfileCard } from "@/components/settings/profile-card";
import { ToastProvider } from "@/components/ui/toast";
import { BUILTIN_PROFILE, OPENAI_PROFILE } from "./profile-fixtures";

function renderCard(profile: typeof OPENAI_PROFILE) {
  const onEdit = jest.fn();
  const onDelete = jest.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ToastProvider>
        <ProfileCard profile={profile} kindLabel="OpenAI" onEdit={onEdit} onDelete={onDelete} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { onEdit, onDelete };
}

test("Edit and Delete sit together after the provider's own actions; Delete is named for the profile", async () => {
  const user = userEvent.setup();
  const { onEdit, onDelete } = renderCard(OPENAI_PROFILE);
  const card = screen.getByRole("group", { name: OPENAI_PROFILE.name });
  const manage = within(card).getByTestId("profile-manage-actions");
  const remove = within(manage).getByRole("button", { name: `Delete ${OPENAI_PROFILE.name}` });
  expect(remove).toHaveAttribute("title", "Delete");
  expect(remove).not.toHaveTextContent(/\S/); // an icon: the row keeps its width on a phone
  const order = within(card)
    .getAllByRole("button")
    .map((button) => button.getAttribute("aria-label") ?? button.textContent);
  expect(order.slice(-4)).toEqual([
    "Test connection",
    `Show ${OPENAI_PROFILE.name}'s models`,
    `Edit ${OPENAI_PROFILE.name}`,
    `Delete ${OPENAI_PROFILE.name}`,
  ]);
  await user.click(remove);
  expect(onDelete).toHaveBeenCalledTimes(1);
  await user.click(within(manage).getByRole("button", { name: `Edit ${OPENAI_PROFILE.name}` }));
  expect(onEdit).toHaveBeenCalledTimes(1);
});

test("the built-in engine's card has Edit but no Delete", () => {
  renderCard(BUILTIN_PROFILE);
  const manage = screen.getByTestId("profile-manage-actions");
  expect(within(manage).getByRole("button", { name: `Edit ${BUILTIN_PROFILE.name}` })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: /^Delete/ })).toBeNull();
});
