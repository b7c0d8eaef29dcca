import { describe, expect, test } from 'vitest';
import type { Kind } from '../../../../src/schema/entry.ts';
import { cleanDocument } from '../../../../src/ingest/clean-document.ts';
import { parseEventDate, type EventDate } from '../../../../src/ingest/parse-date.ts';

/** Parses the event date of a small raw bulletin. */
function dateOf(raw: string, kind: Kind = 'meeting'): EventDate {
  return parseEventDate(cleanDocument(raw), kind);
}

describe('parseEventDate', () => {
  test.each<[string, string, EventDate]>([
    [
      'a weekday under a header dated the day after',
      ' date 2025-05-14\nChinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva, who is on a state visit to China, in Beijing on Tuesday.\n',
      { date: '2025-05-13', datePrecision: 'day', published: '2025-05-14' },
    ],
    [
      "a weekday on the header's own day",
      ' date 2019-12-31 Photo: Xinhua\nChinese President Xi Jinping and his Russian counterpart Vladimir Putin on Tuesday exchanged congratulatory messages on the coming New Year.\n',
      { date: '2019-12-31', datePrecision: 'day', published: '2019-12-31' },
    ],
    [
      'a TASS dateline a day before the header',
      ' date 2023-04-05 Chinese, Russian Prime Ministers Hold Telephone Conversation\nThe 27th regular meeting between the heads of the governments was held on December 5 last year by video link\nBEIJING, April 4. /TASS/. The Premier of China’s State Council, Li Qiang, has held a telephone conversation with Russian Prime Minister Mikhail Mishustin on Tuesday, China’s central television said.\n',
      { date: '2023-04-04', datePrecision: 'day', published: '2023-04-05' },
    ],
    [
      'a Xinhua dateline and no date in the lead',
      ' date 2024-10-22\nKazan [Russia], October 22 : Chinese President Xi Jinping met and held a bilateral meeting with Russian President Vladimir Putin in Kazan, Russia, on the sidelines of the 16th BRICS Summit.\n',
      { date: '2024-10-22', datePrecision: 'day', published: '2024-10-22' },
    ],
    [
      'a yearless dateline and lead with no dated anchor',
      'MOSCOW, August 7. /TASS/. Russian Foreign Minister Sergey Lavrov telephoned his Chinese counterpart Wang Yi and congratulated him on his appointment. On August 7, the ministers discussed bilateral ties.\n',
      {},
    ],
    [
      'a month-first prose date',
      'Wang Yi Meets with Foreign Minister of Russia\n\nIn the evening of January 21, 2014, Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux.\n',
      { date: '2014-01-21', datePrecision: 'day' },
    ],
    [
      'an abbreviated prose date',
      'President Hu Jintao Attends the Welcome Banquet\n\nOn Jan. 19, 2011, President Hu Jintao attended the welcome banquet hosted by U.S. President Barack Obama at the White House.\n',
      { date: '2011-01-19', datePrecision: 'day' },
    ],
    [
      'a day-first prose date given its year by the header',
      ' date 2023-03-22\nOn 21 March local time, President Xi Jinping met with reporters after talks with Russian President Putin in the Moscow Kremlin.\n',
      { date: '2023-03-21', datePrecision: 'day', published: '2023-03-22' },
    ],
    [
      'a day-first prose date with no year anywhere',
      'Moscow, 3 Mar (Xinhua) -- On 21 March local time, President Xi Jinping met with reporters after talks with Russian President Putin in the Moscow Kremlin.\n',
      {},
    ],
    [
      'a stamp with the clock fused to the year',
      '17 July 202018:33\n\nPress release on Foreign Minister Sergey Lavrov’s telephone conversation with Foreign Minister of China Wang Yi\n\nOn July 17, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of China Wang Yi.\n',
      { date: '2020-07-17', datePrecision: 'day', published: '2020-07-17' },
    ],
    [
      'an epoch-millisecond stamp and "today"',
      'Wang Yi meets Pompeo in Washington\nCGTN\n1527020713000\n\nChinese Foreign Minister Wang Yi met with US Secretary of State Mike Pompeo today in Washington, the ministry said in a statement.\n',
      { date: '2018-05-22', datePrecision: 'day', published: '2018-05-22' },
    ],
    [
      'a US-style stamp and an undated lead: the month of publication',
      'President Hu Jintao meets former US President George Bush\nSource: CCTV.com | 12-14-2006 08:27\n\nChinese President Hu Jintao has met former US President George Bush in Beijing, discussing China-US relations and trade.\n',
      { date: '2006-12', datePrecision: 'month', published: '2006-12-14' },
    ],
    [
      'a stamp line and "today"',
      'Wednesday, March 11, 2009\n\nMeeting with Foreign Minister Yang Jiechi\n\nSecretary Clinton hosted China’s Minister of Foreign Affairs Yang Jiechi today at the State Department.\n',
      { date: '2009-03-11', datePrecision: 'day', published: '2009-03-11' },
    ],
    [
      'a publication stamp the day after, and a caption of the event',
      'Chinese, U.S. foreign ministers meet in Singapore\n\n08:30, November 15, 2009\n\nChinese Foreign Minister Yang Jiechi (R) meets with U.S. Secretary of State Hillary Clinton in Singapore Nov. 14, 2009. (Xinhua/Xu Jinquan)\n\nChinese Foreign Minister Yang Jiechi met on Saturday with his U.S. counterpart Hillary Clinton, and the two exchanged views on bilateral ties.\n',
      { date: '2009-11-14', datePrecision: 'day', published: '2009-11-15' },
    ],
    [
      'a weekday with no dated anchor',
      'Xi meets Putin in Beijing\n\nChinese President Xi Jinping on Tuesday met with Russian President Vladimir Putin in Beijing, the two sides said in a statement.\n',
      {},
    ],
    [
      'a weekday beside a background date of another weekday',
      'Xi meets Putin\n\nChinese President Xi Jinping on Tuesday met with Russian President Vladimir Putin in Beijing, the two sides said in a statement.\n\nThe two countries signed the Treaty of Good-Neighborliness on July 16, 2001, in Moscow, which laid the foundation of the relationship.\n',
      {},
    ],
    [
      'a weekday placed by the only printed date, a tweet signature',
      'New Delhi: External Affairs Minister S Jaishankar met his Chinese counterpart Wang Yi in Dushanbe on Thursday.\n\nEmphasized that India does not subscribe to any clash of civilisations theory. — Dr. S. Jaishankar (@DrSJaishankar) September 16, 2021\n',
      { date: '2021-09-16', datePrecision: 'day' },
    ],
    [
      'a caption of an earlier event: only the month',
      'Xi, Trump talk over phone on Peninsula, Syria issues\nChinese President Xi Jinping (R) and his US counterpart Donald Trump (L) take a walk in the Mar-a-Lago resort in Florida, the United States, April 7, 2017. [Photo/Xinhua] |\nBEIJING - Chinese President Xi Jinping Wednesday talked with his US counterpart Donald Trump over phone on issues of Korean Peninsula and Syria.\n',
      { date: '2017-04', datePrecision: 'month' },
    ],
    [
      'a caption of the event that agrees with the stamp',
      'Chinese premier holds talks with German chancellor\n\nUpdated: 2015-10-29 16:05\n\nPremier Li Keqiang holds talks with German Chancellor Angela Merkel at the Great Hall of the People in Beijing, Oct 29, 2015. [Photo/Xinhua]\n\nGerman Ambassador to China Michael Clauss says Merkel keeps "a very close friendship" with Chinese leaders, including Li.\n',
      { date: '2015-10-29', datePrecision: 'day', published: '2015-10-29' },
    ],
    [
      'a New Year greeting: the December before',
      ' date 2021-01-05\nUpon the coming of the New Year of 2021, State Councilor and Foreign Minister Wang Yi and Russian Foreign Minister Sergey Lavrov exchanged New Year congratulatory messages.\n',
      { date: '2020-12', datePrecision: 'month', published: '2021-01-05' },
    ],
    [
      'a year-only archive label and "today"',
      '2007 News Story\n\nForeign Minister meets with Secretary Rice in Sharm El-Sheikh\n\nMinister of Foreign Affairs Prince Saud Al-Faisal met with US Secretary of State Condoleezza Rice in Sharm El-Sheikh, Egypt, today.\n',
      { date: '2007', datePrecision: 'year' },
    ],
    [
      'a visit range: its first day',
      'Photo of the Week: President Obama Welcomes President Hu of China\n\nPosted by DipNote Bloggers\nJanuary 22, 2011\n\nThis week’s photograph captures the two presidents. President Obama hosted President Hu in Washington, DC for an official State Visit from January 18 to 21.\n',
      { date: '2011-01-18', datePrecision: 'day', published: '2011-01-22' },
    ],
    [
      'an announcement: the day it was made, not the day planned',
      ' date 2021-11-13\nXi to meet Biden via video link\nBEIJING, Nov. 13 (Xinhua) -- Chinese President Xi Jinping will meet with U.S. President Joe Biden via video link on the morning of Nov. 16 (Beijing Time), Foreign Ministry spokesperson Hua Chunying said here Saturday.\n',
      { date: '2021-11-13', datePrecision: 'day', published: '2021-11-13' },
    ],
    [
      'an announcement with no date of its own: the month of publication',
      'Chinese Foreign Minister Wang Yi to visit US\nCGTN\n1527020713000\n\nChinese State Councilor and Foreign Minister Wang Yi will be visiting Washington DC on May 23 to discuss issues concerning both the US and China, says spokesman Lu Kang.\n\nWang Yi attended the Group of 20 (G20) ministerial meeting in Buenos Aires on May 20 and 21, addressing issues of multilateralism.\n',
      { date: '2018-05', datePrecision: 'month', published: '2018-05-22' },
    ],
    [
      'a side event in a relative clause',
      ' date 2019-03-08\nXi Jinping, who arrived in Moscow on Monday, met with Russian President Vladimir Putin on Tuesday at the Kremlin.\n',
      { date: '2019-03-05', datePrecision: 'day', published: '2019-03-08' },
    ],
    [
      'a currency widget date in the page chrome',
      'Xi attends video summit with French, German leaders\nCurrency rates from 10/09/2025\n$1 – 12355.14\n\nTashkent, Uzbekistan (UzDaily.com) -- Chinese President Xi Jinping attended a video summit with French President Emmanuel Macron and German Chancellor Angela Merkel in Beijing on Friday, Xinhua reported.\n',
      {},
    ],
    [
      'a month-only header and a weekday: the month',
      ' date 2023-09\nRussian Foreign Minister Sergey Lavrov held talks with his Chinese counterpart Wang Yi on Monday in Moscow, the ministry said.\n',
      { date: '2023-09', datePrecision: 'month' },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(dateOf(raw)).toEqual(expected);
  });

  test('a statement is dated by the saying, from the first sentence', () => {
    const raw = ' date 2024-06-12\nForeign Ministry spokesperson Lin Jian said on Tuesday that China will host the talks on June 20.\n';
    expect(dateOf(raw, 'statement')).toEqual({ date: '2024-06-11', datePrecision: 'day', published: '2024-06-12' });
  });

  test.each([
    [''],
    ['\n\n\n'],
    ['date 9999-99-99\n'],
    ['On February 30, 2020 and 31 June, 2019-13-45, 1527020713000000 today yesterday'],
    ['2016129999\n\nMonday Tuesday Wednesday'],
  ])('never throws and returns a well-formed answer on %j', (raw) => {
    const result = dateOf(raw);
    if (result.date !== undefined) expect(result.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(result.date === undefined).toBe(result.datePrecision === undefined);
  });
});
