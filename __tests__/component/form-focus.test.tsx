import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { CharacterFields } from "@/components/characters/character-fields";
import { EMPTY_FORM } from "@/components/characters/form-state";
import { ProfileForm } from "@/components/settings/profile-form";
import { focusFirstInvalid, useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { PROVIDERS, polyfillRadix } from "./profile-fixtures";

jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

beforeAll(polyfillRadix);

// jsdom lays nothing out and has no scrollIntoView; record which element asked to be scrolled to.
const scrolledTo: Element[] = [];
beforeEach(() => {
  scrolledTo.length = 0;
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolledTo.push(this);
  };
});

test("sign-up: the first invalid field is scrolled to and focused with its message; the password rule shows once", async () => {
  const user = userEvent.setup();
  render(<SignUpForm />);
  await user.type(screen.getByLabelText("Name"), "Ada");
  await user.type(screen.getByLabelText("Email"), "not-an-email");
  await user.type(screen.getByLabelText("Password"), "short");
  await user.click(screen.getByRole("button", { name: "Create account" }));

  const email = screen.getByLabelText("Email");
  expect(email).toHaveFocus();
  expect(scrolledTo).toEqual([email]);
  expect(email).toHaveAccessibleDescription("Enter a valid email address.");
  // The hint gives way to the error: one statement of the rule, not two.
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Use at least 10 characters.");
  expect(screen.queryByText("At least 10 characters.")).toBeNull();
});

test("settings: a server error on a field below the fold focuses that field", () => {
  const noop = () => undefined;
  const props = { providers: PROVIDERS, defaultKind: "OPENAI_COMPATIBLE" as const, onSubmit: noop, onCancel: noop };
  const { rerender } = render(<ProfileForm {...props} />);
  expect(scrolledTo).toEqual([]);
  rerender(<ProfileForm {...props} fieldErrors={{ baseUrl: "Use an http or https address" }} />);
  const baseUrl = screen.getByRole("textbox", { name: "Base URL" });
  expect(baseUrl).toHaveFocus();
  expect(scrolledTo).toEqual([baseUrl]);
  expect(baseUrl).toHaveAccessibleDescription(expect.stringContaining("Use an http or https address"));
});

function CharacterHarness() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const ref = useFocusFirstInvalid<HTMLFormElement>(errors);
  return (
    <form
      ref={ref}
      noValidate
      onSubmit={(event) => (event.preventDefault(), setErrors({ name: "Give the character a name" }))}
    >
      <CharacterFields state={EMPTY_FORM} onChange={() => undefined} errors={errors} />
      <button type="submit">Save character</button>
    </form>
  );
}

test("character creator: saving without a name brings the name field back into view, focused", async () => {
  const user = userEvent.setup();
  render(<CharacterHarness />);
  await user.click(screen.getByRole("button", { name: "Save character" }));
  const name = screen.getByRole("textbox", { name: "Name" });
  expect(name).toHaveFocus();
  expect(scrolledTo).toEqual([name]);
  expect(name).toHaveAccessibleDescription("Give the character a name");
});

test("focusFirstInvalid leaves focus alone when nothing is invalid", () => {
  render(<input aria-label="Fine" />);
  expect(focusFirstInvalid(document.body)).toBeNull();
  expect(scrolledTo).toEqual([]);
});
