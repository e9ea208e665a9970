import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { getCurrentUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  const firstName = user?.name.trim().split(/\s+/)[0];
  return (
    <>
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : "Welcome"}
        description="Arcane Forge is being built one area at a time. Here is what each area is for; the ones marked “Not built yet” are still on the anvil."
      />
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {NAV_ITEMS.map(({ href, label, icon: Icon, summary, ready }) => (
          <li key={href} className="flex">
            <Card interactive className="w-full">
              <CardHeader className="pb-5">
                <div className="mb-3 flex items-center justify-between gap-3">
                  <span
                    aria-hidden="true"
                    className="flex size-10 items-center justify-center rounded-xl border border-accent/25 bg-accent/10 text-accent"
                  >
                    <Icon />
                  </span>
                  {!ready && <Badge>Not built yet</Badge>}
                </div>
                <CardTitle>
                  {/* The link covers the whole card, so the card is one target with one name. */}
                  <Link href={href} className="text-ink-50 no-underline after:absolute after:inset-0 after:rounded-card hover:text-ink-50">
                    {label}
                  </Link>
                </CardTitle>
                <CardDescription>{summary}</CardDescription>
              </CardHeader>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
