import { LIMITS } from '../config/limits';
import { FetchError, type OparlClient } from './http-client';
import type { ImportReport } from './import-report';
import type { Checkpoint, ListName, StateStore } from './state-store';

export interface WalkContext {
  client: OparlClient;
  store: StateStore;
  checkpoint: Checkpoint;
  report: ImportReport;
  log: (line: string) => void;
  signal?: AbortSignal;
}

/** How a walk ended: `stopped` by the page handler (a limit reached), `failed` at a page, or `interrupted`. */
export type WalkEnd = 'complete' | 'stopped' | 'failed' | 'interrupted';

/** Adds `modified_since` to a list URL; the server keeps it in every `links.next`. */
export function withModifiedSince(url: string, since: string | undefined): string {
  if (!since) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('modified_since', since);
  return parsed.toString();
}

/**
 * The newest `modified` among `items` that is not in the future: a server's clock may be off, or a date made up, and
 * a high-water mark past now would make every later run ask for nothing.
 */
function newest(items: unknown[], current: string | undefined, now = Date.now()): string | undefined {
  let best = current;
  for (const item of items) {
    const modified = (item as { modified?: unknown } | null)?.modified;
    if (typeof modified !== 'string' || Number.isNaN(Date.parse(modified))) continue;
    if (Date.parse(modified) > now) continue;
    if (best === undefined || Date.parse(modified) > Date.parse(best)) best = modified;
  }
  return best;
}

/** What a page handler did: how many of the items it was given it took, and whether the walk should stop. */
export interface PageOutcome {
  consumed: number;
  stop: boolean;
}

/**
 * Walks an external object list page by page along `links.next`, from where the checkpoint says, saving the
 * checkpoint after every page. A walk stopped inside a page goes on from the first item not taken. A completed walk
 * makes the newest `modified` seen the next run's `modified_since`.
 */
export async function walkList(
  context: WalkContext,
  list: ListName,
  firstUrl: string,
  since: string | undefined,
  handlePage: (items: unknown[], pageUrl: string) => Promise<PageOutcome>,
): Promise<WalkEnd> {
  const { client, store, checkpoint, report, log, signal } = context;
  const state = (checkpoint.lists[list] ??= {});
  let url: string | undefined = state.resumeUrl ?? withModifiedSince(firstUrl, state.since ?? since);
  if (state.resumeUrl)
    log(`${list}: resuming at ${state.resumeUrl}${state.resumeOffset ? ` (item ${state.resumeOffset + 1})` : ''}`);
  const pause = (at: string, end: WalkEnd, offset = 0): WalkEnd => {
    state.resumeUrl = at;
    if (offset > 0) state.resumeOffset = offset;
    else delete state.resumeOffset;
    store.saveCheckpoint(checkpoint);
    return end;
  };
  let pages = 0;
  // Every page URL the walk has asked for: a `links.next` back to one of them would loop for ever.
  const seen = new Set<string>();
  while (url) {
    seen.add(url);
    const skip = url === state.resumeUrl ? (state.resumeOffset ?? 0) : 0;
    if (signal?.aborted) return pause(url, 'interrupted', skip);
    let page: unknown;
    try {
      page = await client.getJson(url);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      if (error.status === 404 && url === state.resumeUrl && pages === 0) {
        report.add('page', url, 'the page to resume at is gone (HTTP 404); the list is walked again from its start');
        delete state.resumeUrl;
        delete state.resumeOffset;
        delete state.highWater;
        url = withModifiedSince(firstUrl, state.since ?? since);
        continue;
      }
      report.add('page', url, `list page could not be fetched (${error.message}); the next run resumes here`);
      return pause(url, 'failed', skip);
    }
    const data = (page as { data?: unknown } | null)?.data;
    if (!Array.isArray(data)) {
      report.add('page', url, 'is not an OParl list page (no "data" list); the next run resumes here');
      return pause(url, 'failed', skip);
    }
    pages += 1;
    const { consumed, stop } = await handlePage(data.slice(skip), url);
    const done = skip + consumed;
    state.highWater = newest(data.slice(skip, done), state.highWater);
    if (done < data.length) return pause(url, 'stopped', done);
    log(`${list}: page ${pages}, ${data.length} objects`);
    const next: unknown = (page as { links?: { next?: unknown } }).links?.next;
    if (typeof next !== 'string' || next === '') break;
    const refused = client.refusal(next);
    if (refused) {
      report.add('page', url, `its links.next ${refused}; not followed, the list ends here`);
      break;
    }
    if (seen.has(next)) {
      report.add('page', url, `its links.next (${next.slice(0, 200)}) is a page already read; the list ends here`);
      break;
    }
    if (stop) return pause(next, 'stopped');
    if (pages >= LIMITS.importListPages) {
      report.add('page', url, `${LIMITS.importListPages} pages of this list read in this run; the next run goes on`);
      return pause(next, 'stopped');
    }
    pause(next, 'complete'); // saves the progress; the walk goes on
    url = next;
  }
  state.since = state.highWater ?? state.since;
  delete state.resumeUrl;
  delete state.resumeOffset;
  delete state.highWater;
  store.saveCheckpoint(checkpoint);
  return 'complete';
}
