import { LIMITS } from '../config/limits';
import { FetchError, type OparlClient } from './http-client';
import type { ImportReport } from './import-report';
import { checkObject, type OparlKind } from './validate-object';

/** Validates one object; reports it (with its URL and the failing field) and answers undefined when invalid. */
export function accept<T>(kind: OparlKind, value: unknown, where: string, report: ImportReport): T | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id.length > LIMITS.textLength) {
    report.add('object', where, `${kind} with an id longer than ${LIMITS.textLength} characters; left out`);
    return undefined;
  }
  const checked = checkObject<T>(kind, value);
  const url = typeof id === 'string' ? id : where;
  if (!checked.ok) {
    const what = typeof id === 'string' ? kind : `${kind} without an id on page`;
    report.add('object', url, `${what} is invalid: ${checked.problem}; left out`);
    return undefined;
  }
  if (checked.version === '1.0') report.add('version', url, `OParl 1.0 ${kind}, read as 1.1`);
  return checked.object;
}

/** GETs and validates one object by its URL; reports and answers undefined when that fails. */
export async function fetchObject<T>(
  client: OparlClient,
  kind: OparlKind,
  url: string,
  report: ImportReport,
): Promise<T | undefined> {
  try {
    return accept<T>(kind, await client.getJson(url), url, report);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    report.add('object', url, `${kind} could not be fetched (${error.message})`);
    return undefined;
  }
}

/** Every valid object of a short external list (the System's bodies), page by page; at most `limit` of them. */
export async function fetchWholeList<T>(
  client: OparlClient,
  kind: OparlKind,
  firstUrl: string,
  report: ImportReport,
  limit = Infinity,
): Promise<T[]> {
  const result: T[] = [];
  const seen = new Set<string>();
  for (let url: string | undefined = firstUrl; url && !seen.has(url) && result.length < limit;) {
    seen.add(url);
    let page: { data?: unknown; links?: { next?: unknown } };
    try {
      page = (await client.getJson(url)) as typeof page;
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      report.add('page', url, `list page could not be fetched (${error.message})`);
      break;
    }
    if (!Array.isArray(page?.data)) {
      report.add('page', url, 'is not an OParl list page (no "data" list)');
      break;
    }
    for (const item of page.data.slice(0, Math.max(0, limit - result.length))) {
      const object = accept<T>(kind, item, url, report);
      if (object) result.push(object);
    }
    url = typeof page.links?.next === 'string' ? page.links.next : undefined;
  }
  return result;
}
