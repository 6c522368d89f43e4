import { createHash } from 'node:crypto';
import { LIMITS } from '../config/limits';
import { IMPORT_FOLDER } from '../seeding/load-files';
import { mapBounded } from './bounded';
import { readDatasetIndex } from './dataset-index';
import { accept, fetchObject } from './fetch-objects';
import { fillInReferences } from './fetch-references';
import { fileText } from './file-text';
import type { OparlClient } from './http-client';
import type { ImportReport } from './import-report';
import type {
  OparlBody,
  OparlConsultation,
  OparlFile,
  OparlMeeting,
  OparlOrganization,
  OparlPaper,
  OparlSystem,
} from './oparl-types';
import { passesFilter, type PaperFilter } from './paper-filter';
import { renderOutput } from './render';
import { StateStore, type ListName, type MirroredPaper } from './state-store';
import { walkList, type WalkContext, type WalkEnd } from './walk-list';
import { syncFolder, type SyncResult } from './write-output';
import type { OparlKind } from './validate-object';

export interface BodyImportOptions {
  datasetDir: string;
  stateDir: string;
  since?: string;
  /** At most this many objects of each list (organizations, meetings, papers) in this run. */
  limit?: number;
  filter: PaperFilter;
  signal?: AbortSignal;
  log: (line: string) => void;
}

export interface BodyImport {
  body: OparlBody;
  city: { id: string; name: string };
  folder: string;
  /** Objects taken from each list in this run, and objects removed because the server marked them deleted. */
  fetched: Record<ListName, number>;
  deleted: Record<ListName, number>;
  lists: Partial<Record<ListName, WalkEnd>>;
  papers: number;
  texts: { read: number; missing: number };
  sync: SyncResult;
}

const KIND: Record<ListName, OparlKind> = { organization: 'Organization', meeting: 'Meeting', paper: 'Paper' };
const hash = (text: string) => createHash('sha1').update(text).digest('hex');

/** Walks one Body's lists into its mirror (Organization, Meeting, then Paper) and renders the mirror into the dataset. */
export async function importBody(
  client: OparlClient,
  report: ImportReport,
  system: OparlSystem,
  body: OparlBody,
  city: { id: string; name: string },
  options: BodyImportOptions,
): Promise<BodyImport> {
  const { log } = options;
  const store = new StateStore(options.stateDir, system.id, body.id);
  const checkpoint = store.checkpoint(system.id, body.id);
  const context: WalkContext = { client, store, checkpoint, report, log, signal: options.signal };
  const folder = `${IMPORT_FOLDER}/${city.id}`;
  const run: BodyImport = {
    body,
    city,
    folder,
    fetched: { organization: 0, meeting: 0, paper: 0 },
    deleted: { organization: 0, meeting: 0, paper: 0 },
    lists: {},
    papers: 0,
    texts: { read: 0, missing: 0 },
    sync: { written: [], deleted: [], unchanged: 0 },
  };
  const fresh = new Set<string>();

  /** Applies a deleted object as a removal; validates and mirrors any other. Answers the object when taken. */
  const take = <T extends { id: string }>(list: ListName, item: unknown, pageUrl: string): T | undefined => {
    const raw = item as { id?: unknown; deleted?: unknown } | null;
    if (raw && typeof raw.id === 'string' && raw.deleted === true) {
      if (store.remove(list, raw.id)) run.deleted[list] += 1;
      return undefined;
    }
    return accept<T>(KIND[list], item, pageUrl, report);
  };

  for (const list of ['organization', 'meeting'] as const) {
    if (options.signal?.aborted) break;
    const since = list === 'meeting' ? options.since : undefined;
    let left = options.limit ?? Infinity;
    run.lists[list] = await walkList(context, list, body[list], since, async (items, pageUrl) => {
      let index = 0;
      for (; index < items.length && left > 0; index++) {
        left -= 1;
        const object = take<{ id: string }>(list, items[index], pageUrl);
        if (!object) continue;
        store.put(list, object.id, object);
        run.fetched[list] += 1;
      }
      return { consumed: index, stop: left <= 0 };
    });
  }

  let remaining = options.limit ?? Infinity;
  if (!options.signal?.aborted) {
    run.lists.paper = await walkList(context, 'paper', body.paper, options.since, async (items, pageUrl) => {
      const chosen: OparlPaper[] = [];
      let index = 0;
      for (; index < items.length && remaining > 0; index++) {
        const paper = take<OparlPaper>('paper', items[index], pageUrl);
        if (!paper || !passesFilter(paper, options.filter)) continue;
        chosen.push(paper);
        remaining -= 1;
      }
      // Each paper is mirrored as soon as its file is read: a page's files are held a few at a time, not all at once.
      await mapBounded(chosen, LIMITS.importFilesAtOnce, async (paper) => {
        store.put('paper', paper.id, await preparePaper(client, report, store, paper));
        fresh.add(paper.id);
        run.fetched.paper += 1;
      });
      return { consumed: index, stop: remaining <= 0 };
    });
  }

  await fillInReferences(client, report, store, fresh);

  // Mapping notes are about this run's papers, not about what earlier runs reported already.
  const concerned = new Set<string>([body.id]);
  for (const id of fresh) {
    concerned.add(id);
    const paper = store.get<MirroredPaper>('paper', id)?.paper as OparlPaper | undefined;
    paper?.originatorOrganization?.forEach((url) => concerned.add(url));
    for (const c of paper?.consultation ?? []) {
      concerned.add(c.id);
      c.organization?.forEach((url) => concerned.add(url));
      const meeting = c.meeting ? store.get<OparlMeeting>('meeting', c.meeting) : undefined;
      meeting?.organization?.forEach((url) => concerned.add(url));
    }
  }
  const dataset = readDatasetIndex(options.datasetDir, folder);
  const byId = <T extends { id: string }>(list: ListName) => new Map(store.all<T>(list).map((o) => [o.id, o]));
  const papers = store.all<MirroredPaper>('paper');
  const files = renderOutput({
    city,
    folder,
    system,
    body,
    organizations: byId<OparlOrganization>('organization'),
    meetings: byId<OparlMeeting>('meeting'),
    papers,
    dataset,
    note: (url, message) => {
      if (concerned.has(url)) report.add('mapping', url, message);
    },
  });
  run.papers = [...files.keys()].filter((f) => f.startsWith(`${folder}/papers/`) && f.endsWith('.yaml')).length;
  for (const { paper, text } of papers) {
    if (!fresh.has((paper as OparlPaper).id) || !text) continue;
    if (text.outcome.text === null) run.texts.missing += 1;
    else run.texts.read += 1;
  }
  run.sync = syncFolder(options.datasetDir, folder, files);
  return run;
}

async function preparePaper(
  client: OparlClient,
  report: ImportReport,
  store: StateStore,
  paper: OparlPaper,
): Promise<MirroredPaper> {
  const consultations: OparlConsultation[] = [];
  for (const raw of (paper.consultation ?? []) as unknown[]) {
    const consultation =
      typeof raw === 'string'
        ? await fetchObject<OparlConsultation>(client, 'Consultation', raw, report)
        : accept<OparlConsultation>('Consultation', raw, paper.id, report);
    if (consultation && !consultation.deleted) consultations.push(consultation);
  }
  const rawFile: unknown = paper.mainFile;
  const file =
    typeof rawFile === 'string'
      ? await fetchObject<OparlFile>(client, 'File', rawFile, report)
      : rawFile === undefined
        ? undefined
        : accept<OparlFile>('File', rawFile, paper.id, report);
  const entry: MirroredPaper = { paper: { ...paper, consultation: consultations, mainFile: file } };
  if (!file) {
    if (rawFile === undefined)
      report.add('file', paper.id, `${paper.reference ?? paper.id}: the paper has no mainFile`);
    return entry;
  }
  const fileKey = [file.id, file.modified ?? '', file.accessUrl, hash(file.text ?? '')].join('|');
  const previous = store.get<MirroredPaper>('paper', paper.id)?.text;
  // An unchanged file keeps the text read before; a failed one is tried again.
  const outcome =
    previous?.fileKey === fileKey && previous.outcome.text !== null ? previous.outcome : await fileText(client, file);
  if (outcome.text === null) report.add('file', file.accessUrl, `${paper.reference ?? paper.id}: ${outcome.reason}`);
  entry.text = { fileKey, outcome };
  return entry;
}
