/**
 * The bulletin parser: one raw file in, an entry (or a reasoned rejection) out.
 * Stages: decode → clean (header, boilerplate, title, dateline) → reject non-bulletins →
 * kind → people → date → place → topics → id, then every person named is resolved against
 * the people registry. Pure: no file system, clock or environment; the curated registry
 * (people, topics, places) comes in as a value.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../schema/entry.ts';
import { decodeText } from './decode-text.ts';
import { cleanDocument } from './clean-document.ts';
import { detectNonBulletin } from './detect-non-bulletin.ts';
import { parseKind } from './parse-kind.ts';
import { parsePeople } from './parse-people.ts';
import { parseEventDate } from './parse-date.ts';
import { parseLocation } from './parse-location.ts';
import { parseTopics } from './parse-topics.ts';
import { makeEntryId } from './make-id.ts';
import { makeTitle } from './make-title.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import type { ParseResult, RawBulletin } from './types.ts';
import type { Registry } from '../schema/registry.ts';
import { resolvePeople } from '../registry/resolve-people.ts';

/**
 * Control characters the cleaner drops without a trace (NUL and the like; not tab, line feed,
 * form feed or carriage return, which are layout). A bulletin holding them was damaged on
 * the way, and its text was changed, so the entry is flagged.
 */
const DROPPED_CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** A body longer than this (in characters) is far beyond any bulletin: flagged for an editor. */
const LONG_BODY = 1_000_000;

/** Parses one raw bulletin into an archive entry, or rejects it with a reason. */
export function parseBulletin(raw: RawBulletin, registry: Registry): ParseResult {
  const decoded = decodeText(raw.bytes);
  if (decoded.binary) return { status: 'rejected', reason: decoded.note ?? 'binary data, not text' };
  if (decoded.text.trim() === '') {
    return { status: 'rejected', reason: raw.bytes.length === 0 ? 'empty file: no text to read' : 'only white space: no text to read' };
  }
  const doc = cleanDocument(decoded.text);
  const notBulletin = detectNonBulletin(doc);
  if (notBulletin !== undefined) return { status: 'rejected', reason: notBulletin };

  const kind = parseKind(doc);
  const people = parsePeople(doc, kind);
  const when = parseEventDate(doc, kind);
  const { location, flags: placeFlags } = parseLocation(doc, kind, registry);
  const { topics, organizations } = parseTopics(doc, registry);
  const resolved = resolvePeople(people, when.date, registry);
  const body = doc.paragraphs.map(escapeMarkdown).join('\n\n');
  const sha256 = createHash('sha256').update(raw.bytes).digest('hex');

  // The id and title use the names as the text gives them, so a registry edit never moves a permalink.
  const id = makeEntryId({ date: when.date, participants: people.participants, kind, text: body });
  const entry: Entry = {
    id,
    title: doc.title ?? makeTitle({ lead: doc.lead, kind, participants: people.participants, location }),
    kind,
    participants: resolved.participants,
    mentioned: resolved.mentioned,
    location,
    topics,
    organizations,
    meeting: id,
    source: { file: raw.file, sha256 },
  };
  if (when.date !== undefined && when.datePrecision !== undefined) {
    entry.date = when.date;
    entry.datePrecision = when.datePrecision;
  }
  if (when.published !== undefined && when.published !== when.date) entry.published = when.published;
  if (doc.header.url !== undefined) entry.source.url = doc.header.url;
  const publisher = doc.dateline?.agency;
  if (publisher !== undefined) entry.source.publisher = publisher;

  const flags: string[] = [...placeFlags];
  if (entry.date === undefined) flags.push('undated: the text does not say when the event happened');
  if (people.participants.length === 0) flags.push('no participants found');
  if (decoded.guessed && decoded.note !== undefined) flags.push(decoded.note);
  if (decoded.invalidSequences > 0) flags.push(`${decoded.invalidSequences} byte sequences could not be decoded`);
  if (body === '') flags.push('empty body');
  const controls = decoded.text.match(DROPPED_CONTROLS)?.length ?? 0;
  if (controls > 0) flags.push(`${controls} control characters (NUL and the like) removed from the text`);
  if (body.length > LONG_BODY) flags.push(`very long: ${body.length} characters, far beyond a bulletin; check it is one`);
  return { status: 'accepted', entry, body, flags };
}
