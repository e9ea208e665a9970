"use client";

import { Accordion, AccordionItem } from "@/components/ui/accordion";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { OPTIONS, type CharacterFormState } from "./form-state";

type Props = {
  state: CharacterFormState;
  onChange: (patch: Partial<CharacterFormState>) => void;
  errors: Record<string, string>;
};

/** The character requirement's basic section (always visible) and the advanced visual fields in an accordion. */
export function CharacterFields({ state, onChange, errors }: Props) {
  const text = (key: keyof CharacterFormState, label: string, placeholder: string) => (
    <Input
      label={label}
      value={String(state[key])}
      placeholder={placeholder}
      error={errors[key]}
      onChange={(event) => onChange({ [key]: event.target.value })}
    />
  );
  const choice = (key: keyof typeof OPTIONS, label: string) => (
    <Select
      label={label}
      options={OPTIONS[key]}
      value={String(state[key])}
      error={errors[key]}
      onValueChange={(value) => onChange({ [key]: value })}
    />
  );
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="basic-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="basic-heading" className="text-lg font-semibold sm:col-span-2">
          Basics
        </h2>
        <div className="sm:col-span-2">{text("name", "Name", "Garrick Stonewall")}</div>
        {choice("race", "Race")}
        {choice("character_class", "Class")}
        {choice("gender", "Gender")}
        <Input
          label="Level"
          type="number"
          min={1}
          max={20}
          value={state.base_level}
          error={errors.base_level}
          onChange={(event) => onChange({ base_level: Number(event.target.value) || 1 })}
        />
      </section>
      <Accordion type="multiple" className="rounded-lg border border-white/10">
        <AccordionItem value="physical" title="Physical characteristics">
          <div className="grid gap-4 sm:grid-cols-3">
            {choice("age_category", "Age")}
            {choice("build", "Build")}
            {text("height_description", "Height", "tall")}
          </div>
        </AccordionItem>
        <AccordionItem value="face" title="Face">
          <div className="grid gap-4 sm:grid-cols-2">
            {choice("facial_expression", "Facial expression")}
            {text("facial_features", "Distinguishing facial features", "piercing blue eyes")}
          </div>
        </AccordionItem>
        <AccordionItem value="attire" title="Appearance and attire">
          <div className="grid gap-4">
            {text("attire", "Attire", "fur-lined leather armor")}
            {text("primary_weapon", "Primary weapon or item", "greatsword")}
            {text("distinguishing_feature", "Distinguishing feature", "glowing arcane tattoos on arms")}
          </div>
        </AccordionItem>
        <AccordionItem value="setting" title="Setting and pose">
          <div className="grid gap-4 sm:grid-cols-2">
            {text("background_setting", "Background", "misty forest")}
            {choice("pose", "Pose")}
          </div>
        </AccordionItem>
        <AccordionItem value="story" title="Backstory and description">
          <div className="grid gap-4">
            <Textarea
              label="Backstory"
              rows={4}
              value={state.backstory}
              error={errors.backstory}
              onChange={(event) => onChange({ backstory: event.target.value })}
            />
            <Textarea
              label="Description"
              rows={2}
              value={state.description}
              onChange={(event) => onChange({ description: event.target.value })}
            />
          </div>
        </AccordionItem>
        <AccordionItem value="voice" title="Voice">
          <div className="grid gap-4 sm:grid-cols-2">
            {text("voice_archetype", "Voice archetype", "gravelly old soldier")}
            {text("voice_id", "Voice id (text-to-speech)", "your TTS provider's voice id")}
            <Textarea
              label="Voice settings"
              hint="One per line, like stability: 0.4"
              rows={3}
              className="sm:col-span-2"
              value={state.voice_settings}
              error={errors.voice_settings}
              onChange={(event) => onChange({ voice_settings: event.target.value })}
            />
          </div>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
