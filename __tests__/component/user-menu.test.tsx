import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signOut } from "next-auth/react";
import { UserMenu } from "@/components/layout/user-menu";

jest.mock("next-auth/react", () => ({ signOut: jest.fn() }));

const user = { name: "Ada Lovelace", email: "ada@example.com" };

test("shows who is signed in and signs out from the keyboard without next-auth's own redirect (it would go to NEXTAUTH_URL, not this host)", async () => {
  const keyboard = userEvent.setup();
  render(<UserMenu user={user} />);
  // jsdom applies no CSS, so it reads both the phone and the desktop copy of the name.
  screen.getByRole("button", { name: /^Account menu for Ada Lovelace/ }).focus();
  await keyboard.keyboard("{Enter}");

  const menu = await screen.findByRole("menu");
  expect(menu).toHaveTextContent("ada@example.com");
  expect(screen.getByRole("menuitem", { name: "Settings" })).toHaveAttribute("href", "/settings");

  // Opening from the keyboard focuses the first item; the arrow keys move between items.
  await waitFor(() => expect(screen.getByRole("menuitem", { name: "Settings" })).toHaveFocus());
  await keyboard.keyboard("{ArrowDown}");
  expect(screen.getByRole("menuitem", { name: "Sign out" })).toHaveFocus();
  await keyboard.keyboard("{Enter}");
  await waitFor(() => expect(signOut).toHaveBeenCalledWith({ redirect: false }));
});
