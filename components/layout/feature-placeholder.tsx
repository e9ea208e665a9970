import { EmptyState } from "@/components/ui/empty-state";
import { NAV_ITEMS } from "./nav-items";
import { PageHeader } from "./page-header";

/** The page of an area that is not built yet: its name, and one sentence on what it will do. */
export function FeaturePlaceholder({ href }: { href: string }) {
  const item = NAV_ITEMS.find((candidate) => candidate.href === href);
  if (!item) throw new Error(`No navigation item for ${href}`);
  const Icon = item.icon;
  return (
    <>
      <PageHeader title={item.label} />
      <EmptyState icon={<Icon />} title="Not built yet" description={item.summary} />
    </>
  );
}
