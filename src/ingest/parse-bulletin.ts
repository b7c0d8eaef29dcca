/**
 * The bulletin parser: one raw file in, an entry (or a reasoned rejection) out.
 * TEMPORARY STUB while the real stages are written; the signature is final.
 */
import { createHash } from 'node:crypto';
import type { ParseResult, RawBulletin } from './types.ts';

/** Parses one raw bulletin into an archive entry, or rejects it with a reason. */
export function parseBulletin(raw: RawBulletin): ParseResult {
  const text = new TextDecoder('utf-8').decode(raw.bytes).replace(/\r\n?/g, '\n').trim();
  if (text === '') return { status: 'rejected', reason: 'empty file' };
  const sha256 = createHash('sha256').update(raw.bytes).digest('hex');
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const title = (paragraphs[0] ?? 'Untitled').slice(0, 120);
  return {
    status: 'accepted',
    entry: {
      id: `undated-${sha256.slice(0, 8)}`,
      title,
      kind: 'other',
      participants: [],
      mentioned: [],
      location: null,
      topics: [],
      organizations: [],
      source: { file: raw.file, sha256 },
    },
    body: paragraphs.join('\n\n'),
    flags: ['undated'],
  };
}
