/**
 * The schema of the id ledger (`content/ids.json`): every id the archive has published, so
 * that a permalink keeps resolving when a better parser changes an entry's id or a bulletin
 * leaves the folder. The ingest reads the previous ledger and writes the next one
 * (`src/ingest/id-ledger.ts`); the site reads it to build redirect and "withdrawn" pages
 * (`src/data/ledger.ts`).
 *
 * A source is keyed by its raw file's name inside the input folder: the name is the stable
 * handle of a bulletin, while its bytes may be re-crawled or corrected (which is exactly when
 * an id can change). Every id is in exactly one state: live (the id of a source), redirected
 * to a live id, or withdrawn.
 */
import { z } from 'astro/zod';
import { EntryIdSchema, PartialDateSchema } from './entry.ts';

/** The ledger format's version; a future change of shape bumps it. */
export const LEDGER_VERSION = 1;

/** Lower-case hex SHA-256 of a raw file's bytes. */
const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits');

/** A raw file's name directly inside the input folder (no folder part). */
const SourceFileSchema = z.string().min(1).refine((name) => !name.includes('/'), 'a file name without "/"');

/** One source as this run published it: the file's entry id and what identifies the entry. */
export const LedgerSourceSchema = z
  .object({
    /** The id of the entry the file became (for an exact re-post: the entry it was merged into). */
    id: EntryIdSchema,
    /** The entry's title, kept so a withdrawn page can say what the entry was. */
    title: z.string().min(1),
    /** The event's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); absent when undated. */
    date: PartialDateSchema.optional(),
    /** SHA-256 of the file's bytes in this run. */
    sha256: Sha256Schema,
    /** The page's address the text gives, when it gives one. */
    url: z.url().optional(),
  })
  .strict();
export type LedgerSource = z.infer<typeof LedgerSourceSchema>;

/** An id that no longer leads to an entry, with what it was and why it went. */
export const WithdrawnSchema = z
  .object({
    /** The entry's title when it was last published. */
    title: z.string().min(1),
    /** The event's date when it was last published; absent when undated. */
    date: PartialDateSchema.optional(),
    /** The raw file the entry was made from. */
    file: SourceFileSchema,
    /** SHA-256 of that file's bytes when the entry was last published. */
    sha256: Sha256Schema,
    /** The page's address the text gave, when it gave one. */
    url: z.url().optional(),
    /** Why the id was withdrawn, in words a reader understands. */
    reason: z.string().min(1),
  })
  .strict();
export type Withdrawn = z.infer<typeof WithdrawnSchema>;

/** The whole ledger. Every map is keyed in code-unit order, so the file is byte-stable. */
export const LedgerSchema = z
  .object({
    /** The format's version, {@link LEDGER_VERSION}. */
    version: z.literal(LEDGER_VERSION),
    /** Every raw file that became (or was merged into) an entry, by file name. */
    sources: z.record(SourceFileSchema, LedgerSourceSchema),
    /** Former ids, each to the live id that replaced it (never to another former id). */
    redirects: z.record(EntryIdSchema, EntryIdSchema),
    /** Ids whose entry is gone, by id. */
    withdrawn: z.record(EntryIdSchema, WithdrawnSchema),
  })
  .strict()
  .superRefine((ledger, ctx) => {
    const live = new Set(Object.values(ledger.sources).map((source) => source.id));
    for (const [from, to] of Object.entries(ledger.redirects)) {
      if (live.has(from)) ctx.addIssue({ code: 'custom', path: ['redirects', from], message: `${from} is a live id and cannot redirect` });
      if (!live.has(to)) ctx.addIssue({ code: 'custom', path: ['redirects', from], message: `the target ${to} is not a live id` });
      if (ledger.withdrawn[from] !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['redirects', from], message: `${from} is both redirected and withdrawn` });
      }
    }
    for (const id of Object.keys(ledger.withdrawn)) {
      if (live.has(id)) ctx.addIssue({ code: 'custom', path: ['withdrawn', id], message: `${id} is a live id and cannot be withdrawn` });
    }
  });
export type Ledger = z.infer<typeof LedgerSchema>;

/** A ledger with nothing published yet: the state before the first ingest. */
export function emptyLedger(): Ledger {
  return { version: LEDGER_VERSION, sources: {}, redirects: {}, withdrawn: {} };
}

/**
 * Reads a ledger file's text: the ledger, or every problem at once (`sources.x.txt.id: ...`),
 * so an editor who mended it by hand sees all that is wrong.
 */
export function parseLedger(text: string): { ok: true; ledger: Ledger } | { ok: false; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const result = LedgerSchema.safeParse(value);
  if (result.success) return { ok: true, ledger: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(ledger)'}: ${issue.message}`) };
}
