/**
 * Bytes to text. Raw bulletins arrive as UTF-8 (with or without a BOM), UTF-16, or in a legacy
 * encoding (windows-1252, GB18030/GBK, Big5 ...). The decoder decides in this order:
 * 1. a byte-order mark wins (UTF-8, UTF-16LE/BE, UTF-32LE/BE);
 * 2. UTF-16 without a BOM, when the NUL bytes fall on every other byte;
 * 3. binary data (a known file signature, or many control bytes) is not decoded at all;
 * 4. bytes that are valid UTF-8 are UTF-8 (ASCII included), and so are bytes that are mostly
 *    UTF-8 with a few bad ones: a stray byte is damage, not a sign of another encoding;
 * 5. otherwise chardet's best accepted guess, decoded with iconv-lite, if it reads the bytes
 *    better than UTF-8 does;
 * 6. otherwise UTF-8, with the bytes it cannot read counted.
 * Bytes that no encoding reads become U+FFFD and are counted, never passed on as mojibake.
 * Step 2 comes before step 4 because UTF-16 Latin text is also valid UTF-8 (NUL is a valid byte).
 */
import iconv from 'iconv-lite';
import { decodeLegacy, guessLegacyEncoding, type LegacyEncoding } from './encoding/legacy-encodings.ts';
import { readBom, sniffBinary, sniffUtf16, type BomEncoding } from './encoding/sniff-bytes.ts';

/** An encoding the decoder can read a bulletin in, by its WHATWG name. */
export type TextEncoding = BomEncoding | LegacyEncoding;

/** The decoded text and what the decoder had to say about it. */
export interface DecodedText {
  /** The text, without a byte-order mark; empty when the bytes are binary. */
  text: string;
  /** The encoding used, or `binary` when the bytes are not text and were not decoded. */
  encoding: TextEncoding | 'binary';
  /** How many byte sequences could not be decoded and became U+FFFD (U+FFFD in the source is not counted). */
  invalidSequences: number;
  /** True when the bytes are not text (an image, a PDF, an archive ...): reject the file, `note` says why. */
  binary: boolean;
  /** True when the encoding was inferred from statistics (chardet, or the NUL pattern of UTF-16 without a BOM) rather than known. */
  guessed: boolean;
  /** chardet's confidence in a guessed legacy encoding, 0–100; absent otherwise. */
  confidence?: number;
  /** One sentence for the ingest report when the result deserves a flag (a guess, binary data); absent otherwise. */
  note?: string;
}

/** Decodes a raw file's bytes, detecting the encoding and reporting whatever could not be decoded. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = readBom(bytes);
  if (bom !== undefined) return decodeUnicode(bytes.subarray(bom.length), bom.encoding);

  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) {
    return {
      ...decodeUnicode(bytes, utf16),
      guessed: true,
      note: `decoded as ${utf16} (guessed: no byte-order mark, but NUL bytes on every other byte)`,
    };
  }

  const binary = sniffBinary(bytes);
  if (binary !== undefined) {
    return { text: '', encoding: 'binary', invalidSequences: 0, binary: true, guessed: false, note: `binary data, not text: ${binary}` };
  }

  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', invalidSequences: 0, binary: false, guessed: false };
  } catch {
    // Not valid UTF-8: damaged UTF-8, or another encoding.
  }
  const utf8 = decodeUnicode(bytes, 'utf-8');
  // A legacy encoding would read UTF-8's multibyte sequences as mojibake (é as "Ã©"), so
  // text where they outnumber the bad bytes stays UTF-8.
  if (countNonAscii(utf8.text) > utf8.invalidSequences) return utf8;

  const guess = guessLegacyEncoding(bytes);
  if (guess !== undefined) {
    const text = decodeLegacy(bytes, guess.encoding);
    const invalidSequences = countInvalid(text, bytes, guess.encoding);
    // Single-byte encodings read almost any byte, so a guess must do strictly better than UTF-8
    // to be taken: a stray byte that is bad in both stays a counted U+FFFD under UTF-8.
    if (invalidSequences < utf8.invalidSequences) {
      return {
        text,
        encoding: guess.encoding,
        invalidSequences,
        binary: false,
        guessed: true,
        confidence: guess.confidence,
        note: `decoded as ${guess.encoding} (guessed, confidence ${guess.confidence}/100)`,
      };
    }
  }
  return utf8;
}

/** Decodes bytes in a Unicode encoding (without its BOM), counting the sequences that could not be read. */
function decodeUnicode(body: Uint8Array, encoding: BomEncoding): DecodedText {
  // TextDecoder has no UTF-32 (https://encoding.spec.whatwg.org/#names-and-labels); iconv-lite has.
  const text =
    encoding === 'utf-32le' || encoding === 'utf-32be'
      ? iconv.decode(body, encoding, { stripBOM: false })
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { text, encoding, invalidSequences: countInvalid(text, body, encoding), binary: false, guessed: false };
}

/** Counts the U+FFFD the decoder produced: those in the text minus those genuinely encoded in the bytes. */
function countInvalid(text: string, bytes: Uint8Array, encoding: TextEncoding): number {
  const replacements = (text.match(/\uFFFD/g) ?? []).length;
  if (replacements === 0) return 0;
  const encoded = REPLACEMENT_CHAR[encoding];
  const genuine = encoded === undefined ? 0 : countOccurrences(bytes, encoded.bytes, encoded.unit);
  return Math.max(0, replacements - genuine);
}

/** U+FFFD as each encoding writes it, and the code-unit size its occurrences must align to. */
const REPLACEMENT_CHAR: Partial<Record<TextEncoding, { bytes: readonly number[]; unit: number }>> = {
  'utf-8': { bytes: [0xef, 0xbf, 0xbd], unit: 1 },
  'utf-16le': { bytes: [0xfd, 0xff], unit: 2 },
  'utf-16be': { bytes: [0xff, 0xfd], unit: 2 },
  'utf-32le': { bytes: [0xfd, 0xff, 0x00, 0x00], unit: 4 },
  'utf-32be': { bytes: [0x00, 0x00, 0xff, 0xfd], unit: 4 },
  gb18030: { bytes: [0x84, 0x31, 0xa4, 0x37], unit: 1 },
};

/** Counts the occurrences of a byte sequence at offsets that are multiples of `unit`. */
function countOccurrences(bytes: Uint8Array, needle: readonly number[], unit: number): number {
  let count = 0;
  for (let i = 0; i + needle.length <= bytes.length; i += unit) {
    if (needle.every((byte, j) => bytes[i + j] === byte)) count++;
  }
  return count;
}

/** Counts the characters beyond ASCII, not counting U+FFFD. */
function countNonAscii(text: string): number {
  return (text.match(/[^\u0000-\u007F\uFFFD]/gu) ?? []).length;
}
