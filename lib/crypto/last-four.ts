/**
 * The tail of a secret the UI may show ("…abcd") so a user can tell their keys apart.
 * Short values return "" — four characters of an eight-character secret is half of it.
 */
export const MIN_LENGTH_FOR_HINT = 12;

export function lastFour(secret: string): string {
  const trimmed = secret.trim();
  return trimmed.length < MIN_LENGTH_FOR_HINT ? "" : trimmed.slice(-4);
}
