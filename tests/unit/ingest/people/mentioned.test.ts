import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../../src/ingest/clean-document.ts';
import { parsePeople } from '../../../../src/ingest/parse-people.ts';

describe('mentioned people', () => {
  test('a short form is folded into the full name, a quoted name of a thing is no person', () => {
    const doc = cleanDocument(
      'Foreign Minister Wang Yi met with Foreign Minister Sergey Lavrov of Russia in Montreux.\n\nLavrov said Russia looks forward to President Xi Jinping\'s attendance and will ensure President Xi\'s trip a success. Russia appreciates China\'s "Snow Dragon" icebreaker helping a Russian vessel.',
    );
    const people = parsePeople(doc, 'meeting');
    expect(people.participants.map((p) => p.name)).toEqual(['Wang Yi', 'Sergey Lavrov']);
    expect(people.mentioned).toEqual(['Xi Jinping']);
  });
});
