import { describe, expect, test } from 'vitest';
import { classifyMention } from '../../../../src/ingest/date/classify-mention.ts';
import { findDates } from '../../../../src/ingest/date/find-dates.ts';

/** Classifies the mention written as `expression` in the sentence. */
function roleOf(sentence: string, expression: string) {
  const mention = findDates(sentence).find((m) => m.text === expression);
  if (mention === undefined) throw new Error(`no mention ${JSON.stringify(expression)} in ${JSON.stringify(sentence)}`);
  return classifyMention(sentence, mention);
}

describe('classifyMention', () => {
  test.each([
    ['Li Qiang held a telephone conversation with Mishustin on Tuesday.', 'Tuesday', 'event'],
    ['On July 17, Lavrov had a telephone conversation with Wang Yi.', 'July 17', 'event'],
    ['President Obama hosted President Hu for a State Visit from January 18 to 21.', 'January 18 to 21', 'event'],
    // Another occasion, marked by the words around it.
    ['The 27th regular meeting was held on December 5 last year by video link.', 'December 5', 'other-event'],
    ['The two have met often since March 3, 2013.', 'March 3, 2013', 'other-event'],
    ['Xi Jinping, who arrived in Moscow on Monday, met Putin on Tuesday.', 'Monday', 'other-event'],
    ['Xi Jinping, who arrived in Moscow on Monday, met Putin on Tuesday.', 'Tuesday', 'event'],
    // A plan: a future tense governs the date.
    ['Xi will meet Biden via video link on the morning of Nov. 16 (Beijing Time), Hua said here Saturday.', 'Nov. 16', 'future'],
    ['Xi will meet Biden via video link on the morning of Nov. 16 (Beijing Time), Hua said here Saturday.', 'Saturday', 'event'],
    ['Wang Yi will be visiting Washington DC on May 23 to discuss issues.', 'May 23', 'future'],
    ['Xi will visit Dar es Salaam, where he is set to give a speech, before heading to Durban, South Africa, on Monday.', 'Monday', 'future'],
    // "was due" reports what happened as planned.
    ['Xi Jinping was due in Tanzania on Sunday at the start of a tour.', 'Sunday', 'event'],
  ] as const)('%j: %s is %s', (sentence, expression, expected) => {
    expect(roleOf(sentence, expression)).toBe(expected);
  });
});
