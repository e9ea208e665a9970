export type AuthSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a search parameter that may repeat. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
