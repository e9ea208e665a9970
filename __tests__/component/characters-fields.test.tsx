import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { CharacterFields } from "@/components/characters/character-fields";
import { EMPTY_FORM, toFormState, toPayload, UNSET, type CharacterFormState } from "@/components/characters/form-state";

function Harness({ onState }: { onState: (state: CharacterFormState) => void }) {
  const [state, setState] = useState(EMPTY_FORM);
  return (
    <CharacterFields
      state={state}
      errors={{}}
      onChange={(patch) =>
        setState((current) => {
          const next = { ...current, ...patch };
          onState(next);
          return next;
        })
      }
    />
  );
}

test("basic fields are always visible; advanced fields open from the accordion", async () => {
  const user = userEvent.setup();
  let latest = EMPTY_FORM;
  render(<Harness onState={(state) => (latest = state)} />);
  for (const name of ["Name", "Race", "Class", "Gender"]) expect(screen.getAllByLabelText(name)[0]).toBeVisible();
  expect(screen.queryByRole("textbox", { name: "Attire" })).toBeNull();
  await user.click(screen.getByRole("button", { name: "Appearance and attire" }));
  await user.type(screen.getByRole("textbox", { name: "Attire" }), "plate armor");
  expect(latest.attire).toBe("plate armor");
});

test("defaults match the character requirement and every field is sent on save", () => {
  expect(EMPTY_FORM).toMatchObject({ gender: "non-binary", build: "average", facial_expression: "determined" });
  const payload = toPayload({ ...EMPTY_FORM, name: "Ash", attire: "robes" });
  expect(payload).toMatchObject({
    name: "Ash",
    attire: "robes",
    age_category: null,
    pose: null,
    base_level: 1,
    facial_features: "",
    voice_id: "",
    voice_archetype: "",
  });
  expect(Object.keys(payload)).toHaveLength(22);
  expect(toFormState({ name: "Pip", age_category: null, pose: "arms-crossed" })).toMatchObject({
    name: "Pip",
    age_category: UNSET,
    pose: "arms-crossed",
  });
});

test("voice settings are edited as key: value lines and keep their types", () => {
  const state = toFormState({ name: "Pip", voice_settings: { stability: 0.4, style: "gruff", boost: true } });
  expect(state.voice_settings).toBe("stability: 0.4\nstyle: gruff\nboost: true");
  expect(toPayload({ ...state, voice_settings: `${state.voice_settings}\n\nspeed: 1.2 ` }).voice_settings).toEqual({
    stability: 0.4,
    style: "gruff",
    boost: true,
    speed: 1.2,
  });
  expect(toPayload({ ...EMPTY_FORM, name: "Ash" }).voice_settings).toEqual({});
});
