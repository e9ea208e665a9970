import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BulkBar } from "@/components/gallery/bulk-bar";
import { GalleryTile } from "@/components/gallery/gallery-tile";
import { TagEditor } from "@/components/gallery/tag-editor";
import type { GalleryImage } from "@/lib/query/gallery";

const image: GalleryImage = {
  id: "i1",
  url: "/api/images/i1/file",
  thumbnail_url: "/api/images/i1/file?width=384",
  width: 10,
  height: 10,
  bytes: 1,
  format: "png",
  source: "generated",
  is_favorite: true,
  tags: ["hero"],
  created_at: new Date().toISOString(),
  model: null,
  prompt: null,
  generation_id: null,
  campaign_id: null,
  visibility: "party",
  asset: { id: "a1", name: "Thorin", kind: "portrait", tags: [] },
};

test("a tile opens on click and toggles selection on shift-click or its checkbox", async () => {
  const user = userEvent.setup();
  const onOpen = jest.fn();
  const onToggle = jest.fn();
  render(
    <GalleryTile
      image={image}
      index={3}
      selected={false}
      focused
      onOpen={onOpen}
      onToggle={onToggle}
      onFocus={jest.fn()}
    />,
  );
  await user.click(screen.getByRole("img", { name: "Thorin" }));
  expect(onOpen).toHaveBeenCalledWith(3);
  await user.keyboard("{Shift>}");
  await user.click(screen.getByRole("img", { name: "Thorin" }));
  await user.keyboard("{/Shift}");
  expect(onToggle).toHaveBeenCalledWith(3, true);
  await user.click(screen.getByRole("checkbox", { name: "Select Thorin" }));
  expect(onToggle).toHaveBeenCalledTimes(2);
  expect(screen.getByLabelText("Favorite")).toBeInTheDocument();
});

test("the bulk bar sends tags, empties its box once they are on, and asks the page to confirm deletes", async () => {
  const user = userEvent.setup();
  // Tagging succeeds the first time and is refused the second.
  const onAction = jest.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false);
  const onDelete = jest.fn();
  render(
    <BulkBar
      zipHref="/zip"
      count={2}
      total={5}
      busy={false}
      onAction={onAction}
      onDelete={onDelete}
      onSelectAll={jest.fn()}
      onClear={jest.fn()}
    />,
  );
  expect(screen.getByRole("button", { name: "Add tags" })).toBeDisabled();
  await user.type(screen.getByLabelText("Tags for selected images"), "hero, villain");
  await user.click(screen.getByRole("button", { name: "Add tags" }));
  expect(onAction).toHaveBeenCalledWith("tag", ["hero", "villain"]);
  await waitFor(() => expect(screen.getByLabelText("Tags for selected images")).toHaveValue(""));
  await user.type(screen.getByLabelText("Tags for selected images"), "villain");
  await user.click(screen.getByRole("button", { name: "Remove tags" }));
  expect(onAction).toHaveBeenLastCalledWith("untag", ["villain"]);
  // A refused change keeps what was typed, to try again.
  await waitFor(() => expect(onAction).toHaveBeenCalledTimes(2));
  await act(() => onAction.mock.results[1].value);
  expect(screen.getByLabelText("Tags for selected images")).toHaveValue("villain");
  await user.click(screen.getByRole("button", { name: "Delete…" }));
  expect(onDelete).toHaveBeenCalled();
  expect(screen.getByRole("link", { name: "Download zip" })).toHaveAttribute("href", "/zip");
});

test("the tag editor adds and removes tags", async () => {
  const user = userEvent.setup();
  const onChange = jest.fn();
  render(<TagEditor tags={["hero"]} suggestions={["hero", "dwarf"]} onChange={onChange} />);
  await user.type(screen.getByLabelText("Add a tag"), "dwarf{Enter}");
  expect(onChange).toHaveBeenCalledWith(["dwarf"], []);
  await user.click(screen.getByRole("button", { name: "Remove tag hero" }));
  expect(onChange).toHaveBeenCalledWith([], ["hero"]);
});
