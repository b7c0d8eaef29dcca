/**
 * Types shared by the stages of the bulletin parser. The parser is pure: strings and bytes
 * in, values out; no file system, clock or environment.
 */
import type { Entry } from '../schema/entry.ts';

/** One raw input file as the CLI read it. */
export interface RawBulletin {
  /** The file's name relative to the input folder (`003_7429d5b04bd00a51.txt`). */
  file: string;
  /** The file's bytes, exactly as read. */
  bytes: Uint8Array;
}

/** The parser's answer for one raw file: an entry to write, or a rejection with its reason. */
export type ParseResult =
  | {
      status: 'accepted';
      /** The entry's frontmatter, already valid against `EntrySchema`. */
      entry: Entry;
      /** The cleaned body as Markdown: paragraphs separated by blank lines, nothing else. */
      body: string;
      /** Reasons an editor should look at this entry (`undated`, `truncated`, ...); empty when none. */
      flags: string[];
    }
  | {
      status: 'rejected';
      /** Why no entry was made, in words an editor understands. */
      reason: string;
    };
