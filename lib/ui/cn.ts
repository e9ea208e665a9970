import { clsx, type ClassValue } from "clsx";
import { extendTailwindMerge } from "tailwind-merge";

/**
 * tailwind-merge told about the theme's own names (tailwind.config.ts) that it cannot recognise
 * by shape: without them `shadow-card` would pass for a shadow colour, and `rounded-card` or
 * `animate-dialog-in` for unknown classes, so they would never override (or be overridden by)
 * `shadow-none`, `rounded-lg` or `animate-none`. Colours need nothing: any name is a colour there,
 * and the theme adds no font sizes or spacing that could be mistaken for one.
 */
const merge = extendTailwindMerge({
  extend: {
    theme: {
      shadow: ["card", "overlay", "glow"],
      radius: ["card"],
      animate: [
        "fade-in",
        "fade-out",
        "dialog-in",
        "dialog-out",
        "drawer-in",
        "drawer-out",
        "pop-in",
        "toast-in",
        "toast-out",
        "toast-swipe-out",
        "accordion-down",
        "accordion-up",
      ],
    },
  },
});

/**
 * Joins class names, skipping falsy values; of two classes that set the same property the later
 * wins, so a caller's className overrides a component's own (`mt-0` on DialogFooter's `mt-6`).
 */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
