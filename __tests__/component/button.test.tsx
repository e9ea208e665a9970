import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Button } from "@/components/ui/button";

test("a loading button is disabled, busy, and ignores clicks", async () => {
  const onClick = jest.fn();
  render(
    <Button loading onClick={onClick}>
      Save
    </Button>,
  );
  const button = screen.getByRole("button", { name: "Save" });
  expect(button).toBeDisabled();
  expect(button).toHaveAttribute("aria-busy", "true");
  await userEvent.setup().click(button);
  expect(onClick).not.toHaveBeenCalled();
});

test("loadingText replaces the label while loading", () => {
  const { rerender } = render(<Button loadingText="Saving…">Save</Button>);
  expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
  expect(screen.getByRole("button")).not.toHaveAttribute("aria-busy");

  rerender(
    <Button loading loadingText="Saving…">
      Save
    </Button>,
  );
  expect(screen.getByRole("button", { name: "Saving…" })).toBeDisabled();
});

test("defaults to type=button so it never submits a form by accident", () => {
  render(<Button>Preview</Button>);
  expect(screen.getByRole("button")).toHaveAttribute("type", "button");
});
