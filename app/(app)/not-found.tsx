import Link from "next/link";
import { StatusMessage } from "@/components/layout/status-message";
import { buttonStyles } from "@/components/ui/button";

/**
 * A signed-in page whose item does not exist or is not the user's to see (the same answer for
 * both, so nobody learns that someone else's character exists). Shown inside the app's shell.
 */
export default function SignedInNotFound() {
  return (
    <StatusMessage
      eyebrow="Not found"
      title="Nothing to see here"
      actions={
        <>
          <Link href="/" className={buttonStyles()}>
            Back to your dashboard
          </Link>
          <Link href="/characters" className={buttonStyles({ variant: "secondary" })}>
            Your characters
          </Link>
        </>
      }
    >
      <p>
        This character, campaign or page does not exist, or it is not shared with you. If someone sent you a link, ask
        them for an invite.
      </p>
    </StatusMessage>
  );
}
