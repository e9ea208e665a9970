"use client";
import { useEffect, useState } from "react";

/**
 * GET a JSON route and keep its answer; `reloadKey` refetches (e.g. after a new map is saved).
 * A null url fetches nothing. The last answer stays visible while the next one loads; `loading`
 * is derived from which request the answer belongs to rather than set inside the effect.
 */
export function useFetchJson<T>(url: string | null, reloadKey = 0) {
  const requestKey = `${url}#${reloadKey}`;
  const [state, setState] = useState<{ key: string | null; data: T | null; error: string | null }>({ key: null, data: null, error: null });
  useEffect(() => {
    if (!url) return;
    let live = true;
    fetch(url)
      .then(async (response) => {
        const body = await response.json();
        if (!live) return;
        if (!response.ok) setState({ key: requestKey, data: null, error: body.error?.message ?? `Could not load ${url}` });
        else setState({ key: requestKey, data: body as T, error: null });
      })
      .catch((error: unknown) => live && setState({ key: requestKey, data: null, error: String(error) }));
    return () => { live = false; };
  }, [url, requestKey]);
  return { data: state.data, error: state.error, loading: url !== null && state.key !== requestKey };
}
