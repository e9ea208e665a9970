import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signIn } from "next-auth/react";
import { SignInForm } from "@/components/auth/sign-in-form";

const mockPush = jest.fn();
const mockRefresh = jest.fn();

jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: mockPush, refresh: mockRefresh }) }));

const signInMock = jest.mocked(signIn);

function signInResult(error: string | null) {
  return { error, ok: error === null, status: error === null ? 200 : 401, url: null };
}

beforeEach(() => jest.clearAllMocks());

async function submit(email = "ada@example.com", password = "correct-horse-battery") {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText("Email"), email);
  if (password) await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

test.each([
  ["INVALID_CREDENTIALS", "Wrong email or password"],
  ["RATE_LIMITED:120", "Too many failed attempts. Try again in 2 minutes."],
  ["RATE_LIMITED:61", "Too many failed attempts. Try again in 2 minutes."],
  ["RATE_LIMITED:60", "Too many failed attempts. Try again in 1 minute."],
  ["RATE_LIMITED:45", "Too many failed attempts. Try again in 45 seconds."],
  ["RATE_LIMITED", "Too many failed attempts. Try again later."],
  ["Configuration", "Something went wrong. Please try again."],
])("maps the sign-in error %s to a message", async (error, message) => {
  signInMock.mockResolvedValue(signInResult(error));
  render(<SignInForm />);
  await submit();

  expect(await screen.findByRole("alert")).toHaveTextContent(message);
  expect(signInMock).toHaveBeenCalledWith("credentials", {
    email: "ada@example.com",
    password: "correct-horse-battery",
    redirect: false,
  });
  expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
  expect(mockPush).not.toHaveBeenCalled();
});

test("asks for missing fields without calling next-auth", async () => {
  render(<SignInForm />);
  await submit("", "");

  expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("Enter your email address.");
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Enter your password.");
  expect(screen.getByLabelText("Email")).toHaveFocus();
  expect(signInMock).not.toHaveBeenCalled();
});

test.each([
  ["/characters?tab=mine", "/characters?tab=mine"],
  ["http://localhost/maps/3", "/maps/3"],
  ["https://evil.example/", "/"],
  ["/\\evil.example", "/"],
  [undefined, "/"],
])("on success with callbackUrl %p goes to %p", async (callbackUrl, target) => {
  signInMock.mockResolvedValue(signInResult(null));
  render(<SignInForm callbackUrl={callbackUrl} />);
  await submit();

  await waitFor(() => expect(mockPush).toHaveBeenCalledWith(target));
  expect(mockRefresh).toHaveBeenCalled();
});

test("explains an OAuth error next-auth sent back", () => {
  render(<SignInForm redirectError="OAuthAccountNotLinked" />);
  expect(screen.getByRole("alert")).toHaveTextContent("already registered with another sign-in method");
});

test("does not treat a refused CSRF token as success", async () => {
  // next-auth reports this case with ok: true, no error, and ?csrf=true in the URL.
  signInMock.mockResolvedValue({
    error: null,
    ok: true,
    status: 200,
    url: "http://localhost/api/auth/signin?csrf=true",
  });
  render(<SignInForm callbackUrl="/maps" />);
  await submit();

  expect(await screen.findByRole("alert")).toHaveTextContent("Your sign-in form had expired. Please try again.");
  expect(mockPush).not.toHaveBeenCalled();
});
