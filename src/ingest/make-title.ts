/**
 * A title for bulletins that have none, in the headline style of the ministries' own
 * ("Wang Yi and Sergey Lavrov exchange messages"), made from who took part and what
 * happened; the lead sentence, shortened, when nobody was found.
 */
import type { Kind, Location, Participant } from '../schema/entry.ts';

const MAX_TITLE = 140;

/** What each kind of event is called in a headline, for one subject and for several. */
const HEADLINE_VERBS: Record<Kind, [single: string, plural: string]> = {
  meeting: ['holds a meeting', 'meet'],
  talks: ['holds talks', 'hold talks'],
  'phone-call': ['holds a phone call', 'speak by phone'],
  'video-call': ['holds a video call', 'hold a video call'],
  'message-exchange': ['sends a message', 'exchange messages'],
  visit: ['visits', 'visit'],
  'press-conference': ['holds a press conference', 'hold a press conference'],
  'joint-statement': ['issues a joint statement', 'issue a joint statement'],
  statement: ['makes a statement', 'make a statement'],
  other: ['attends an event', 'attend an event'],
};

/** What a title is made from. */
export interface TitleParts {
  lead: string;
  kind: Kind;
  participants: readonly Pick<Participant, 'name'>[];
  location: Location | null;
}

/** Makes a headline from the participants and kind, or from the lead sentence. */
export function makeTitle(parts: TitleParts): string {
  const names = parts.participants.slice(0, 3).map((person) => person.name);
  if (names.length > 0) {
    const [single, plural] = HEADLINE_VERBS[parts.kind];
    const subject = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const verb = names.length === 1 ? single : plural;
    const place = parts.location?.city;
    return place === undefined ? `${subject} ${verb}` : `${subject} ${verb} in ${place}`;
  }
  const sentence = parts.lead.replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
  if (sentence === '') return 'Untitled bulletin';
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
