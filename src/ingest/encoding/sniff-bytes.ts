/**
 * Byte-level clues about what a file is, read before any decoding: a byte-order mark, the NUL
 * pattern of UTF-16 without one, and the signs of a binary file (a known signature, or many
 * control bytes).
 */

/** A Unicode encoding that a byte-order mark can announce. */
export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** How many leading bytes the heuristics look at: enough for any bulletin, bounded for huge files. */
const SAMPLE_BYTES = 8000;

/** A share of control bytes above this marks binary data (text has next to none). */
const BINARY_CONTROL_SHARE = 0.02;

// Longest first: FF FE 00 00 is UTF-32LE, not UTF-16LE followed by U+0000.
const BOMS: ReadonlyArray<readonly [BomEncoding, readonly number[]]> = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

// File signatures ("magic numbers") of formats that turn up renamed as .txt; the PDF one matters
// most, as a PDF starts with readable text. https://en.wikipedia.org/wiki/List_of_file_signatures
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['legacy Office document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Reads a byte-order mark: the encoding it announces and its length, or undefined when there is none. */
export function readBom(bytes: Uint8Array): { encoding: BomEncoding; length: number } | undefined {
  for (const [encoding, mark] of BOMS) {
    if (startsWith(bytes, mark)) return { encoding, length: mark.length };
  }
  return undefined;
}

/**
 * Recognises UTF-16 without a byte-order mark from its NUL bytes: Latin text in UTF-16LE has a
 * 0x00 high byte at every odd offset and almost none at even ones (the reverse for BE), while
 * binary data has its NULs at both. Returns undefined when the pattern is absent or the bytes
 * do not decode as UTF-16 text.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES - (SAMPLE_BYTES % 2));
  const units = Math.floor(sample.length / 2);
  if (units < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < units * 2; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  // Chinese text has few NULs (only its ASCII spaces and digits), so ask for a lopsided pattern
  // rather than a large share; a tenth on the other side leaves room for code points like U+4E00.
  const lopsided = (many: number, few: number): boolean => many >= Math.max(2, units * 0.05) && few <= many * 0.1;
  const encoding = lopsided(oddZeros, evenZeros) ? 'utf-16le' : lopsided(evenZeros, oddZeros) ? 'utf-16be' : undefined;
  if (encoding === undefined) return undefined;
  let text: string;
  try {
    // An even-length prefix, so a truncated last byte does not hide an otherwise clean file.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(sample.subarray(0, units * 2));
  } catch {
    return undefined;
  }
  return controlShare(text, (c) => c.charCodeAt(0)) > BINARY_CONTROL_SHARE ? undefined : encoding;
}

/**
 * Says why bytes are not text, or returns undefined when they may be: a known file signature
 * (e.g. `PNG image`), or the share of NUL and other control bytes that text does not contain.
 * Call it after {@link sniffUtf16}, whose NULs are text.
 */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [format, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) return format;
  }
  const share = controlShare(bytes.subarray(0, SAMPLE_BYTES), (b) => b);
  return share > BINARY_CONTROL_SHARE ? `${Math.round(share * 100)}% control bytes` : undefined;
}

/** True when the bytes begin with the given prefix. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The share of C0 control codes (and DEL) among the items, leaving out the whitespace controls
 * text uses (tab, line feed, vertical tab, form feed, carriage return) and ESC, which starts the
 * shifts of ISO-2022 encodings.
 */
function controlShare<T>(items: Iterable<T>, code: (item: T) => number): number {
  let total = 0;
  let controls = 0;
  for (const item of items) {
    total++;
    const c = code(item);
    if ((c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1b) || c === 0x7f) controls++;
  }
  return total === 0 ? 0 : controls / total;
}
