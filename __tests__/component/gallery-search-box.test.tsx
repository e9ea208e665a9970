// The gallery search box through the real react-query hook: typing is debounced into one request
// per pause, a superseded request is aborted, and a late answer for an older keystroke never
// replaces the newer one on screen.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { GalleryFilterBar } from "@/components/gallery/gallery-filters";
import { SEARCH_DEBOUNCE_MS } from "@/components/gallery/gallery-search-box";
import { useGalleryImages, type GalleryFilters } from "@/lib/query/gallery";

type Pending = { q: string | null; signal: AbortSignal; answer: (names: string[]) => void };
let requests: Pending[];

const page = (names: string[]) => ({
  images: names.map((name, index) => ({
    id: `i${index}`,
    asset: { id: `a${index}`, name, kind: "portrait", tags: [] },
  })),
  next_cursor: null,
});

beforeEach(() => {
  jest.useFakeTimers();
  requests = [];
  // The gallery route answers only when the test says so, to order the answers at will.
  global.fetch = jest.fn(
    (url: string, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init!.signal!;
        signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        const q = new URL(url, "http://localhost").searchParams.get("q");
        requests.push({
          q,
          signal,
          answer: (names) =>
            resolve({
              ok: true,
              status: 200,
              json: async () => page(names),
              headers: { get: () => null },
            } as unknown as Response),
        });
      }),
  ) as unknown as typeof fetch;
});
afterEach(() => jest.useRealTimers());

function Harness() {
  const [filters, setFilters] = useState<GalleryFilters>({});
  const images = useGalleryImages(filters);
  const names = images.data?.pages.flatMap((p) => p.images.map((image) => image.asset?.name)) ?? [];
  return (
    <>
      <GalleryFilterBar filters={filters} onChange={setFilters} tagNames={[]} />
      <ul aria-label="Results">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </>
  );
}

test("typing sends one request per pause, aborts the superseded one, and an older answer never replaces a newer one", async () => {
  // 50 ms between keys: a word typed at that pace is one pause.
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime, delay: 50 });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Harness />
    </QueryClientProvider>,
  );
  await act(async () => requests[0].answer(["Everything"]));
  expect(await screen.findByText("Everything")).toBeInTheDocument();

  const box = screen.getByRole("searchbox", { name: "Search images" });
  await user.type(box, "dra");
  expect(requests).toHaveLength(1); // still typing: nothing sent yet
  await act(async () => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
  expect(requests.map((request) => request.q)).toEqual([null, "dra"]);

  await user.type(box, "gon");
  await act(async () => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
  // One request for the whole pause ("drag" and "drago" never went out); "dra" was cancelled.
  expect(requests.map((request) => request.q)).toEqual([null, "dra", "dragon"]);
  expect(requests[1].signal.aborted).toBe(true);
  expect(requests[2].signal.aborted).toBe(false);

  await act(async () => requests[2].answer(["Red Dragon"]));
  expect(await screen.findByText("Red Dragon")).toBeInTheDocument();
  // The older keystroke's answer arrives last: it must not take the newer one's place.
  await act(async () => requests[1].answer(["Dragonborn Bard", "Drake"]));
  expect(screen.getByText("Red Dragon")).toBeInTheDocument();
  expect(screen.queryByText("Drake")).not.toBeInTheDocument();
  expect(screen.queryByText("Everything")).not.toBeInTheDocument();
});

test("Enter searches at once, without waiting for the pause", async () => {
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Harness />
    </QueryClientProvider>,
  );
  await user.type(screen.getByRole("searchbox", { name: "Search images" }), "  wyrm {Enter}");
  // Within 100 ms of (fake) time, well inside the pause.
  await waitFor(() => expect(requests.map((request) => request.q)).toEqual([null, "wyrm"]), {
    timeout: 100,
    interval: 10,
  });
});
