import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signIn } from "next-auth/react";
import { SignUpForm } from "@/components/auth/sign-up-form";

const mockPush = jest.fn();
const mockRefresh = jest.fn();

jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: mockPush, refresh: mockRefresh }) }));

const signInMock = jest.mocked(signIn);
const fetchMock = jest.fn();

/** The parts of a fetch Response the form reads; the real endpoint is covered by integration tests. */
function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return {
    status,
    ok: status < 400,
    json: async () => body,
    headers: { get: (name: string) => headers[name] ?? null },
  };
}

beforeEach(() => {
  jest.clearAllMocks();
  global.fetch = fetchMock as unknown as typeof fetch;
});

async function fillAndSubmit({
  name = "Ada Lovelace",
  email = "ada@example.com",
  password = "correct-horse-battery",
} = {}) {
  const user = userEvent.setup();
  if (name) await user.type(screen.getByLabelText("Name"), name);
  if (email) await user.type(screen.getByLabelText("Email"), email);
  if (password) await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Create account" }));
  return user;
}

test("shows the password rule as a hint tied to the field", () => {
  render(<SignUpForm />);
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("At least 10 characters.");
});

test("shows each 400 field issue next to its field", async () => {
  fetchMock.mockResolvedValue(
    reply(400, {
      error: {
        code: "VALIDATION",
        message: "The request is not valid",
        details: {
          issues: [
            { path: "name", message: "Name must be at most 80 characters" },
            { path: "password", message: "This password is too common" },
          ],
        },
      },
    }),
  );
  render(<SignUpForm />);
  await fillAndSubmit();

  const name = screen.getByLabelText("Name");
  await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
  expect(name).toHaveAccessibleDescription("Name must be at most 80 characters");
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("This password is too common");
  expect(screen.getByLabelText("Email")).not.toHaveAttribute("aria-invalid");
  expect(name).toHaveFocus();
  expect(fetchMock).toHaveBeenCalledWith(
    "/api/auth/sign-up",
    expect.objectContaining({
      method: "POST",
      body: JSON.stringify({ name: "Ada Lovelace", email: "ada@example.com", password: "correct-horse-battery" }),
    }),
  );
  expect(signInMock).not.toHaveBeenCalled();
});

test("shows a 409 conflict under the email field", async () => {
  fetchMock.mockResolvedValue(reply(409, { error: { code: "CONFLICT", message: "Email already registered" } }));
  render(<SignUpForm />);
  await fillAndSubmit();

  const email = screen.getByLabelText("Email");
  await waitFor(() => expect(email).toHaveAccessibleDescription("An account with this email already exists."));
  expect(email).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByRole("button", { name: "Create account" })).toBeEnabled();
  expect(signInMock).not.toHaveBeenCalled();
});

test("refuses a short password before calling the server", async () => {
  render(<SignUpForm />);
  await fillAndSubmit({ password: "short" });

  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Use at least 10 characters.");
  expect(fetchMock).not.toHaveBeenCalled();
});

test("tells how long to wait after a 429", async () => {
  fetchMock.mockResolvedValue(
    reply(429, { error: { code: "RATE_LIMITED", message: "Slow down" } }, { "Retry-After": "120" }),
  );
  render(<SignUpForm />);
  await fillAndSubmit();

  expect(await screen.findByRole("alert")).toHaveTextContent("Too many sign-up attempts. Try again in 2 minutes.");
});

test("after 201 signs in and goes to the callback URL", async () => {
  fetchMock.mockResolvedValue(reply(201, { user: { id: "u1", email: "ada@example.com", name: "Ada Lovelace" } }));
  signInMock.mockResolvedValue({ error: null, ok: true, status: 200, url: "http://localhost/maps" });
  render(<SignUpForm callbackUrl="/maps" />);
  await fillAndSubmit();

  await waitFor(() => expect(mockPush).toHaveBeenCalledWith("/maps"));
  expect(signInMock).toHaveBeenCalledWith("credentials", {
    email: "ada@example.com",
    password: "correct-horse-battery",
    redirect: false,
  });
  expect(mockRefresh).toHaveBeenCalled();
});

test("ignores a callback URL that points to another site", async () => {
  fetchMock.mockResolvedValue(reply(201, { user: { id: "u1", email: "ada@example.com", name: "Ada Lovelace" } }));
  signInMock.mockResolvedValue({ error: null, ok: true, status: 200, url: null });
  render(<SignUpForm callbackUrl="//evil.example/steal" />);
  await fillAndSubmit();

  await waitFor(() => expect(mockPush).toHaveBeenCalledWith("/"));
});

test("if the automatic sign-in fails after 201, says the account exists and links to sign-in", async () => {
  fetchMock.mockResolvedValue(reply(201, { user: { id: "u1", email: "ada@example.com", name: "Ada Lovelace" } }));
  signInMock.mockResolvedValue({ error: "INVALID_CREDENTIALS", ok: false, status: 401, url: null });
  render(<SignUpForm callbackUrl="/gallery" />);
  await fillAndSubmit();

  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Your account was created, but signing you in failed.");
  expect(within(alert).getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    "/sign-in?callbackUrl=%2Fgallery",
  );
  expect(mockPush).not.toHaveBeenCalled();
});
