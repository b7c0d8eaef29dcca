/**
 * The pre-Unicode encodings a bulletin may come in, guessed with chardet's statistics and
 * decoded with iconv-lite. Only encodings a foreign-ministry bulletin plausibly uses are
 * accepted; chardet's other proposals (Hebrew, Greek, Vietnamese ...) are noise for this archive.
 */
import { analyse, type EncodingName } from 'chardet';
import iconv from 'iconv-lite';

/** A legacy encoding the archive accepts, by its WHATWG name. */
export type LegacyEncoding = 'windows-1252' | 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr' | 'windows-1251' | 'koi8-r';

/** A guess at a legacy encoding, with chardet's confidence in it (0–100). */
export interface LegacyGuess {
  /** The encoding to decode with. */
  encoding: LegacyEncoding;
  /** chardet's confidence, 0–100. */
  confidence: number;
}

/** chardet's confidence below which a proposal is not worth trying. */
const MIN_CONFIDENCE = 20;

/** How many leading bytes chardet reads: plenty for its statistics, bounded for huge files. */
const SAMPLE_BYTES = 64 * 1024;

// ISO-8859-1 is read as windows-1252, as browsers do: the C1 bytes 0x80–0x9F are curly quotes
// and dashes in practice, never control codes (https://encoding.spec.whatwg.org/#names-and-labels).
// GB18030 includes GBK and GB2312 byte for byte, so chardet names all three GB18030.
const ACCEPTED: Partial<Record<EncodingName, LegacyEncoding>> = {
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-KR': 'euc-kr',
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
};

/** chardet's likeliest accepted encoding for the bytes, or undefined when none is likely enough. */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyGuess | undefined {
  // analyse() ranks every recogniser's match, best first.
  for (const match of analyse(bytes.subarray(0, SAMPLE_BYTES))) {
    const encoding = ACCEPTED[match.name];
    if (encoding !== undefined && match.confidence >= MIN_CONFIDENCE) return { encoding, confidence: match.confidence };
  }
  return undefined;
}

/** Decodes bytes in a legacy encoding; bytes the encoding cannot map become U+FFFD. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return iconv.decode(bytes, encoding, { stripBOM: false });
}
