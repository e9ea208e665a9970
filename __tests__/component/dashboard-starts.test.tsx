// The dashboard offers each way to start once: while a start is an open first step, the header's
// quick actions and the empty sections leave it to the steps; once done, the quick actions return.
import { render, screen, within } from "@testing-library/react";
import { Dashboard } from "@/components/home/dashboard";
import type { FirstStep } from "@/components/home/first-steps";

const steps = (done: boolean[]): FirstStep[] =>
  [
    { label: "Create a character", href: "/characters/new" },
    { label: "Give it a portrait", href: "/characters/new" },
    { label: "Start a campaign", href: "/campaigns" },
    { label: "Generate a map", href: "/maps" },
    { label: "Make tokens", href: "/tokens" },
  ].map((step, index) => ({ ...step, done: done[index] }));

const renderDashboard = (stepsDone: boolean[]) =>
  render(<Dashboard firstName="Mira" steps={steps(stepsDone)} characters={[]} campaigns={[]} maps={[]} gallery={[]} />);

const linksTo = (href: string, within_: HTMLElement = document.body) =>
  within(within_)
    .queryAllByRole("link")
    .filter((link) => link.getAttribute("href") === href);

test("a brand-new user gets each start once, in the first steps", () => {
  renderDashboard([false, false, false, false, false]);
  const firstSteps = screen.getByRole("region", { name: "Your first session, step by step" });
  for (const href of ["/campaigns", "/maps", "/tokens"]) {
    expect(linksTo(href)).toHaveLength(1);
    expect(linksTo(href, firstSteps)).toHaveLength(1);
  }
  // Its first two steps both lead to the creator; nothing else on the page does.
  expect(linksTo("/characters/new")).toHaveLength(2);
  expect(linksTo("/characters/new", firstSteps)).toHaveLength(2);
  expect(screen.queryByRole("link", { name: "New character" })).toBeNull();
  // What is not a step keeps its button.
  expect(linksTo("/gallery")).toHaveLength(1);
});

test("a start done leaves the steps, and its quick action comes back", () => {
  renderDashboard([true, true, false, false, false]);
  expect(screen.getByRole("link", { name: "New character" })).toHaveAttribute("href", "/characters/new");
  expect(linksTo("/campaigns")).toHaveLength(1);
  expect(linksTo("/maps")).toHaveLength(1);
});

test("with every step done, all three quick actions show and the steps are gone", () => {
  renderDashboard([true, true, true, true, true]);
  expect(screen.queryByRole("region", { name: "Your first session, step by step" })).toBeNull();
  for (const name of ["New character", "Generate a map", "Start a campaign"])
    expect(screen.getAllByRole("link", { name }).length).toBeGreaterThanOrEqual(1);
});
