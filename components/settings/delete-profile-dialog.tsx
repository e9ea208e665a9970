"use client";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { useDeleteProfile } from "@/lib/query/profiles";
import type { ProfileView } from "@/lib/schemas/profiles";

type DeleteProfileDialogProps = { profile: ProfileView | null; onOpenChange: (open: boolean) => void };

/** Asks before deleting: the stored key goes with the profile and cannot be shown again. */
export function DeleteProfileDialog({ profile, onOpenChange }: DeleteProfileDialogProps) {
  const remove = useDeleteProfile();
  const { toast } = useToast();

  async function confirm() {
    if (!profile) return;
    try {
      await remove.mutateAsync(profile.id);
      toast({ title: "Profile deleted", description: profile.name, variant: "success" });
      onOpenChange(false);
    } catch (error) {
      toast({
        title: "Could not delete the profile",
        description: error instanceof Error ? error.message : undefined,
        variant: "error",
      });
    }
  }

  return (
    <Dialog open={profile !== null} onOpenChange={onOpenChange}>
      <DialogContent
        size="sm"
        title={`Delete ${profile?.name ?? "profile"}?`}
        description="Its stored key is removed for good. Images already made with it stay in your gallery."
      >
        <DialogFooter className="mt-0">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Keep it
          </Button>
          <Button variant="danger" onClick={confirm} loading={remove.isPending} loadingText="Deleting…">
            Delete profile
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
