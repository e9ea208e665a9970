"use client";

import { Alert } from "@/components/ui/alert";
import { useStorageStanding } from "@/lib/query/account-storage";
import type { StorageStandingResponse } from "@/lib/schemas/account-response";

const MB = 1024 * 1024;
const GB = 1024 * MB;
/** From here on the bar turns to the danger colour and the line says what happens at the top. */
const NEARLY_FULL = 0.9;

/** Bytes as people read them: KB below a megabyte, MB below a gigabyte, then GB with one decimal. */
export function formatStorage(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  if (bytes < GB) return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
  return `${(bytes / GB).toFixed(1)} GB`;
}

/**
 * Settings → Storage: how much the user's images take (uploads, generations, maps, tokens) beside
 * the storage quota, as one line and a meter, so a refused save ("Your storage is full") is
 * never the first they hear of it. Without a quota it says what is used and that there is no limit.
 */
export function StorageSettings() {
  const storage = useStorageStanding();
  return (
    <section aria-labelledby="storage-heading" className="mt-10 flex flex-col gap-3">
      <div>
        <h2 id="storage-heading" className="text-2xl font-semibold">
          Storage
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-fg-muted">
          Your uploads, generated pictures, maps and tokens. Thumbnails are not counted.
        </p>
      </div>
      {storage.error && <Alert>{storage.error.message}</Alert>}
      {storage.data && <StorageLine standing={storage.data} />}
    </section>
  );
}

function StorageLine({ standing: { usedBytes, quotaBytes } }: { standing: StorageStandingResponse }) {
  if (quotaBytes === null)
    return (
      <p className="text-sm">
        <span className="font-medium tabular-nums">{formatStorage(usedBytes)}</span> used · no storage limit
      </p>
    );
  const ratio = Math.min(1, usedBytes / quotaBytes);
  const full = usedBytes >= quotaBytes;
  const nearlyFull = ratio >= NEARLY_FULL;
  const summary = `${formatStorage(usedBytes)} of ${formatStorage(quotaBytes)} used`;
  return (
    <div className="flex max-w-xl flex-col gap-2 text-sm">
      <div className="flex items-baseline justify-between gap-3">
        <span className="font-medium tabular-nums">{summary}</span>
        <span className="text-xs text-fg-muted tabular-nums">{Math.round(ratio * 100)}%</span>
      </div>
      <div
        role="meter"
        aria-label="Storage used"
        aria-valuemin={0}
        aria-valuemax={quotaBytes}
        aria-valuenow={Math.min(usedBytes, quotaBytes)}
        aria-valuetext={summary}
        className="h-2 w-full overflow-hidden rounded-full bg-surface-sunken ring-1 ring-line"
      >
        <div
          className={`h-full rounded-full ${nearlyFull ? "bg-danger" : "bg-accent"}`}
          style={{ width: `${ratio * 100}%` }}
        />
      </div>
      {nearlyFull && (
        <p className="text-xs text-danger-soft">
          {full
            ? "Your storage is full: new pictures and uploads are refused until you delete some images."
            : "Your storage is nearly full: delete images you no longer need to keep room for new ones."}
        </p>
      )}
    </div>
  );
}
