import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../src/ingest/clean-document.ts';
import { detectNonBulletin } from '../../../src/ingest/detect-non-bulletin.ts';

const BULLETIN =
  'Wang Yi Meets with Foreign Minister of Russia\n\nIn the evening of January 21, 2014, Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux.\n\nWang Yi said that the two sides should work together.';

describe('detectNonBulletin', () => {
  test('a bulletin is kept', () => expect(detectNonBulletin(cleanDocument(BULLETIN))).toBeUndefined());

  test.each([
    ['在2022年新年来临之际,国务委员兼外长王毅与俄罗斯外长拉夫罗夫互致新年贺电。王毅表示,中俄关系保持高水平运行。', /not in English/],
    ['El encuentro tuvo lugar la víspera al margen de la Reunión de Cancilleres del G20, que se celebró en Johannesburgo los días 20 y 21 del corriente mes. Según un comunicado, Lavrov y Wang valoraron altamente el diálogo.', /not in English/],
    ['BRICS Summit 2024 live updates: Prime Minister Narendra Modi and President Xi Jinping are set to hold talks today.\n\nThe meeting marks the first formal interaction.', /live blog/],
    ['Briefing by Foreign Ministry Spokesperson Maria Zakharova, September 10, 2015\n\nThe Mongolian Foreign Minister will pay a working visit to Russia on September 10-12. Talks will take place.', /spokesperson briefing/],
    [
      'Wang Yi held a meeting on Monday with Foreign Secretary Vikram Misri in Beijing.\nWang Yi met Foreign Secretary Misri on Monday in Beijing to promote understanding.\nMarco Rubio spoke with Wang Yi by phone on Friday, the ministry said.\nChina’s top diplomat spoke with Secretary of State Marco Rubio in a phone call on Friday.\nThe two sides discussed ties.',
      /story openings/,
    ],
    ['China\'s foreign minister, Wang Yi, to visit Nigeria\nChina’s Foreign Minister Wang Yi visited Namibia on Monday and hailed the friendship, and is also expected to visit Nigeria as he tours\nby Segun Adewole\nRead More', /listing teaser/],
    ['October 2018 (14)\nSeptember 2018 (8)\nAugust 2018 (11)\n\nToday I had another meeting with the US Secretary of State John Kerry. We talked about Ukraine.', /archive listing/],
    ['Home > News\n\nSuggest To A Friend', /no text/],
  ])('%#: rejected', (text, reason) => {
    expect(detectNonBulletin(cleanDocument(text))).toMatch(reason);
  });
});
