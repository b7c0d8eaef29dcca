import { describe, expect, test } from 'vitest';
import { isRetiredPageUrl, listRetiredIds, toReasonSentence, toRedirectsFile, toRetiredJson } from '../../../src/lib/permalinks.ts';
import type { Ledger } from '../../../src/schema/ledger.ts';

const sha = 'a'.repeat(64);
const ledger: Ledger = {
  version: 1,
  sources: { 'f.txt': { id: 'new-1', title: 'New', sha256: sha }, 'g.txt': { id: 'other-2', title: 'Other', sha256: sha } },
  redirects: { 'old-1': 'new-1', 'older-1': 'new-1' },
  withdrawn: { 'gone-3': { title: 'Gone', date: '2014-01', file: 'h.txt', sha256: sha, reason: 'its source file is no longer in the input folder' } },
};

describe('listRetiredIds', () => {
  test('redirects to live pages, and withdrawn ids, sorted', () => {
    expect(listRetiredIds(ledger, new Set(['new-1', 'other-2']))).toEqual({
      moved: [
        { id: 'old-1', to: 'new-1' },
        { id: 'older-1', to: 'new-1' },
      ],
      withdrawn: [{ id: 'gone-3', title: 'Gone', date: '2014-01', file: 'h.txt', sha256: sha, reason: 'its source file is no longer in the input folder' }],
      dangling: [],
    });
  });

  test('a redirect to an id this build lacks gets no page; an id live in this build keeps its own', () => {
    const retired = listRetiredIds(ledger, new Set(['other-2', 'gone-3']));
    expect(retired.moved).toEqual([]);
    expect(retired.dangling.map((m) => m.id)).toEqual(['old-1', 'older-1']);
    expect(retired.withdrawn).toEqual([]);
  });
});

test('toRedirectsFile: a 301 per page and per JSON twin, with the base path', () => {
  expect(toRedirectsFile([{ id: 'old-1', to: 'new-1' }], '/archive/')).toBe(
    [
      '# Former meeting ids and the ids that replaced them, from the id ledger.',
      '/archive/meetings/old-1/ /archive/meetings/new-1/ 301',
      '/archive/meetings/old-1.json /archive/meetings/new-1.json 301',
      '',
    ].join('\n'),
  );
});

test('toRetiredJson: a moved stub names the new id and its URLs; a withdrawn one says what it was', () => {
  const toUrl = (path: string) => `https://example.org${path}`;
  expect(toRetiredJson({ id: 'old-1', to: 'new-1' }, toUrl)).toEqual({
    id: 'old-1',
    status: 'moved',
    redirect: 'new-1',
    url: 'https://example.org/meetings/new-1/',
    json: 'https://example.org/meetings/new-1.json',
  });
  expect(toRetiredJson({ id: 'gone-3', title: 'Gone', file: 'h.txt', sha256: sha, url: 'https://x.org/a', reason: 'r' }, toUrl)).toEqual({
    id: 'gone-3',
    status: 'withdrawn',
    title: 'Gone',
    source: { file: 'h.txt', sha256: sha, url: 'https://x.org/a' },
    reason: 'r',
  });
});

test.each([
  ['https://example.org/archive/meetings/old-1/', true],
  ['https://example.org/archive/meetings/gone-3/', true],
  ['https://example.org/archive/meetings/new-1/', false],
  ['https://example.org/archive/people/old-1/', false],
])('isRetiredPageUrl(%s) is %s', (url, expected) => {
  expect(isRetiredPageUrl(url, ledger)).toBe(expected);
});

test.each([
  ['its source file was rejected: not in English', 'Its source file was rejected: not in English.'],
  ['gone.', 'Gone.'],
])('toReasonSentence(%s)', (reason, sentence) => {
  expect(toReasonSentence(reason)).toBe(sentence);
});
