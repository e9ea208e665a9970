import { render, screen } from "@testing-library/react";
import { MapDownloads } from "@/components/maps/map-downloads";
import { DOWNLOAD_HELP } from "@/lib/maps/export/download-help";

const hrefs = () => screen.getAllByRole("link").map((a) => a.getAttribute("href"));

test("the Foundry bundle comes first; each floor has its scene and .dd2vtt; the .dd2vtt help names what it cannot carry", () => {
  render(
    <MapDownloads
      map={{ id: "m1", campaignId: "c1", layout: { floors: [{ name: "Ground floor" }, { name: "Upper floor" }] } }}
    />,
  );
  const links = screen.getAllByRole("link");
  expect(links[0]).toHaveTextContent("Download Foundry bundle (.zip)");
  expect(hrefs()).toEqual([
    "/api/maps/m1/download?format=foundry-bundle",
    "/api/maps/m1/download?format=foundry",
    "/api/maps/m1/download?format=foundry&floor=1",
    "/api/maps/m1/download?format=dd2vtt",
    "/api/maps/m1/download?format=dd2vtt&floor=1",
    "/api/maps/m1/download?format=png",
    "/api/maps/m1/download?format=webp",
    "/api/maps/m1/download?format=foundry&tokens=party",
  ]);
  expect(screen.getByRole("link", { name: "Download Universal VTT (.dd2vtt) — Upper floor" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Download Foundry JSON" })).toHaveAttribute(
    "href",
    "/api/maps/m1/download?format=foundry",
  );
  expect(screen.getByText(DOWNLOAD_HELP.dd2vtt)).toBeInTheDocument();
  expect(DOWNLOAD_HELP.dd2vtt).toMatch(/secret, locked or open doors/);
  expect(DOWNLOAD_HELP.dd2vtt).toMatch(/Foundry bundle/);
});

test("a one-floor personal map: no floor names, no party-token scene", () => {
  render(<MapDownloads map={{ id: "m2", campaignId: null, layout: {} }} />);
  expect(screen.getByRole("link", { name: "Download Universal VTT (.dd2vtt)" })).toBeInTheDocument();
  expect(hrefs()).not.toContain("/api/maps/m2/download?format=foundry&tokens=party");
  expect(hrefs()).toHaveLength(5);
});
