/**
 * Bytes to text. Raw bulletins arrive as UTF-8 (with or without a BOM) and sometimes as
 * UTF-16; anything else is decoded as UTF-8 and the damage is reported, never hidden.
 */

/** The decoded text and what the decoder had to say about it. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding that was used (`utf-8`, `utf-16le`, `utf-16be`). */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** How many byte sequences could not be decoded and became U+FFFD. */
  invalidSequences: number;
}

/** Decodes a raw file's bytes, honouring a byte-order mark when there is one. */
export function decodeText(bytes: Uint8Array): DecodedText {
  let encoding: DecodedText['encoding'] = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  const body = bytes.subarray(start);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  // A U+FFFD that was not in a valid UTF-8 input marks bytes the decoder could not read.
  const replacements = (text.match(/\uFFFD/g) ?? []).length;
  const genuine = encoding === 'utf-8' ? countEncodedReplacementChars(body) : 0;
  return { text, encoding, invalidSequences: Math.max(0, replacements - genuine) };
}

/** Counts U+FFFD characters that are really present in UTF-8 bytes (EF BF BD). */
function countEncodedReplacementChars(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}
