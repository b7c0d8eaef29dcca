import { describe, expect, test } from 'vitest';
import { toJsonLdScript, toMeetingJsonLd, type MeetingJsonLdSource } from '../../../src/lib/jsonld.ts';

describe('toJsonLdScript', () => {
  test('no text can close the script element or open a comment, and it parses back unchanged', () => {
    const value = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
    const out = toJsonLdScript(value);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(out).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(out)).toEqual(value);
  });
});

const SOURCE: MeetingJsonLdSource = {
  permalink: 'https://example.org/meetings/b/',
  meetingPermalink: 'https://example.org/meetings/a/',
  title: 'Report B',
  meetingTitle: 'Report A',
  date: '2014-01',
  datePrecision: 'month',
  location: { city: 'Montreux', country: 'CH', place: 'montreux-ch', coordinates: { lat: 46.433, lon: 6.9114 } },
  locationCountryName: 'Switzerland',
  participants: [
    { name: 'Wang Yi', person: 'wang-yi', role: 'Foreign Minister', country: 'CN', countryName: 'China', url: 'https://example.org/people/wang-yi/' },
    { name: 'Someone New', person: 'someone-new' },
  ],
  keywords: ['Strategic partnership'],
  siteName: 'Archive',
  siteUrl: 'https://example.org/',
};

type Node = Record<string, unknown>;
const graph = (source: MeetingJsonLdSource) => (toMeetingJsonLd(source) as { '@graph': Node[] })['@graph'];

describe('toMeetingJsonLd', () => {
  test('the event is the meeting: shared @id, month-precision start, place with address and coordinates', () => {
    const [event] = graph(SOURCE);
    expect(event).toMatchObject({
      '@type': 'Event',
      '@id': 'https://example.org/meetings/a/#event',
      name: 'Report A',
      startDate: '2014-01',
      location: {
        '@type': 'Place',
        name: 'Montreux, Switzerland',
        address: { '@type': 'PostalAddress', addressLocality: 'Montreux', addressCountry: 'CH' },
        geo: { '@type': 'GeoCoordinates', latitude: 46.433, longitude: 6.9114 },
      },
    });
  });

  test('attendees carry only what is known', () => {
    const [event] = graph(SOURCE);
    expect(event?.['attendee']).toEqual([
      { '@type': 'Person', name: 'Wang Yi', jobTitle: 'Foreign Minister', nationality: { '@type': 'Country', name: 'China' }, url: 'https://example.org/people/wang-yi/' },
      { '@type': 'Person', name: 'Someone New' },
    ]);
  });

  test('the article is this report, about the event; no publisher or datePublished unless known', () => {
    const [, article] = graph(SOURCE);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Report B',
      url: 'https://example.org/meetings/b/',
      mainEntityOfPage: 'https://example.org/meetings/b/',
      about: { '@id': 'https://example.org/meetings/a/#event' },
      keywords: ['Strategic partnership'],
    });
    expect(article).not.toHaveProperty('publisher');
    expect(article).not.toHaveProperty('datePublished');
    expect(article).not.toHaveProperty('isBasedOn');
  });

  test('a known publisher, publication date and source address are given', () => {
    const [, article] = graph({ ...SOURCE, publisher: 'TASS', published: '2014-01-22', sourceUrl: 'https://tass.com/x' });
    expect(article).toMatchObject({
      publisher: { '@type': 'Organization', name: 'TASS' },
      datePublished: '2014-01-22',
      isBasedOn: 'https://tass.com/x',
    });
  });

  test('an undated call has no startDate and no location', () => {
    const [event] = graph({ ...SOURCE, date: undefined, datePrecision: undefined, location: null });
    expect(event).not.toHaveProperty('startDate');
    expect(event).not.toHaveProperty('location');
  });
});
