import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../src/ingest/clean-document.ts';
import { tidyParagraph, unwrapLines } from '../../../src/ingest/normalise-text.ts';
import { classifyLine, classifyLines } from '../../../src/ingest/strip-boilerplate.ts';
import { ingestBulletin } from '../../../src/ingest/ingest-run.ts';
import { curatedRegistry } from '../registry/curated-registry.ts';

describe('tidyParagraph', () => {
  test.each([
    ['met Sergey Lavrov of Russia in Montreux .', 'met Sergey Lavrov of Russia in Montreux.'],
    ['on the coming New Year.On behalf of', 'on the coming New Year. On behalf of'],
    ['issues,through', 'issues, through'],
    ['met in St.Petersburg on', 'met in St. Petersburg on'],
    ['U.S. President', 'U.S. President'],
    ['  • Xi Jinping welcomes', 'Xi Jinping welcomes'],
    ['face to face  diplomacy', 'face to face diplomacy'],
  ])('%j', (input, expected) => expect(tidyParagraph(input)).toBe(expected));
});

describe('classifyLine', () => {
  test.each([
    ['Home\u00a0>\u00a0News', 'junk'],
    ['Home > China News', 'junk'],
    ['Suggest To A Friend', 'junk'],
    ['Suggset To Friend:', 'junk'],
    ['<Suggest To A Friend>', 'junk'],
    ['Print', 'junk'],
    ['Loading comments...', 'junk'],
    ['|||||||||', 'junk'],
    ['By James Kim', 'junk'],
    ['Updated: 2013-09-05 16:40', 'stamp'],
    ['Source:Xinhua Published: 2019/3/8 10:26:05', 'stamp'],
    ['08:30, November 15, 2009', 'stamp'],
    ['1527020713000', 'stamp'],
    ['Related readings:', 'trailer'],
    ['Premier Li Keqiang holds talks with Chancellor Angela Merkel in Beijing, Oct 29, 2015. [Photo/Xinhua]', 'caption'],
    ['Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia.', 'text'],
  ])('%j is %s', (line, role) => expect(classifyLine(line.replace(/\u00a0/g, ' '))).toBe(role));
});

describe('header lines (`date: …`, `Updated: …`)', () => {
  const lead = 'On June 5, 2019, President Xi Jinping held talks with President Vladimir Putin at the Kremlin in Moscow.';
  const yamlInBody = ` date 2019-06-05 ${lead}\n\n---\ntitle: "Injected title"\ndate: 1999-01-01\nparticipants: []\n---\n\nThe two presidents signed a joint statement on the partnership.`;

  test('are stamps above the first line of prose, and text below it', () => {
    const roles = classifyLines(['Updated: 2013-09-05 16:40', lead, 'date: 1999-01-01', 'Published: 2001-02-03']);
    expect(roles.map((line) => line.role)).toEqual(['stamp', 'text', 'text', 'text']);
    expect(classifyLine('date: 1999-01-01', true)).toBe('text');
    expect(classifyLine('date: 1999-01-01')).toBe('stamp');
  });

  test('a YAML-looking date line in the body stays in the body and is no date of the page', () => {
    const doc = cleanDocument(yamlInBody);
    expect(doc.stamps).toEqual([]);
    expect(doc.paragraphs).toContain('date: 1999-01-01');
  });

  test('the crawl header and the prose date win over a date line in the body', () => {
    const outcome = ingestBulletin({ file: 'yaml.txt', bytes: new TextEncoder().encode(yamlInBody) }, curatedRegistry());
    expect(outcome.status).toBe('accepted');
    if (outcome.status !== 'accepted') return;
    expect(outcome.entry.date).toBe('2019-06-05');
    expect(outcome.body).toContain('date: 1999-01-01');
  });
});

describe('unwrapLines', () => {
  test('joins a hard-wrapped document, even inside a name', () => {
    const lines = [
      'Chinese President Hu Jintao and visiting Russian',
      'President Vladimir Putin began their talks at the Great Hall of the People in',
      'Beijing on Tuesday afternoon.',
      'In the opening address, Hu said this year marks the 10th anniversary of the',
      'establishment of China-Russia strategic partnership of coordination and fifth',
      'anniversary of the Sino-Russian good neighborly treaty of friendship and',
      'cooperation.',
    ];
    expect(unwrapLines(lines)).toEqual([
      'Chinese President Hu Jintao and visiting Russian President Vladimir Putin began their talks at the Great Hall of the People in Beijing on Tuesday afternoon.',
      'In the opening address, Hu said this year marks the 10th anniversary of the establishment of China-Russia strategic partnership of coordination and fifth anniversary of the Sino-Russian good neighborly treaty of friendship and cooperation.',
    ]);
  });

  test('leaves a page of short title lines alone but mends a broken parenthesis', () => {
    expect(unwrapLines(['Title line', '', 'Body of the (G20', ') summit.'])).toEqual(['Title line', '', 'Body of the (G20) summit.']);
  });
});

describe('cleanDocument', () => {
  test('a breadcrumb page: title, body, footer removed', () => {
    const doc = cleanDocument(
      'Home\u00a0>\u00a0News\r\nWang Yi Meets with Foreign Minister of Russia\r\n\r\nIn the evening of January 21, 2014, Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux .\r\n\r\nSuggest To A Friend',
    );
    expect(doc.title).toBe('Wang Yi Meets with Foreign Minister of Russia');
    expect(doc.paragraphs).toEqual([
      'In the evening of January 21, 2014, Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux.',
    ]);
    expect(doc.junk).toEqual(['Home > News', 'Suggest To A Friend']);
  });

  test('a crawl header, a wire dateline and a stamp', () => {
    const doc = cleanDocument(
      ' date 2017-04-12 Source: Xinhua| 2017-04-12 15:38:56|Editor: Yamei\n\nBEIJING, April 12 (Xinhua) -- Chinese President Xi Jinping on Wednesday held a telephone conversation with his U.S. counterpart, Donald Trump.\n\nXi said that China sticks to the target.',
    );
    expect(doc.header).toEqual({ date: '2017-04-12' });
    expect(doc.stamps).toEqual(['Source: Xinhua| 2017-04-12 15:38:56|Editor: Yamei']);
    expect(doc.dateline).toMatchObject({ place: 'BEIJING', month: 4, day: 12, agency: 'Xinhua' });
    expect(doc.lead).toBe('Chinese President Xi Jinping on Wednesday held a telephone conversation with his U.S. counterpart, Donald Trump.');
  });

  test('a title printed twice, once behind a fused breadcrumb, and related links', () => {
    const doc = cleanDocument(
      'Home Business Lula meets Xi Jinping in Beijing\nLula meets Xi Jinping in Beijing\n\nLula will go on an official visit to China, where he will meet the president of that country for talks.\n\nRelated stories:\n\nXi, Trump discuss Taiwan\n\nREAD MORE',
    );
    expect(doc.title).toBe('Lula meets Xi Jinping in Beijing');
    expect(doc.paragraphs).toEqual(['Lula will go on an official visit to China, where he will meet the president of that country for talks.']);
  });
});
