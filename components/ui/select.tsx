"use client";

import { lazy, Suspense, useState } from "react";
import { cn } from "@/lib/ui/cn";
import { Field, controlStyles, useFieldIds, type FieldControlProps } from "./field";
import { ChevronDownIcon } from "./icons";

export type SelectOption = {
  /** Must not be the empty string (Radix reserves it for "no value"). */
  value: string;
  label: string;
  disabled?: boolean;
};

export type SelectProps = FieldControlProps & {
  id?: string;
  options: SelectOption[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  placeholder?: string;
  /** With a name, a hidden native select carries the value in form submissions. */
  name?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
};

const loadMenu = () => import("./select-menu");
const SelectMenu = lazy(loadMenu);

/** Keys that open a Radix Select from its trigger. */
const OPEN_KEYS = ["Enter", " ", "ArrowDown", "ArrowUp"];

/**
 * A labelled Radix Select. Until its first press it is a stand-in trigger with the same look,
 * name and state (a combobox button showing the chosen label), so the listbox and its positioning
 * engine load on first use rather than with every form page; the press then opens the real menu.
 */
export function Select({
  id,
  label,
  labelHidden,
  hint,
  error,
  options,
  placeholder = "Choose…",
  className,
  containerClassName,
  ...rootProps
}: SelectProps) {
  const { controlId, hintId, errorId, describedBy, invalid } = useFieldIds(id, hint, error);
  const [wanted, setWanted] = useState(false);
  const triggerProps = {
    id: controlId,
    "aria-invalid": invalid,
    "aria-describedby": describedBy,
    className: cn(
      controlStyles,
      "flex h-10 items-center justify-between gap-2 text-left data-placeholder:text-fg-subtle",
      className,
    ),
  };
  const current = rootProps.value ?? rootProps.defaultValue;
  const chosen = options.find((option) => option.value === current);
  const open = () => {
    if (!rootProps.disabled) setWanted(true);
  };
  const standIn = (
    <>
      <button
        type="button"
        // eslint-disable-next-line jsx-a11y/role-has-required-aria-props -- no listbox exists until the menu loads, so there is nothing to control yet
        role="combobox"
        aria-expanded={false}
        aria-autocomplete="none"
        aria-required={rootProps.required || undefined}
        data-state="closed"
        data-placeholder={current ? undefined : ""}
        disabled={rootProps.disabled}
        {...triggerProps}
        onPointerEnter={() => void loadMenu()}
        onFocus={() => void loadMenu()}
        // On click, not on press as Radix does: the real trigger takes this one's place, and a press
        // whose release lands on it would be read as a second press.
        onClick={open}
        onKeyDown={(event) => {
          if (!OPEN_KEYS.includes(event.key)) return;
          event.preventDefault();
          open();
        }}
      >
        <span className="truncate">{chosen ? chosen.label : current ? null : placeholder}</span>
        <span aria-hidden="true" className="text-fg-subtle">
          <ChevronDownIcon className="size-4" />
        </span>
      </button>
      {rootProps.name && <input type="hidden" name={rootProps.name} value={current ?? ""} />}
    </>
  );
  return (
    <Field {...{ controlId, hintId, errorId, label, labelHidden, hint, error }} className={containerClassName}>
      {wanted ? (
        <Suspense fallback={standIn}>
          <SelectMenu
            triggerProps={triggerProps}
            options={options}
            placeholder={placeholder}
            defaultOpen
            {...rootProps}
          />
        </Suspense>
      ) : (
        standIn
      )}
    </Field>
  );
}
