import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../../src/ingest/clean-document.ts';
import { findReference, parseCompactDate, parseStampDate } from '../../../../src/ingest/date/find-reference.ts';

describe('parseStampDate', () => {
  test.each([
    ['Updated: 2013-09-05 16:40', '2013-09-05'],
    ['Source:Xinhua Published: 2019/3/8 10:26:05', '2019-03-08'],
    ['08:30, November 15, 2009', '2009-11-15'],
    ['Wednesday, March 11, 2009', '2009-03-11'],
    ['17 July 202018:33', '2020-07-17'],
    ['2023-07-11 - SPA -', '2023-07-11'],
    ['Tue 06th July 2021', '2021-07-06'],
    ['Source: CCTV.com | 12-14-2006 08:27', '2006-12-14'],
    ['2017-07-08 21:58 GMT+8', '2017-07-08'],
    ['By Roger Runningen and Michael Forsythe - Jan 19, 2011 9:41 AM ET', '2011-01-19'],
    // Epoch milliseconds, read in UTC (04:25 the next morning in Beijing).
    ['1527020713000', '2018-05-22'],
    // An epoch outside the years of bulletins is a number, not a date.
    ['9999999999999', undefined],
    ['[12:15 p.m.]', undefined],
  ])('%j → %j', (line, expected) => {
    expect(parseStampDate(line)).toBe(expected);
  });
});

describe('parseCompactDate', () => {
  test.each([
    ['20161230', '2016-12-30'],
    ['https://sputnikglobe.com/20230918/lavrov-and-wang-yi-1113447348.html', '2023-09-18'],
    ['http://www.chinadaily.com.cn/world/2017-04/12/content_28894331.htm', '2017-04-12'],
    ['https://example.com/news/1113447348.html', undefined],
    ['20231340', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseCompactDate(text)).toBe(expected);
  });
});

describe('findReference', () => {
  test.each([
    // The crawl header's day.
    [' date 2023-04-05 Chinese, Russian Prime Ministers Hold Telephone Conversation\nBEIJING, April 4. /TASS/. Li Qiang held a telephone conversation with Mishustin on Tuesday, Chinese TV said.\n', { anchor: '2023-04-05', published: '2023-04-05' }],
    // A month-only header made a day by the URL beside it.
    [' date 2023-09 https://sputnikglobe.com/20230918/lavrov-holds-talks-1113447348.html\nSputnik is live as Lavrov holds talks with Wang Yi in Moscow, the ministry said on its website.\n', { anchor: '2023-09-18', published: '2023-09-18' }],
    // A month-only header alone.
    [' date 2023-09\nSputnik is live as Lavrov holds talks with Wang Yi in Moscow, the ministry said on its website.\n', { anchor: '2023-09' }],
    // The opaque stamp's first eight digits.
    ['2016123005\n\nWang Yi has congratulated Lavrov with New Year, expressing readiness to strengthen cooperation.\n', { anchor: '2016-12-30', published: '2016-12-30' }],
    // Of several stamps the latest: an old date on the page is a forum member's join date.
    ["What's new\n\nHu Is Formally Welcomed\n\nMar 24, 2007\nBy Roger Runningen and Michael Forsythe - Jan 19, 2011 9:41 AM ET\n\nChinese President Hu Jintao was formally welcomed to the White House for his first state visit to the U.S.\n", { anchor: '2011-01-19', published: '2011-01-19' }],
    // A dateline with a year.
    ['BALI, 09 July 2022, (TON): US Secretary of State Antony Blinken and Wang Yi met for talks after attending a G20 meeting.\n', { anchor: '2022-07-09', published: '2022-07-09' }],
    // An archive label gives the year; a copyright line does not.
    ['2007 News Story\n\nForeign Minister meets with Secretary Rice\n\nPrince Saud Al-Faisal met with US Secretary of State Condoleezza Rice in Sharm El-Sheikh, Egypt, today.\n', { anchor: '2007' }],
    ['Bush greets Hu\n\nPresident Bush today greeted Chinese President Hu Jintao at the White House with direct appeals for help.\n\nCopyright © 2021 The Washington Times, LLC.\n', {}],
  ])('%j', (text, expected) => {
    expect(findReference(cleanDocument(text))).toEqual(expected);
  });
});
