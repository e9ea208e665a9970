import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button } from "@/components/ui/button";
import { ToastProvider, useToast } from "@/components/ui/toast";

// jsdom has no pointer capture; Radix Toast uses it to track swipes.
beforeAll(() => {
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.setPointerCapture ??= () => {};
  Element.prototype.releasePointerCapture ??= () => {};
});

function SaveButton() {
  const { toast } = useToast();
  return (
    <Button
      onClick={() => toast({ title: "Portrait saved", description: "It is now on the sheet.", variant: "success" })}
    >
      Save
    </Button>
  );
}

test("useToast shows a toast that can be dismissed", async () => {
  const user = userEvent.setup();
  render(
    <ToastProvider>
      <SaveButton />
    </ToastProvider>,
  );
  await user.click(screen.getByRole("button", { name: "Save" }));
  expect(await screen.findByText("Portrait saved")).toBeInTheDocument();
  expect(screen.getByText("It is now on the sheet.")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Dismiss notification" }));
  await waitFor(() => expect(screen.queryByText("Portrait saved")).not.toBeInTheDocument());
});

test("useToast outside the provider fails loudly", () => {
  jest.spyOn(console, "error").mockImplementation(() => {});
  expect(() => render(<SaveButton />)).toThrow("useToast() must be used inside <ToastProvider>");
});
