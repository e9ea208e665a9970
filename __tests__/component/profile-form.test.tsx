import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProfileForm } from "@/components/settings/profile-form";
import type { ProfileView } from "@/lib/schemas/profiles";
import { PROVIDERS, polyfillRadix } from "./profile-fixtures";

beforeAll(polyfillRadix);

const noop = () => undefined;

async function chooseProvider(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole("combobox", { name: "Provider" }));
  await user.click(await screen.findByRole("option", { name: label }));
}

test("a new OpenAI profile is pre-filled from the registry and asks for a key", () => {
  render(<ProfileForm providers={PROVIDERS} defaultKind="OPENAI" onSubmit={noop} onCancel={noop} />);
  expect(screen.getByLabelText("Name")).toHaveValue("OpenAI");
  expect(screen.getByText("https://api.openai.com/v1")).toBeInTheDocument();
  expect(screen.queryByLabelText("Base URL")).not.toBeInTheDocument(); // fixed endpoint
  expect(screen.getByLabelText("API key")).toHaveAttribute("type", "password");
  expect(screen.getByRole("combobox", { name: "Image model" })).toHaveTextContent("DALL·E 3");
});

test("changing the kind re-fills base URL and models, and built-in hides the key", async () => {
  const user = userEvent.setup();
  render(<ProfileForm providers={PROVIDERS} defaultKind="OPENAI" onSubmit={noop} onCancel={noop} />);

  await chooseProvider(user, "Ollama");
  expect(screen.getByLabelText("Base URL")).toHaveValue("http://localhost:11434");
  expect(screen.getByLabelText("Name")).toHaveValue("Ollama");

  await chooseProvider(user, "OpenAI-compatible server");
  expect(screen.getByLabelText("Base URL")).toHaveValue("");
  expect(screen.getByLabelText("Base URL")).toBeRequired();

  await chooseProvider(user, "Built-in offline engine (offline, no key)");
  expect(screen.queryByLabelText("API key")).not.toBeInTheDocument();
  expect(screen.getByText(/no account, no key/)).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Image model" })).toHaveTextContent("Illustrated portraits (offline)");
});

test("a text-only provider offers no image model", async () => {
  const user = userEvent.setup();
  render(<ProfileForm providers={PROVIDERS} defaultKind="OPENAI" onSubmit={noop} onCancel={noop} />);
  await chooseProvider(user, "Anthropic");
  expect(screen.queryByRole("combobox", { name: "Image model" })).not.toBeInTheDocument();
  expect(screen.getByText(/cannot make images/)).toBeInTheDocument();
});

test("editing keeps the key write-only: blank field, hint with the last four", async () => {
  const profile: ProfileView = {
    id: "p1",
    name: "Work OpenAI",
    kind: "OPENAI",
    baseUrl: "https://api.openai.com/v1",
    imageModel: "dall-e-3",
    textModel: null,
    isDefault: false,
    hasKey: true,
    keyLast4: "abcd",
    createdAt: "",
    updatedAt: "",
  };
  const onSubmit = jest.fn();
  const user = userEvent.setup();
  render(<ProfileForm providers={PROVIDERS} profile={profile} onSubmit={onSubmit} onCancel={noop} />);
  const key = screen.getByLabelText("API key");
  expect(key).toHaveValue("");
  expect(key).toHaveAccessibleDescription("Leave blank to keep the current key (…abcd).");
  expect(screen.getByRole("combobox", { name: "Provider" })).toBeDisabled();

  await user.click(screen.getByRole("button", { name: "Save changes" }));
  expect(onSubmit).toHaveBeenCalledWith(
    expect.objectContaining({ name: "Work OpenAI", apiKey: "" }),
    expect.anything(),
  );
});
