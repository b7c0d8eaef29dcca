/** Reader-facing names of the entry kinds. */
import type { Kind } from '../schema/entry.ts';

// A full record rather than a string transform: the compiler then flags a kind added to
// the schema without a label, and labels can diverge from slugs where English needs it.
const KIND_LABELS: Record<Kind, string> = {
  meeting: 'Meeting',
  talks: 'Talks',
  'phone-call': 'Phone call',
  'video-call': 'Video call',
  'message-exchange': 'Message exchange',
  visit: 'Visit',
  'press-conference': 'Press conference',
  'joint-statement': 'Joint statement',
  statement: 'Statement',
  other: 'Other',
};

/** The label of a kind as shown to readers (`phone-call` → `Phone call`). */
export function toKindLabel(kind: Kind): string {
  return KIND_LABELS[kind];
}
