/**
 * Removes a user's key from text a provider sent back, in the forms providers and proxies echo it:
 * whole, any run of 8 or more of its characters ("the first 20 characters", a masked middle),
 * URL-encoded, JSON-escaped (`\/`, `\u0073`), HTML character references, spaced or split across
 * lines, and base64 (a Basic header or a token wrapping the key, at any byte offset, standard or
 * URL-safe alphabet).
 *
 * The text is read through a decoded view: encodings undone and separators dropped, each view
 * character remembering the span of the original it came from. Every 8-character window of the
 * view that is a piece of the key (or of its base64 forms) marks its original span, and each run
 * of marked spans becomes one "[redacted]".
 */

const REDACTED = "[redacted]";
const MIN_FRAGMENT = 8;
/** Scrubbing is linear, but a message is cut to a few hundred characters anyway. */
const MAX_SCRUBBED_INPUT = 4000;

type View = { text: string; start: number[]; end: number[] };

// Tried in order at each position: the first that matches gives one view character (or none).
const DECODERS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/%([0-9a-f]{2})/iy, (m) => String.fromCharCode(parseInt(m[1], 16))],
  [/\\u([0-9a-f]{4})/iy, (m) => String.fromCharCode(parseInt(m[1], 16))],
  [/\\x([0-9a-f]{2})/iy, (m) => String.fromCharCode(parseInt(m[1], 16))],
  [/&#x([0-9a-f]{1,6});/iy, (m) => String.fromCodePoint(parseInt(m[1], 16))],
  [/&#(\d{1,7});/y, (m) => String.fromCodePoint(Number(m[1]))],
  [/\\([\\/"'])/y, (m) => m[1]],
  // Separators a split or spaced echo puts inside the key: dropped from the view.
  [/\\[nrt]|[\s\u200b-\u200d\u2060\ufeff]+/y, () => ""],
];

function decodedView(text: string): View {
  const view: View = { text: "", start: [], end: [] };
  const chars: string[] = [];
  for (let index = 0; index < text.length;) {
    let decoded: string | null = null;
    let length = 1;
    for (const [pattern, decode] of DECODERS) {
      pattern.lastIndex = index;
      const match = pattern.exec(text);
      if (match) {
        decoded = decode(match);
        length = match[0].length;
        break;
      }
    }
    const value = decoded ?? text[index];
    if (value) {
      chars.push(value);
      view.start.push(index);
      view.end.push(index + length);
    }
    index += length;
  }
  view.text = chars.join("");
  return view;
}

/** The base64 of `bytes` wherever they sit in a longer encoded value (offset 0, 1 or 2 mod 3). */
function base64Forms(bytes: Buffer): string[] {
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    let encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    // Characters that also depend on the bytes before or after are not part of the key's form.
    if (offset > 0) encoded = encoded.slice(4);
    if ((offset + bytes.length) % 3 !== 0) encoded = encoded.slice(0, -4);
    encoded = encoded.replace(/=+$/, "");
    if (encoded.length >= MIN_FRAGMENT) forms.push(encoded, encoded.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}

/** Every window the scan looks for, and its length (the whole secret when shorter than 8). */
function windowsOf(secret: string): { size: number; pieces: Set<string> } {
  const size = Math.min(MIN_FRAGMENT, secret.length);
  const pieces = new Set<string>();
  for (const form of [secret, ...base64Forms(Buffer.from(secret, "utf8"))]) {
    for (let start = 0; start + size <= form.length; start++) pieces.add(form.slice(start, start + size));
  }
  return { size, pieces };
}

/** Original-text spans [start, end) that carry a piece of the secret. */
function markedSpans(view: View, secret: string): Array<[number, number]> {
  const { size, pieces } = windowsOf(secret);
  const spans: Array<[number, number]> = [];
  for (let index = 0; index + size <= view.text.length; index++) {
    if (!pieces.has(view.text.slice(index, index + size))) continue;
    const span: [number, number] = [view.start[index], view.end[index + size - 1]];
    const last = spans[spans.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else spans.push(span);
  }
  return spans;
}

export function removeSecret(text: string, secret: string): string {
  const input = text.length > MAX_SCRUBBED_INPUT ? text.slice(0, MAX_SCRUBBED_INPUT) : text;
  const spans = markedSpans(decodedView(input), secret);
  let result = "";
  let position = 0;
  for (const [start, end] of spans) {
    result += input.slice(position, start) + REDACTED;
    position = end;
  }
  return result + input.slice(position);
}
