import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../src/ingest/clean-document.ts';
import { parseKind } from '../../../src/ingest/parse-kind.ts';
import { parseLocation } from '../../../src/ingest/parse-location.ts';

function locate(text: string) {
  const doc = cleanDocument(text);
  return parseLocation(doc, parseKind(doc));
}

describe('parseLocation', () => {
  test.each([
    ['Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux .', { city: 'Montreux', country: 'CH' }],
    ['External Affairs Minister S Jaishankar met his Chinese counterpart Wang Yi on the sidelines of the SCO Summit in Tajikistan’s Dushanbe on Thursday.', { city: 'Dushanbe', country: 'TJ', occasion: 'SCO Summit' }],
    ['Chinese President Xi Jinping held talks with Brazilian President Lula at the Great Hall of the People in Beijing on Friday.', { city: 'Beijing', country: 'CN', venue: 'Great Hall of the People' }],
    ['Turkish President Abdullah Gul on Tuesday received Georgian Foreign Minister Grigol Vashadze in the Turkish capital, Ankara.', { city: 'Ankara', country: 'TR' }],
    ['Chinese Foreign Minister Yang Jiechi met on Saturday with his U.S. counterpart Hillary Clinton in Singapore.', { city: 'Singapore', country: 'SG' }],
    ['Foreign Minister Antony J. Blinken traveled to Shanghai and Beijing, People’s Republic of China, for meetings with President Xi Jinping.', { country: 'CN' }],
    ['Xi is in Tanzania, where he met Sunday with his counterpart, President Jakaya Kikwete.', { country: 'TZ' }],
    ['President Xi Jinping and his U.S. counterpart Barack Obama met in St.Petersburg on the sidelines of the G20 summit.', { city: 'St. Petersburg', country: 'RU', occasion: 'G20 summit' }],
    ['MOSCOW -- Chinese Premier Wen Jiabao and Russian Prime Minister Vladimir Putin held talks here Tuesday.', { city: 'Moscow', country: 'RU' }],
  ])('%s', (text, expected) => {
    expect(locate(text)).toEqual(expected);
  });

  test.each([
    'Chinese President Xi Jinping on Wednesday held a telephone conversation with his U.S. counterpart, Donald Trump, in Beijing.',
    'Wang Yi and Sergey Lavrov exchanged New Year congratulatory messages in Moscow.',
    // The dateline is where the story was filed, not where the event happened.
    'NEW DELHI: External Affairs Minister S Jaishankar met his counterpart Wang Yi on Thursday.',
    // A place that is a topic of the talks is not where they were held.
    'The two ministers met to discuss the war in Ukraine.',
  ])('no place: %s', (text) => {
    expect(locate(text)).toBeNull();
  });
});
