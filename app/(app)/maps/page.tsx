import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { MapsWorkspace } from "@/components/maps/maps-workspace";

export const metadata: Metadata = { title: "Maps" };

export default function MapsPage() {
  return (
    <div className="space-y-6">
      <PageHeader
        title="Maps"
        description="Battle maps with walls, doors and lights that import straight into Foundry VTT and Universal VTT."
      />
      <MapsWorkspace />
    </div>
  );
}
