/**
 * The former meeting ids this build publishes, shared by the redirect and withdrawn pages
 * (`[retired].astro`), their JSON stubs (`[retired].json.ts`) and `/_redirects`. The
 * underscore keeps Astro from treating this module as a route.
 */
import { getAllEntries } from '../../data/entries.ts';
import { getLedger, getLedgerPath } from '../../data/ledger.ts';
import { listRetiredIds, type RetiredIds } from '../../lib/permalinks.ts';

let warned = false;

/**
 * The ledger's redirects and withdrawals, less any id that is live in this build. Redirects
 * whose target has no page here are left out, with one warning per build.
 */
export async function getRetiredIds(): Promise<RetiredIds> {
  const live = new Set((await getAllEntries()).map((entry) => entry.id));
  const retired = listRetiredIds(getLedger(), live);
  if (retired.dangling.length > 0 && !warned) {
    warned = true;
    const list = retired.dangling.map(({ id, to }) => `${id} -> ${to}`).join(', ');
    console.warn(`[ledger] ${getLedgerPath()}: ${retired.dangling.length} redirect(s) lead to no entry of this build and get no page: ${list}`);
  }
  return retired;
}
