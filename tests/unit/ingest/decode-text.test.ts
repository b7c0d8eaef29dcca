import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeText, type DecodedText } from '../../../src/ingest/decode-text.ts';

// The fixtures were written once by tests/fixtures/encodings/make-fixtures.mjs from texts.json,
// which holds each file's expected text as UTF-8; the tests only read them.
const FIXTURES = new URL('../../fixtures/encodings/', import.meta.url);
const fixture = (name: string): Uint8Array => readFileSync(new URL(name, FIXTURES));
const EXPECTED: Record<string, string> = JSON.parse(readFileSync(new URL('texts.json', FIXTURES), 'utf8'));

const bytesOf = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText: fixtures', () => {
  test.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
  ] as const)('%s is known to be %s: exact text, no guess', (name, encoding) => {
    const decoded = decodeText(fixture(name));
    expect(decoded).toEqual({ text: EXPECTED[name], encoding, invalidSequences: 0, binary: false, guessed: false });
  });

  test.each([
    ['windows-1252.txt', 'windows-1252'],
    ['gb18030.txt', 'gb18030'],
    // GBK is a subset of GB18030, byte for byte, so a GBK file is read (correctly) as GB18030.
    ['gbk.txt', 'gb18030'],
    ['big5.txt', 'big5'],
  ] as const)('%s is guessed as %s: exact text, with a confidence and a note', (name, encoding) => {
    const decoded = decodeText(fixture(name));
    expect(decoded).toMatchObject({ text: EXPECTED[name], encoding, invalidSequences: 0, binary: false, guessed: true });
    expect(decoded.confidence).toBeGreaterThanOrEqual(20);
    expect(decoded.note).toBe(`decoded as ${encoding} (guessed, confidence ${decoded.confidence}/100)`);
  });

  test('windows-1252 curly quotes, dashes and accents come through', () => {
    const { text } = decodeText(fixture('windows-1252.txt'));
    for (const char of ['’', '“', '”', '–', '—', 'é', 'É', '…', '€']) expect(text).toContain(char);
  });

  test('GB18030 four-byte characters (Ç ş ğ, outside GBK) come through', () => {
    expect(decodeText(fixture('gb18030.txt')).text).toContain('王毅同俄罗斯外长拉夫罗夫举行会谈\n\n2014年1月21日晚');
    expect(decodeText(fixture('gb18030.txt')).text).toContain('Mevlüt Çavuşoğlu');
  });

  test('stray bytes in UTF-8 are counted and become U+FFFD, not mojibake', () => {
    const decoded = decodeText(fixture('invalid-utf8.txt'));
    expect(decoded).toEqual({ text: EXPECTED['invalid-utf8.txt'], encoding: 'utf-8', invalidSequences: 3, binary: false, guessed: false });
    expect(decoded.text).toContain('the café-side talks');
    expect(decoded.text).not.toMatch(/Ã|â€/);
  });

  test('a PNG renamed .txt is binary, not decoded', () => {
    expect(decodeText(fixture('png-renamed.txt'))).toEqual({
      text: '',
      encoding: 'binary',
      invalidSequences: 0,
      binary: true,
      guessed: false,
      note: 'binary data, not text: PNG image',
    });
  });
});

describe('decodeText: UTF-8 and byte-order marks', () => {
  test.each([
    ['', ''],
    ['Hi', 'Hi'],
    ['Wang Yi met Sergey Lavrov.\r\n', 'Wang Yi met Sergey Lavrov.\r\n'],
  ])('ASCII %j stays utf-8', (input, text) => {
    expect(decodeText(bytesOf(input))).toEqual({ text, encoding: 'utf-8', invalidSequences: 0, binary: false, guessed: false });
  });

  test.each([
    ['utf-32le', 'utf32le'],
    ['utf-32be', 'utf32be'],
  ] as const)('a %s BOM is honoured, supplementary characters included', (encoding, iconvName) => {
    const decoded = decodeText(iconv.encode('Wang Yi 王毅 𠀀\n', iconvName, { addBOM: true }));
    expect(decoded).toMatchObject({ text: 'Wang Yi 王毅 𠀀\n', encoding, invalidSequences: 0, guessed: false });
  });

  test('a UTF-8 BOM wins even over bad bytes, which are counted', () => {
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf], 'A', [0xff], 'B'))).toMatchObject({ text: 'A\uFFFDB', encoding: 'utf-8', invalidSequences: 1 });
  });

  test('a truncated last UTF-16 code unit is counted', () => {
    expect(decodeText(bytesOf([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00, 0x41]))).toMatchObject({ text: 'ab\uFFFD', encoding: 'utf-16le', invalidSequences: 1 });
  });

  test.each([
    ['utf-8', bytesOf('a \uFFFD b')],
    ['utf-16le', bytesOf([0xff, 0xfe], [...Buffer.from('a \uFFFD b', 'utf16le')])],
  ])('a U+FFFD really in the %s source is not counted as invalid', (encoding, bytes) => {
    expect(decodeText(bytes)).toMatchObject({ text: 'a \uFFFD b', encoding, invalidSequences: 0 });
  });
});

describe('decodeText: UTF-16 without a BOM', () => {
  test.each([
    ['Latin', 'Wang Yi met Sergey Lavrov in Montreux.\n'],
    // Mostly Chinese: the only NULs are the high bytes of the spaces and digits.
    ['Chinese', '王毅同俄罗斯外长拉夫罗夫举行会谈。双方就中俄关系交换意见。 2014 年 1 月'],
  ])('%s text is found from where its NUL bytes fall, LE and BE', (_, text) => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const note = (encoding: string): string => `decoded as ${encoding} (guessed: no byte-order mark, but NUL bytes on every other byte)`;
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le', invalidSequences: 0, binary: false, guessed: true, note: note('utf-16le') });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be', invalidSequences: 0, binary: false, guessed: true, note: note('utf-16be') });
  });
});

describe('decodeText: legacy encodings', () => {
  const RUSSIAN = 'Министр иностранных дел России Сергей Лавров провёл переговоры с Ван И в Москве. Стороны обсудили двусторонние отношения.';
  test.each([
    ['shift_jis', '王毅外相はロシアのラブロフ外相と会談した。両外相は二国間関係について意見を交換した。'],
    ['euc-kr', '왕이 외교부장은 러시아 라브로프 외무장관과 회담했다. 양측은 양자 관계에 대해 의견을 교환했다.'],
    ['windows-1251', RUSSIAN],
    ['koi8-r', RUSSIAN],
  ])('%s is guessed and decoded exactly', (encoding, text) => {
    expect(decodeText(iconv.encode(text, encoding))).toMatchObject({ text, encoding, invalidSequences: 0, guessed: true });
  });

  test('ISO-8859-1 is read as windows-1252', () => {
    const text = "Foreign Minister Wang Yi met with Foreign Minister Laurent Fabius in Paris. The café talks were held at the Quai d'Orsay.\n";
    expect(decodeText(Buffer.from(text, 'latin1'))).toMatchObject({ text, encoding: 'windows-1252', invalidSequences: 0, guessed: true });
  });

  test('a stray byte bad in every reading stays a counted U+FFFD under UTF-8, not a windows-1252 guess', () => {
    const bytes = bytesOf('Wang Yi met Sergey Lavrov in Montreux. ', [0x81], ' The two sides talked.\n');
    expect(decodeText(bytes)).toEqual({
      text: 'Wang Yi met Sergey Lavrov in Montreux. \uFFFD The two sides talked.\n',
      encoding: 'utf-8',
      invalidSequences: 1,
      binary: false,
      guessed: false,
    });
  });

  test('UTF-8 with one windows-1252 byte stays UTF-8: the byte is counted, the rest is not turned into "cafÃ©"', () => {
    // windows-1252 reads every byte here without a U+FFFD, so only the UTF-8 majority rule keeps it out.
    const bytes = bytesOf('Wang Yi met Sergey Lavrov in Montreux — the café talks were long. ', [0xe9], ' The two sides talked.\n');
    expect(decodeText(bytes)).toMatchObject({
      text: 'Wang Yi met Sergey Lavrov in Montreux — the café talks were long. \uFFFD The two sides talked.\n',
      encoding: 'utf-8',
      invalidSequences: 1,
      guessed: false,
    });
  });

  test('too short for chardet to guess: reported as undecodable, not guessed', () => {
    expect(decodeText(Buffer.from('Café', 'latin1'))).toMatchObject({ text: 'Caf\uFFFD', encoding: 'utf-8', invalidSequences: 1, guessed: false });
  });
});

describe('decodeText: binary data', () => {
  test('a PDF is recognised by its signature, though it starts as text', () => {
    expect(decodeText(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'latin1'))).toMatchObject({ binary: true, text: '', note: 'binary data, not text: PDF document' });
  });

  test('many control bytes make binary, with their share in the note', () => {
    expect(decodeText(new Uint8Array(100))).toMatchObject({ binary: true, encoding: 'binary', note: 'binary data, not text: 100% control bytes' });
  });

  test('one NUL in a long text does not', () => {
    const decoded = decodeText(bytesOf('x'.repeat(500), [0], 'y'.repeat(500)));
    expect(decoded).toMatchObject({ binary: false, encoding: 'utf-8', invalidSequences: 0 });
    expect(decoded.text).toHaveLength(1001);
  });
});

describe('decodeText: promises', () => {
  // mulberry32: a small seeded generator, so a failure can be replayed.
  const random = (seed: number) => (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  test('never throws, and every result is consistent', () => {
    const next = random(42);
    for (let run = 0; run < 300; run++) {
      // Mostly ASCII with some high and control bytes, the inputs where the heuristics meet.
      const bytes = Uint8Array.from({ length: Math.floor(next() * 400) }, () => {
        const r = next();
        return r < 0.7 ? 0x20 + Math.floor(next() * 0x5f) : r < 0.95 ? 0x80 + Math.floor(next() * 0x80) : Math.floor(next() * 0x20);
      });
      const decoded: DecodedText = decodeText(bytes);
      expect(decoded.invalidSequences).toBeGreaterThanOrEqual(0);
      expect(decoded.invalidSequences).toBeLessThanOrEqual((decoded.text.match(/\uFFFD/g) ?? []).length);
      expect(decoded.binary).toBe(decoded.encoding === 'binary');
      if (decoded.binary) expect(decoded.text).toBe('');
      expect(decoded.guessed).toBe(decoded.note !== undefined && !decoded.binary);
    }
  });
});
