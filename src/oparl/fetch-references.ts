import { LIMITS } from '../config/limits';
import { fetchObject } from './fetch-objects';
import type { OparlClient } from './http-client';
import type { ImportReport } from './import-report';
import type { OparlMeeting, OparlOrganization, OparlPaper } from './oparl-types';
import type { MirroredPaper, StateStore } from './state-store';

const KIND = { meeting: 'Meeting', organization: 'Organization' } as const;

/**
 * Fetches, once each, the meetings and organizations that this run's papers name but the lists did not give, and
 * the organizations above those (`subOrganizationOf`), level by level up to LIMITS.importParentDepth. Requests stay on
 * the System's origin (the client refuses others); at most LIMITS.importFetchedObjects objects are fetched, the rest
 * reported.
 */
export async function fillInReferences(
  client: OparlClient,
  report: ImportReport,
  store: StateStore,
  fresh: Set<string>,
): Promise<void> {
  const meetings = new Set<string>();
  const organizations = new Set<string>();
  for (const id of fresh) {
    const paper = store.get<MirroredPaper>('paper', id)?.paper as OparlPaper | undefined;
    paper?.originatorOrganization?.forEach((url) => organizations.add(url));
    for (const c of paper?.consultation ?? []) {
      if (c.meeting) meetings.add(c.meeting);
      c.organization?.forEach((url) => organizations.add(url));
    }
  }
  let budget = LIMITS.importFetchedObjects;
  const asked = new Set<string>();
  const missing = async <T extends { id: string }>(list: keyof typeof KIND, urls: Iterable<string>): Promise<T[]> => {
    const wanted = [...urls].filter((url) => !asked.has(url) && !store.get(list, url));
    wanted.forEach((url) => asked.add(url));
    const allowed = wanted.slice(0, Math.max(0, budget));
    budget -= allowed.length;
    for (const url of wanted.slice(allowed.length)) {
      report.add('object', url, `${KIND[list]} not fetched: this run fetched ${LIMITS.importFetchedObjects} already`);
    }
    const found: (T | undefined)[] = await Promise.all(
      allowed.map((url) => fetchObject<T>(client, KIND[list], url, report)),
    );
    const taken = found.filter((o): o is T => o !== undefined && !(o as { deleted?: boolean }).deleted);
    for (const object of taken) store.put(list, object.id, object);
    return taken;
  };
  const newMeetings = await missing<OparlMeeting>('meeting', meetings);
  newMeetings.forEach((m) => m.organization?.forEach((url) => organizations.add(url)));
  for (const meeting of store.all<OparlMeeting>('meeting')) {
    if (meetings.has(meeting.id)) meeting.organization?.forEach((url) => organizations.add(url));
  }
  await missing<OparlOrganization>('organization', organizations);

  // Parents that no list gave: one level at a time, each URL once, so a cycle of parents ends.
  let level = [...organizations];
  const climbed = new Set(level);
  for (let depth = 0; depth < LIMITS.importParentDepth && level.length > 0; depth += 1) {
    const parents = new Set<string>();
    for (const url of level) {
      const parent = store.get<OparlOrganization>('organization', url)?.subOrganizationOf;
      if (typeof parent === 'string' && parent !== url && !climbed.has(parent)) {
        climbed.add(parent);
        parents.add(parent);
      }
    }
    await missing<OparlOrganization>('organization', parents);
    level = [...parents];
  }
}
