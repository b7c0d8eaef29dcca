import { describe, expect, test } from 'vitest';
import { parseHeader } from '../../../src/ingest/parse-header.ts';

describe('parseHeader', () => {
  test.each([
    [' date 2021-01-05 Upon the coming of the New Year', { date: '2021-01-05' }, 'Upon the coming of the New Year\n'],
    [' date 2023-09 https://example.org/20230918/a.html\n\nText', { date: '2023-09', url: 'https://example.org/20230918/a.html' }, '\nText'],
    ['2016123005\n\nChinese Foreign Minister', { stamp: '2016123005' }, '\nChinese Foreign Minister'],
    ['Home > News\nTitle', {}, 'Home > News\nTitle'],
  ])('%j', (input, header, text) => {
    const split = parseHeader(input.includes('\n') ? input : `${input}\n`);
    expect(split.header).toEqual(header);
    expect(split.text).toBe(text);
  });
});
