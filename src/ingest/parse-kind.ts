/**
 * What happened: a meeting, talks, a phone call, a video call, an exchange of messages, a
 * visit, a press conference, a joint statement, an announcement. The title says it most
 * plainly, then the lead sentence, then the opening paragraphs; the first that gives a cue
 * decides, and within one text the more specific cue (video before phone before talks
 * before meeting) wins.
 */
import type { Kind } from '../schema/entry.ts';
import type { CleanDocument } from './clean-document.ts';

interface KindCue {
  kind: Kind;
  pattern: RegExp;
}

const FUTURE = /\b(?:will|to|is (?:due|set|expected|scheduled) to|are (?:due|set|expected|scheduled) to|plans? to)\s+(?:\w+\s+)?(?:meet|visit|hold|attend|travel|pay|have)\b/i;
const ANNOUNCER = /\b(?:spokes(?:person|man|woman)|announced|announcement)\b/i;

/** Cues in order of precedence. */
const CUES: KindCue[] = [
  { kind: 'video-call', pattern: /\bvideo[- ](?:call|link|summit|talks?|conference|meeting|conversation|chat)|videoconference|\b(?:via|by|over) video\b|virtual (?:summit|meeting|talks)/i },
  { kind: 'phone-call', pattern: /\b(?:tele)?phone\b|\btelephoned\b|\bphoned\b|\bcalled\b(?! (?:for|on|upon|it|the|a|an|him|her|them)\b)|\bcall (?:with|from)\b/i },
  { kind: 'message-exchange', pattern: /\bexchanged (?:\w+ ){0,3}(?:messages|letters|greetings|telegrams|congratulations)|\bsent (?:\w+ ){0,3}(?:message|letter|telegram|greetings?|congratulations)|\b(?:message|letter|telegram) of (?:congratulations|condolences?)|\bcongratulatory (?:message|letter|telegram)|\bhas congratulated\b|\bcongratulated (?:\w+ ){0,4}(?:with|on) (?:the )?New Year/i },
  { kind: 'joint-statement', pattern: /\b(?:signed|issued|adopted|released) (?:a |the )?joint (?:statement|declaration|communique)/i },
  { kind: 'press-conference', pattern: /\b(?:press|news) conference\b|\bmet (?:with )?(?:the )?(?:press|reporters|journalists)\b|\bmeets? (?:the )?press\b|\bpress briefing\b|\bjoint (?:press|media) (?:appearance|availability)/i },
  { kind: 'visit', pattern: /\b(?:begins?|began|starts?|started|wraps? up|concludes?|concluded|ends?|ended) (?:his|her|their|a|an|the) (?:\w+ ){0,2}(?:visit|trip|tour)\b|\bleft [A-Z]\w+ (?:\w+ ){0,2}for\b|\breturned (?:to|home)\b|\bback (?:in|home)\b|\barrives?\b|\barrived\b|\bflies to\b|\bflew to\b|\btravel(?:l)?ed to\b|\bwelcomed to\b|\b(?:'s|’s) visit to\b|^(?:\w+ ){0,3}visit\b/i },
  // Case matters here: "visits Berlin" is a visit, "visits with the president" is not.
  { kind: 'visit', pattern: /\b(?:[Vv]isits|[Vv]isited)\s+[A-Z]/ },
  { kind: 'talks', pattern: /\b(?:held|hold|holds|holding|began|begin|begins|had|have|has held)\b (?:\w+ ){0,3}talks\b|\btalks with\b|\bat talks\b|\bin-person talks\b/i },
  { kind: 'meeting', pattern: /\bmet\b|\bmeets?\b|\bmeeting (?:with|between)\b|\b(?:held|hold|holds) (?:a |an )?(?:\w+ )?meeting\b|\breceived\b|\breceives\b|\bhosted\b|\bhosts\b|\bgreeted\b|\bwelcomes\b|\bwelcomed\b|\bco-?chaired\b|\bjointly chaired\b|\binformal dinner\b/i },
  { kind: 'other', pattern: /\bbanquet\b|\bdinner\b|\bluncheon\b|\bceremony\b|\breception\b/i },
];

/** The kind a single piece of text points to, or undefined when it gives no cue. */
export function kindOfText(text: string): Kind | undefined {
  for (const cue of CUES) if (cue.pattern.test(text)) return cue.kind;
  return undefined;
}

/** Classifies the event the bulletin reports. */
export function parseKind(doc: CleanDocument): Kind {
  const title = doc.title ?? '';
  const opening = doc.paragraphs.slice(0, 2).join(' ');
  // An announcement of a future event by a spokesperson is a statement, not the event.
  if ((FUTURE.test(title) || FUTURE.test(doc.lead)) && ANNOUNCER.test(`${title} ${doc.lead} ${opening}`)) {
    return 'statement';
  }
  for (const text of [title, doc.lead, opening]) {
    const kind = kindOfText(text);
    if (kind === undefined) continue;
    // A title of a visit still yields to a more specific event in the lead: the call or
    // message is what happened during the visit.
    if (text === title && (kind === 'visit' || kind === 'meeting' || kind === 'talks')) {
      const inLead = kindOfText(doc.lead);
      if (inLead === 'video-call' || inLead === 'phone-call' || inLead === 'message-exchange' || inLead === 'joint-statement') return inLead;
    }
    return kind;
  }
  // No cue up front: a call or video link described further down ("took place via video link").
  const body = doc.paragraphs.join(' ');
  if (CUES[0]?.pattern.test(body)) return 'video-call';
  return kindOfText(body) ?? 'other';
}
