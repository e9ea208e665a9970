import type { Config } from "tailwindcss";

/**
 * The theme tokens of Arcane Forge. Tailwind 4 reads this file through `@config` in
 * app/globals.css; everything not listed here keeps Tailwind's defaults.
 *
 * Components use the semantic names (canvas, surface, line, fg, accent, arcane, danger, success)
 * rather than raw scales, so the palette can be retuned here without touching components.
 */

// Deep blue-slate "ink" for backgrounds and text.
const ink = {
  50: "#f5f6fa",
  100: "#e6e8f0",
  200: "#c9cedc",
  300: "#a2aac0",
  400: "#7a8399",
  500: "#555e75",
  600: "#363d52",
  700: "#262c3d",
  800: "#181c29",
  850: "#121520",
  900: "#0c0e16",
  950: "#07080d",
};

// Warm gold: the primary accent (actions, focus, the logo mark).
const gold = {
  50: "#fff9eb",
  100: "#fdefc8",
  200: "#fbdd8d",
  300: "#f7c552",
  400: "#f1ac2b",
  500: "#e08d16",
  600: "#c06c0f",
  700: "#9a4f10",
  800: "#7c3f14",
  900: "#683515",
};

// Violet: the secondary "arcane" colour (highlights, badges, glow).
const arcane = {
  50: "#f5f3ff",
  100: "#ede8ff",
  200: "#ddd4ff",
  300: "#c3b3fe",
  400: "#a688fb",
  500: "#8b5cf6",
  600: "#7840ea",
  700: "#6630cf",
  800: "#5428aa",
  900: "#45238a",
  950: "#2a135e",
};

const config = {
  darkMode: "class",
  theme: {
    extend: {
      colors: {
        ink,
        gold,
        arcane: { ...arcane, DEFAULT: arcane[400] },
        canvas: ink[900],
        surface: { DEFAULT: ink[850], raised: ink[800], sunken: ink[950] },
        line: { DEFAULT: ink[700], strong: ink[600] },
        // subtle is a step lighter than ink-400 so small text keeps 4.5:1 (WCAG AA) even on raised
        // surfaces and ink-700 fills, not only on the canvas.
        fg: { DEFAULT: ink[100], muted: ink[300], subtle: "#8b94aa" },
        accent: { DEFAULT: gold[400], hover: gold[300], active: gold[500], fg: ink[950], soft: gold[200] },
        danger: { DEFAULT: "#f87185", strong: "#e11d48", soft: "#fecdd3" },
        success: { DEFAULT: "#34d399", soft: "#a7f3d0" },
        warning: { DEFAULT: "#fbbf24", soft: "#fde68a" },
      },
      fontFamily: {
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "Noto Sans",
          "sans-serif",
          "Apple Color Emoji",
          "Segoe UI Emoji",
        ],
        // A bookish serif for headings and the wordmark; all local fonts, nothing downloaded.
        display: [
          "Iowan Old Style",
          "Palatino Linotype",
          "Palatino",
          "Book Antiqua",
          "URW Palladio L",
          "Georgia",
          "serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"],
      },
      borderRadius: {
        card: "0.875rem",
      },
      boxShadow: {
        card: "0 1px 0 0 rgb(255 255 255 / 0.04) inset, 0 10px 30px -12px rgb(0 0 0 / 0.6)",
        overlay: "0 24px 64px -16px rgb(0 0 0 / 0.8), 0 0 0 1px rgb(255 255 255 / 0.06)",
        glow: "0 0 0 1px rgb(241 172 43 / 0.35), 0 8px 24px -8px rgb(241 172 43 / 0.45)",
      },
      keyframes: {
        "fade-in": { from: { opacity: "0" }, to: { opacity: "1" } },
        "fade-out": { from: { opacity: "1" }, to: { opacity: "0" } },
        // Only `transform` moves here: the dialog is centred with Tailwind's `translate` property,
        // which composes with it instead of being overwritten.
        "dialog-in": {
          from: { opacity: "0", transform: "translateY(8px) scale(0.96)" },
          to: { opacity: "1", transform: "none" },
        },
        "dialog-out": {
          from: { opacity: "1", transform: "none" },
          to: { opacity: "0", transform: "translateY(8px) scale(0.96)" },
        },
        "drawer-in": { from: { transform: "translateX(100%)" }, to: { transform: "translateX(0)" } },
        "drawer-out": { from: { transform: "translateX(0)" }, to: { transform: "translateX(100%)" } },
        "pop-in": {
          from: { opacity: "0", transform: "translateY(-4px) scale(0.98)" },
          to: { opacity: "1", transform: "translateY(0) scale(1)" },
        },
        "toast-in": {
          from: { opacity: "0", transform: "translateY(12px) scale(0.98)" },
          to: { opacity: "1", transform: "translateY(0) scale(1)" },
        },
        "toast-out": { from: { opacity: "1" }, to: { opacity: "0", transform: "translateX(24px)" } },
        "toast-swipe-out": {
          from: { transform: "translateX(var(--radix-toast-swipe-end-x))" },
          to: { transform: "translateX(110%)" },
        },
        "accordion-down": { from: { height: "0" }, to: { height: "var(--radix-accordion-content-height)" } },
        "accordion-up": { from: { height: "var(--radix-accordion-content-height)" }, to: { height: "0" } },
      },
      animation: {
        "fade-in": "fade-in 150ms ease-out",
        "fade-out": "fade-out 120ms ease-in",
        "dialog-in": "dialog-in 180ms cubic-bezier(0.16, 1, 0.3, 1)",
        "dialog-out": "dialog-out 120ms ease-in",
        "drawer-in": "drawer-in 220ms cubic-bezier(0.16, 1, 0.3, 1)",
        "drawer-out": "drawer-out 160ms ease-in",
        "pop-in": "pop-in 140ms cubic-bezier(0.16, 1, 0.3, 1)",
        "toast-in": "toast-in 200ms cubic-bezier(0.16, 1, 0.3, 1)",
        "toast-out": "toast-out 150ms ease-in forwards",
        "toast-swipe-out": "toast-swipe-out 150ms ease-out forwards",
        "accordion-down": "accordion-down 200ms cubic-bezier(0.16, 1, 0.3, 1)",
        "accordion-up": "accordion-up 160ms ease-in",
      },
    },
  },
} satisfies Config;

export default config;
