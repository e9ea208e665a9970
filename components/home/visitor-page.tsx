import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { buttonStyles } from "@/components/ui/button";

/* The pictures are the built-in offline engine's own output (scripts/visitor-pictures.ts), the
   same engine a new account gets with no provider key: what a visitor sees is what they get. */
const PORTRAITS = [
  { src: "/visitor/portrait-elf-wizard.webp", alt: "Portrait of Ilyra, an elf wizard, in front of library shelves" },
  {
    src: "/visitor/portrait-dwarf-fighter.webp",
    alt: "Portrait of Borin, a red-bearded dwarf fighter in plate, before mountains",
  },
  { src: "/visitor/portrait-tiefling-warlock.webp", alt: "Portrait of Vex, a tiefling warlock, among arcane ruins" },
];

const FEATURES = [
  {
    title: "Characters with portraits",
    text: "Fill in race, class, build, attire and a few words of description; get a portrait you can refine, regenerate and keep a history of.",
  },
  {
    title: "Campaigns for the whole table",
    text: "Invite your players with one link. As the DM you see the party roster with portraits, hit points, conditions and notes only you can read.",
  },
  {
    title: "Battle maps that import",
    text: "Dungeons, caves, taverns, temples, castles, streets and wilderness, with walls, doors and lights that drop straight into Foundry VTT or a .dd2vtt.",
  },
  {
    title: "Tokens and a gallery",
    text: "Stamp round tokens from any portrait, sized for the grid. Everything you make lands in one gallery to tag, favorite and search.",
  },
];

/** What a signed-out visitor sees at `/`: what Arcane Forge does, shown, and the way in. */
export function VisitorPage() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-5 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          <Link href="/sign-in" className={buttonStyles({ variant: "ghost" })}>
            Sign in
          </Link>
          <Link href="/sign-up" className={buttonStyles()}>
            Sign up
          </Link>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 pb-16 sm:px-6">
        <section
          aria-labelledby="visitor-title"
          className="grid items-center gap-10 py-8 lg:grid-cols-[1.1fr_1fr] lg:py-16"
        >
          <div>
            <p className="font-display text-sm font-semibold uppercase tracking-[0.2em] text-accent">
              For tabletop RPG groups
            </p>
            <h1 id="visitor-title" className="mt-3 text-4xl font-semibold leading-tight sm:text-5xl">
              Your party, their portraits and tonight&apos;s battle map, in one place
            </h1>
            <p className="mt-5 max-w-xl text-lg text-fg-muted">
              Arcane Forge builds D&amp;D characters with AI portraits, runs campaigns with a DM&apos;s roster, and
              generates battle maps and tokens for your virtual tabletop. A built-in engine draws everything on this
              page with no account anywhere else; add your own OpenAI, Google or other key whenever you like.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link href="/sign-up" className={buttonStyles({ size: "lg" })}>
                Create a free account
              </Link>
              <Link href="/sign-in" className={buttonStyles({ size: "lg", variant: "secondary" })}>
                Sign in
              </Link>
            </div>
          </div>
          <div className="grid grid-cols-3 gap-3">
            {PORTRAITS.map(({ src, alt }, index) => (
              <img
                key={src}
                src={src}
                alt={alt}
                width={512}
                height={512}
                fetchPriority={index === 0 ? "high" : undefined}
                className="aspect-square w-full rounded-card border border-line object-cover shadow-card"
              />
            ))}
            <div className="relative col-span-3">
              <img
                src="/visitor/map-dungeon.webp"
                alt="A generated dungeon battle map: numbered rooms, doors, a trap and a secret door marked for the DM"
                width={960}
                height={640}
                className="w-full rounded-card border border-line shadow-card"
              />
              <img
                src="/visitor/token-dwarf-fighter.webp"
                alt="Borin's round token with a green friendly ring"
                width={256}
                height={256}
                className="absolute -bottom-5 -right-2 size-24 drop-shadow-xl sm:size-28"
              />
            </div>
          </div>
        </section>
        <section aria-labelledby="features-title" className="mt-16">
          <h2 id="features-title" className="text-2xl font-semibold sm:text-3xl">
            What you can do in your first hour
          </h2>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {FEATURES.map(({ title, text }) => (
              <li key={title} className="rounded-card border border-line bg-surface/90 p-5 shadow-card">
                <h3 className="font-display text-lg font-semibold text-ink-50">{title}</h3>
                <p className="mt-2 text-sm text-fg-muted">{text}</p>
              </li>
            ))}
          </ul>
        </section>
        <section
          aria-labelledby="start-title"
          className="mt-16 rounded-card border border-accent/30 bg-accent/[0.06] p-6 text-center sm:p-10"
        >
          <h2 id="start-title" className="text-2xl font-semibold">
            Ready for session zero?
          </h2>
          <p className="mx-auto mt-3 max-w-xl text-fg-muted">
            Sign up with an email address and a password. Your provider keys, if you add any, are stored encrypted and
            used only for your own requests.
          </p>
          <Link href="/sign-up" className={buttonStyles({ size: "lg", className: "mt-6" })}>
            Create a free account
          </Link>
        </section>
      </main>
      <footer className="border-t border-line py-6 text-center text-sm text-fg-muted">
        Arcane Forge · characters, portraits, maps and tokens
      </footer>
    </div>
  );
}
