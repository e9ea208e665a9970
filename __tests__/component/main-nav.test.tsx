import { render, screen } from "@testing-library/react";
import { usePathname } from "next/navigation";
import { MainNav } from "@/components/layout/main-nav";

jest.mock("next/navigation", () => ({ usePathname: jest.fn() }));

const usePathnameMock = jest.mocked(usePathname);

const LABELS = ["Characters", "Campaigns", "Maps", "Tokens", "Gallery", "Settings"];

test("links every area", () => {
  usePathnameMock.mockReturnValue("/");
  render(<MainNav />);
  const nav = screen.getByRole("navigation", { name: "Main" });
  expect(nav).toBeInTheDocument();
  for (const label of LABELS) {
    expect(screen.getByRole("link", { name: label })).toHaveAttribute("href", `/${label.toLowerCase()}`);
  }
});

test.each([
  ["/maps", "Maps"],
  ["/maps/abc123/edit", "Maps"],
  ["/settings", "Settings"],
])("on %s highlights %s and nothing else", (pathname, current) => {
  usePathnameMock.mockReturnValue(pathname);
  render(<MainNav />);
  for (const label of LABELS) {
    const link = screen.getByRole("link", { name: label });
    if (label === current) expect(link).toHaveAttribute("aria-current", "page");
    else expect(link).not.toHaveAttribute("aria-current");
  }
});

test("does not highlight a route that merely shares a prefix", () => {
  usePathnameMock.mockReturnValue("/mapsearch");
  render(<MainNav />);
  expect(screen.getByRole("link", { name: "Maps" })).not.toHaveAttribute("aria-current");
});
