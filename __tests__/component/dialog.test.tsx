import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";

function RenameDialog() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Rename character</Button>
      </DialogTrigger>
      <DialogContent title="Rename character" description="The new name shows everywhere the character appears.">
        <Input label="New name" />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

test("opens with the keyboard, traps focus, and closes with Escape", async () => {
  const user = userEvent.setup();
  render(<RenameDialog />);
  const trigger = screen.getByRole("button", { name: "Rename character" });

  await user.tab();
  expect(trigger).toHaveFocus();
  await user.keyboard("{Enter}");

  const dialog = await screen.findByRole("dialog", { name: "Rename character" });
  expect(dialog).toHaveAccessibleDescription("The new name shows everywhere the character appears.");
  expect(dialog).toContainElement(document.activeElement as HTMLElement);

  // Tabbing cycles inside the dialog.
  for (let i = 0; i < 4; i += 1) {
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  }

  await user.keyboard("{Escape}");
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(trigger).toHaveFocus();
});

test("closes from its close button with the keyboard", async () => {
  const user = userEvent.setup();
  render(<RenameDialog />);
  screen.getByRole("button", { name: "Rename character" }).focus();
  await user.keyboard(" ");

  const close = await screen.findByRole("button", { name: "Close" });
  close.focus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
});

test("a footer's className overrides its own spacing (mt-0, mt-2 replace mt-6)", () => {
  const { container } = render(
    <>
      <DialogFooter data-testid="flush" className="mt-0" />
      <DialogFooter data-testid="close" className="mt-2" />
    </>,
  );
  expect(container.querySelector('[data-testid="flush"]')).toHaveClass("mt-0");
  expect(container.querySelector('[data-testid="flush"]')).not.toHaveClass("mt-6");
  expect(container.querySelector('[data-testid="close"]')).toHaveClass("mt-2");
  expect(container.querySelector('[data-testid="close"]')).not.toHaveClass("mt-6");
});
