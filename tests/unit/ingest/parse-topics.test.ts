import { describe, expect, test } from 'vitest';
import { cleanDocument } from '../../../src/ingest/clean-document.ts';
import { parseTopics } from '../../../src/ingest/parse-topics.ts';
import type { Registry } from '../../../src/schema/registry.ts';
import { curatedRegistry } from '../registry/curated-registry.ts';

const registry = curatedRegistry();

function topicsOf(text: string, from: Registry = registry) {
  return parseTopics(cleanDocument(text), from);
}

describe('parseTopics', () => {
  test('returns registry ids, topics and organizations apart, each in registry order', () => {
    expect(topicsOf('The ministers discussed Taiwan, Syria and Ukraine, and cooperation within the SCO and the G20.')).toEqual({
      topics: ['ukraine-crisis', 'syria', 'taiwan'],
      organizations: ['g20', 'sco'],
    });
  });

  test('reads the title as well as the body', () => {
    const doc = cleanDocument('Xi Meets Lavrov, Discusses South China Sea\n\nPresident Xi Jinping met Foreign Minister Sergey Lavrov in Beijing on Monday.');
    expect(parseTopics(doc, registry).topics).toEqual(['south-china-sea']);
  });

  test.each([
    // Acronyms are whole words in capitals: "UN" is not "fun", "UNDP" or "un".
    ['It was fun to see the UNDP report; un jour.', []],
    ['He spoke at the UN on Tuesday.', ['united-nations']],
    ['He spoke at the U.N. on Tuesday.', ['united-nations']],
    // The EU, but not a word that ends in "eu".
    ['Talks with the EU resumed.', ['european-union']],
    ['Talks in Montreux resumed.', []],
  ])('organizations of %j', (text, organizations) => {
    expect(topicsOf(text).organizations).toEqual(organizations);
  });

  test.each([
    // (?i:...) parts match in any case; the rest is case-sensitive.
    ['THE TWO SIDES DISCUSSED CLIMATE CHANGE.', ['climate-change']],
    ['The two sides discussed climate change.', ['climate-change']],
    ['The new year plan was agreed.', []],
    ['They exchanged New Year greetings.', ['new-year-greetings']],
    // A narrower topic comes with the broader one it belongs to.
    ['Xi will attend the opening of the Sochi Winter Olympics.', ['olympic-games', 'sochi-winter-olympics']],
    ['They congratulated China on hosting the Beijing Winter Olympics.', ['olympic-games', 'beijing-winter-olympics']],
    ['The Olympic spirit unites nations.', ['olympic-games']],
    // "Years of" after a number is a span, not a theme year.
    ['The leaders opened the Year of Russia in China.', ['theme-years']],
    ['They celebrated 70 Years of Diplomatic Relations.', []],
    ['Both sides will expand people-to-people exchanges and visa-free travel.', ['people-to-people-exchanges', 'visas-and-tourism']],
    ['The sides discussed outer space and the Arctic.', ['arctic', 'space']],
  ])('topics of %j', (text, topics) => {
    expect(topicsOf(text).topics).toEqual(topics);
  });

  test('takes its vocabulary from the registry it is given', () => {
    const small: Registry = {
      ...registry,
      topics: [{ id: 'tea', label: 'Tea', match: ['(?i:\\btea\\b)'] }],
      organizations: [{ id: 'opec', label: 'OPEC', match: ['\\bOPEC\\b'] }],
    };
    expect(topicsOf('They drank TEA and spoke of OPEC and Ukraine.', small)).toEqual({ topics: ['tea'], organizations: ['opec'] });
    // The curated registry, asked again after another registry was used, still answers with its own terms.
    expect(topicsOf('They drank TEA and spoke of OPEC and Ukraine.')).toEqual({ topics: ['ukraine-crisis'], organizations: ['opec'] });
  });
});
