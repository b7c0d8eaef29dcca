/**
 * The gold labels of a corpus (`gold.jsonl`, one JSON object per raw file), as described in
 * `shared/corpus/README.md`. Only the fields the evaluation scores are checked; the rest pass through.
 */
import { z } from 'astro/zod';

/** A gold location; `city`/`country` are `null` when the text does not give them. */
export const GoldLocationSchema = z.looseObject({
  /** City named by the text, or null. */
  city: z.string().nullish(),
  /** ISO 3166-1 alpha-2 code of the country, or null. */
  country: z.string().nullish(),
  /** Building or site, not scored. */
  venue: z.string().nullish(),
  /** Gathering the event was part of, not scored. */
  occasion: z.string().nullish(),
});
export type GoldLocation = z.infer<typeof GoldLocationSchema>;

/** A person who took part, as the gold label spells them. */
export const GoldParticipantSchema = z.looseObject({
  /** The name as spelled in the text. */
  name: z.string().min(1),
  /** Other spellings that also count. */
  aliases: z.array(z.string().min(1)).optional(),
  /** The country the person represents (ISO 3166-1 alpha-2), when labelled. */
  country: z.string().nullish(),
});
export type GoldParticipant = z.infer<typeof GoldParticipantSchema>;

/** One labelled raw file. */
export const GoldRecordSchema = z.looseObject({
  /** The raw file's name, relative to the corpus folder. */
  file: z.string().min(1),
  /** The event's date as the text supports it, or null. */
  date: z.string().nullable(),
  /** Every date answer that counts as right; `null` in it accepts an undated entry. */
  dateAccept: z.array(z.string().nullable()).min(1),
  /** The event's kind, or `not-a-bulletin` for a file that must be rejected. */
  kind: z.string().min(1),
  /** Other kinds that also count; `not-a-bulletin` in it makes rejecting the file acceptable too. */
  kindAccept: z.array(z.string().min(1)).optional(),
  /** The people who took part. */
  participants: z.array(GoldParticipantSchema),
  /** Shared by the files that report the same event; absent when a file is the only report. */
  event: z.string().min(1).nullish(),
  /** Where it happened, or null for calls, written exchanges, or when not stated. */
  location: GoldLocationSchema.nullable(),
  /** Alternative locations that also count (`null` included when an unplaced entry is fine). */
  locationAccept: z.array(GoldLocationSchema.nullable()).optional(),
});
export type GoldRecord = z.infer<typeof GoldRecordSchema>;

/** The kind label of a file that is not a bulletin and must produce no entry. */
export const NOT_A_BULLETIN = 'not-a-bulletin';

/**
 * Parses a `gold.jsonl` text, reporting every bad line at once (blank lines are skipped).
 * Errors name the source, the line number and the field, and quote the start of the line.
 */
export function parseGold(
  text: string,
  source = 'gold.jsonl',
): { ok: true; records: GoldRecord[] } | { ok: false; errors: string[] } {
  const records: GoldRecord[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push(`${where}: not JSON (${(error as Error).message}): ${JSON.stringify(line.slice(0, 60))}`);
      return;
    }
    const result = GoldRecordSchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(`${where}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
      }
      return;
    }
    if (seen.has(result.data.file)) {
      errors.push(`${where}: file "${result.data.file}" is labelled twice`);
      return;
    }
    seen.add(result.data.file);
    records.push(result.data);
  });
  return errors.length === 0 ? { ok: true, records } : { ok: false, errors };
}
