import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../src/ingest/clean-document.ts';
import { parseKind } from '../../../src/ingest/parse-kind.ts';
import { parseLocation } from '../../../src/ingest/parse-location.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import { curatedRegistry } from '../registry/curated-registry.ts';

const registry = curatedRegistry();

function locate(text: string, from: Registry = registry) {
  const doc = cleanDocument(text);
  return parseLocation(doc, parseKind(doc), from);
}

/** The location without the id and coordinates derived from it, for the tables that are about finding the place. */
function where(text: string) {
  const { location } = locate(text);
  if (location === null) return null;
  const { place: _place, coordinates: _coordinates, ...rest } = location;
  return rest;
}

describe('parseLocation: finding the place', () => {
  test.each([
    ['Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux .', { city: 'Montreux', country: 'CH' }],
    ['External Affairs Minister S Jaishankar met his Chinese counterpart Wang Yi on the sidelines of the SCO Summit in Tajikistan’s Dushanbe on Thursday.', { city: 'Dushanbe', country: 'TJ', occasion: 'SCO Summit' }],
    ['Chinese President Xi Jinping held talks with Brazilian President Lula at the Great Hall of the People in Beijing on Friday.', { city: 'Beijing', country: 'CN', venue: 'Great Hall of the People' }],
    ['Turkish President Abdullah Gul on Tuesday received Georgian Foreign Minister Grigol Vashadze in the Turkish capital, Ankara.', { city: 'Ankara', country: 'TR' }],
    ['Chinese Foreign Minister Yang Jiechi met on Saturday with his U.S. counterpart Hillary Clinton in Singapore.', { city: 'Singapore', country: 'SG' }],
    ['Foreign Minister Antony J. Blinken traveled to Shanghai and Beijing, People’s Republic of China, for meetings with President Xi Jinping.', { country: 'CN' }],
    ['Xi is in Tanzania, where he met Sunday with his counterpart, President Jakaya Kikwete.', { country: 'TZ' }],
    ['President Xi Jinping and his U.S. counterpart Barack Obama met in St.Petersburg on the sidelines of the G20 summit.', { city: 'St. Petersburg', country: 'RU', occasion: 'G20 Summit' }],
    ['MOSCOW -- Chinese Premier Wen Jiabao and Russian Prime Minister Vladimir Putin held talks here Tuesday.', { city: 'Moscow', country: 'RU' }],
    // Names the gazetteer knows only in another spelling or sense, from the registry.
    ['Foreign Minister Wang Yi met Foreign Minister Sergey Lavrov in Geneva on Monday.', { city: 'Geneva', country: 'CH' }],
    ['President Xi Jinping held talks with President Lula in Brasilia on Wednesday.', { city: 'Brasilia', country: 'BR' }],
    ['US President Barack Obama met Chinese President Xi Jinping at Camp David.', { country: 'US', venue: 'Camp David' }],
  ])('%s', (text, expected) => {
    expect(where(text)).toEqual(expected);
  });

  test.each([
    'Chinese President Xi Jinping on Wednesday held a telephone conversation with his U.S. counterpart, Donald Trump, in Beijing.',
    'Wang Yi and Sergey Lavrov exchanged New Year congratulatory messages in Moscow.',
    // The dateline is where the story was filed, not where the event happened.
    'NEW DELHI: External Affairs Minister S Jaishankar met his counterpart Wang Yi on Thursday.',
    // A place that is a topic of the talks is not where they were held.
    'The two ministers met to discuss the war in Ukraine.',
  ])('no place: %s', (text) => {
    expect(locate(text)).toEqual({ location: null, flags: [] });
  });

  test('venues come from the registry it is given', () => {
    const noVenues: Registry = { ...registry, venues: [] };
    const text = 'Chinese President Xi Jinping held talks with Brazilian President Lula at the Diaoyutai State Guesthouse in Beijing on Friday.';
    expect(locate(text).location).toMatchObject({ city: 'Beijing', country: 'CN', venue: 'Diaoyutai State Guesthouse' });
    expect(locate(text, noVenues).location).toMatchObject({ city: 'Beijing', country: 'CN' });
    expect(locate(text, noVenues).location).not.toHaveProperty('venue');
  });
});

describe('parseLocation: place ids and coordinates', () => {
  test('a city gets its id and the coordinates of the GeoNames town it resolved to', () => {
    const { location } = locate('Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux .');
    expect(location?.place).toBe('montreux-ch');
    expect(location?.coordinates?.lat).toBeCloseTo(46.43, 2);
    expect(location?.coordinates?.lon).toBeCloseTo(6.91, 2);
  });

  test('a venue in a city is placed at the city', () => {
    const { location } = locate('Chinese President Xi Jinping held talks with Brazilian President Lula at the Great Hall of the People in Beijing on Friday.');
    expect(location?.place).toBe('beijing-cn');
    expect(location?.coordinates?.lat).toBeCloseTo(39.91, 2);
    expect(location?.coordinates?.lon).toBeCloseTo(116.40, 2);
  });

  test('a venue outside any city is placed where the registry puts it, with no place id', () => {
    const { location } = locate('US President Barack Obama met Chinese President Xi Jinping at Camp David.');
    expect(location).not.toHaveProperty('place');
    expect(location?.coordinates).toEqual({ lat: 39.6483, lon: -77.465 });
  });

  test('a country alone is placed at the country’s centre, with no place id', () => {
    const { location } = locate('Xi is in Tanzania, where he met Sunday with his counterpart, President Jakaya Kikwete.');
    expect(location).toEqual({ country: 'TZ', coordinates: { lat: -6, lon: 35 } });
  });

  test.each([
    ['President Xi Jinping and his U.S. counterpart Barack Obama met in St.Petersburg on Friday.', 'saint-petersburg-ru'],
    ['President Putin met President Xi in Saint Petersburg on Friday.', 'saint-petersburg-ru'],
    ['President Trump met President Xi at the White House.', 'washington-us'],
    ['President Bush met President Hu in Washington, D.C. on Thursday.', 'washington-us'],
    ['Foreign Minister Wang Yi met Foreign Minister Lavrov in Sharm El-Sheikh, Egypt.', 'sharm-el-sheikh-eg'],
    ['Foreign Minister Wang Yi met Foreign Minister Vieira in São Paulo.', 'sao-paulo-br'],
  ])('place id of %j is %s: ASCII, every spelling of a city alike', (text, place) => {
    expect(locate(text).location?.place).toBe(place);
  });

  test('the coordinates of a curated name come from the registry', () => {
    expect(locate('The leaders met in Bali on Tuesday.').location).toEqual({
      city: 'Bali',
      country: 'ID',
      place: 'bali-id',
      coordinates: { lat: -8.65, lon: 115.2167 },
    });
  });
});

describe('parseLocation: occasions', () => {
  test.each([
    ['Xi met Obama on the sidelines of the 2016 G20 summit in Hangzhou on Sunday.', 'G20 Summit'],
    ['Xi met Modi on the sidelines of the 16th BRICS Summit in Kazan.', 'BRICS Summit'],
    ['Wang Yi met Jaishankar on the sidelines of the SCO Council of Foreign Ministers meeting in Tashkent.', "SCO Foreign Ministers' Meeting"],
    ['Wang Yi met Blinken on the sidelines of the G20 foreign ministers’ meeting in Bali.', "G20 Foreign Ministers' Meeting"],
    ['Hu met Obama on the sidelines of the 19th APEC Economic Leaders’ Meeting in Honolulu.', "APEC Economic Leaders' Meeting"],
    ['Yang met Clinton on the sidelines of the General Debate of the 67th Session of the UN General Assembly in New York.', 'UN General Assembly'],
    ['Wang met Blinken on the sidelines of the Munich Security Conference.', 'Munich Security Conference'],
  ])('%s → %s', (text, occasion) => {
    expect(locate(text).location?.occasion).toBe(occasion);
  });

  test('an occasion the registry does not know is kept as written', () => {
    expect(locate('Xi met Putin on the sidelines of the Valdai Discussion Club meeting in Sochi.').location?.occasion).toBe('Valdai Discussion Club meeting');
  });
});

describe('parseLocation: names that fit towns of several countries', () => {
  const GEORGETOWN = 'ambiguous place "Georgetown": Guyana (GY), Malaysia (MY), United States (US), Cayman Islands (KY)';

  test('left without a city and flagged when nothing decides', () => {
    expect(locate('The two ministers met in Georgetown on Monday.')).toEqual({ location: null, flags: [GEORGETOWN] });
  });

  test('decided by a country the sentence names', () => {
    expect(where('Chinese Vice Premier Wang met Guyanese President Ali in Georgetown on Monday.')).toEqual({ city: 'Georgetown', country: 'GY' });
  });

  test('decided by the country named beside it', () => {
    expect(where('Wang Yi met the foreign minister in Georgetown, Malaysia, on Monday.')).toEqual({ city: 'Georgetown', country: 'MY' });
  });

  test('decided by a country the rest of the bulletin names', () => {
    const text = 'Wang met the minister in Georgetown on Monday.\n\nWang arrived in Penang, Malaysia, on Sunday for a three-day visit.';
    expect(locate(text)).toMatchObject({ location: { city: 'Georgetown', country: 'MY', place: 'georgetown-my' }, flags: [] });
  });

  test('an undecided dateline is flagged only when the text says the event happened "here"', () => {
    expect(locate('GEORGETOWN, May 3 (Xinhua) -- Vice Premier Wang met President Ali here on Monday.')).toEqual({ location: null, flags: [GEORGETOWN] });
    expect(locate('GEORGETOWN, May 3 (Xinhua) -- Vice Premier Wang met President Ali in Beijing on Monday.')).toMatchObject({
      location: { city: 'Beijing', country: 'CN' },
      flags: [],
    });
  });

  test.each([
    ['Kingston', 'JM'],
    ['London', 'GB'],
    ['Paris', 'FR'],
  ])('a capital far larger than its namesakes is not ambiguous: %s', (city, country) => {
    expect(locate(`The two ministers met in ${city} on Monday.`)).toMatchObject({ location: { city, country }, flags: [] });
  });
});
