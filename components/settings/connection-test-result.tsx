import { Alert } from "@/components/ui/alert";
import type { ConnectionTestResult } from "@/lib/schemas/profiles";

const SHOWN_MODELS = 4;

/** The outcome of "Test connection", in words: how many models answered, or what went wrong. */
export function ConnectionTestResultView({ result }: { result: ConnectionTestResult }) {
  if (!result.ok) {
    return (
      <Alert>
        <span className="font-medium">Connection failed.</span> {result.message}
      </Alert>
    );
  }
  const { models } = result;
  const sample = models.slice(0, SHOWN_MODELS).join(", ");
  return (
    <Alert variant="success">
      <span className="font-medium">Connected.</span>{" "}
      {models.length === 0
        ? "The provider answered."
        : `${models.length} model${models.length === 1 ? "" : "s"} available: ${sample}${models.length > SHOWN_MODELS ? ", …" : ""}`}
    </Alert>
  );
}
