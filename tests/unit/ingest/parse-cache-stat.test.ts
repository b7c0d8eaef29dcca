/**
 * Change detection by stat: a file is taken as unchanged only when size, both times, inode and
 * device all match, and only when its last change was long enough before the run that a
 * second change could not hide inside the same timestamp. The file index is read back only for
 * the folder it was made for.
 */
import { describe, expect, test } from 'vitest';
import { isStatSettled, parseFileIndex, RACY_WINDOW_NS, sameStat, toFileIndexJson, type FileStat } from '../../../src/ingest/parse-cache.ts';

const stat: FileStat = { size: '1234', mtimeNs: '1700000000000000000', ctimeNs: '1700000000500000000', ino: '42', dev: '2049' };
const SHA = 'a'.repeat(64);

describe('sameStat', () => {
  test('equal stats are the same file', () => {
    expect(sameStat(stat, { ...stat })).toBe(true);
  });

  test('any field that differs is a change, the status time included', () => {
    for (const key of Object.keys(stat) as (keyof FileStat)[]) {
      expect(sameStat(stat, { ...stat, [key]: `${stat[key]}1` })).toBe(false);
    }
    // Same size, modification time set back: the kernel moved ctime, so it is a change.
    expect(sameStat(stat, { ...stat, ctimeNs: '1700000099000000000' })).toBe(false);
  });
});

describe('isStatSettled', () => {
  const newest = BigInt(stat.ctimeNs);

  test('a file changed within the racy window before the run is hashed again next time', () => {
    expect(isStatSettled(stat, newest)).toBe(false);
    expect(isStatSettled(stat, newest + RACY_WINDOW_NS - 1n)).toBe(false);
    expect(isStatSettled(stat, newest + RACY_WINDOW_NS)).toBe(true);
  });

  test('the later of the two times counts, and a time in the future never settles', () => {
    const later = { ...stat, mtimeNs: String(newest + 10n * RACY_WINDOW_NS) };
    expect(isStatSettled(later, newest + 2n * RACY_WINDOW_NS)).toBe(false);
    expect(isStatSettled(stat, newest - 1n)).toBe(false);
  });
});

describe('the file index', () => {
  const files = new Map([['a.txt', { ...stat, sha256: SHA }]]);

  test('reads back what was written, for the same folder only', () => {
    const json = toFileIndexJson('/in', files);
    expect(parseFileIndex(json, '/in')).toEqual(files);
    expect(parseFileIndex(json, '/other').size).toBe(0);
  });

  test('a broken index or a malformed record is ignored, not trusted', () => {
    expect(parseFileIndex('{"format":3,"input":"/in","files":{', '/in').size).toBe(0);
    expect(parseFileIndex('', '/in').size).toBe(0);
    const bad = toFileIndexJson('/in', new Map([['a.txt', { ...stat, sha256: 'not a hash' }], ['b.txt', { ...stat, sha256: SHA }]]));
    expect([...parseFileIndex(bad, '/in').keys()]).toEqual(['b.txt']);
    expect(parseFileIndex(toFileIndexJson('/in', files).replace('"format":3', '"format":2'), '/in').size).toBe(0);
  });
});
