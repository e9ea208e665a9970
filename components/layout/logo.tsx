import Link from "next/link";
import { cn } from "@/lib/ui/cn";

/** The Arcane Forge mark: a gold-edged d20 with a violet spark. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={cn("size-8", className)}>
      <defs>
        <linearGradient id="af-logo-gold" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#fbdd8d" />
          <stop offset="1" stopColor="#e08d16" />
        </linearGradient>
        <radialGradient id="af-logo-core" cx="0.5" cy="0.55" r="0.6">
          <stop offset="0" stopColor="#5428aa" />
          <stop offset="1" stopColor="#1a0f3a" />
        </radialGradient>
      </defs>
      <path
        d="M16 2.5 27.7 9.25v13.5L16 29.5 4.3 22.75V9.25z"
        fill="url(#af-logo-core)"
        stroke="url(#af-logo-gold)"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
      <path
        d="M16 9.5V2.5M16 9.5 4.3 9.25M16 9.5l11.7-.25M10 20 4.3 9.25M10 20l-5.7 2.75M10 20l6 9.5M22 20l5.7-10.75M22 20l5.7 2.75M22 20l-6 9.5"
        stroke="url(#af-logo-gold)"
        strokeWidth="0.9"
        opacity="0.55"
      />
      <path d="M16 9.5 22 20H10z" fill="none" stroke="url(#af-logo-gold)" strokeWidth="1.4" strokeLinejoin="round" />
      <path d="M16 13.2 16.9 15.6l2.4.9-2.4.9-.9 2.4-.9-2.4-2.4-.9 2.4-.9z" fill="#c3b3fe" />
    </svg>
  );
}

/** Mark plus wordmark, linking home. */
export function Logo({ className }: { className?: string }) {
  return (
    <Link
      href="/"
      className={cn(
        "group inline-flex items-center gap-2.5 rounded-md font-display text-lg font-semibold tracking-tight text-ink-50 no-underline hover:text-ink-50",
        className,
      )}
    >
      <LogoMark className="transition-transform duration-300 group-hover:rotate-[30deg]" />
      <span>
        Arcane <span className="text-accent">Forge</span>
      </span>
    </Link>
  );
}
