import { ID_PATTERN } from '../model';
import { readDatasetIndex } from './dataset-index';
import { fetchObject, fetchWholeList } from './fetch-objects';
import { OparlClient, type ClientOptions } from './http-client';
import { importBody, type BodyImport } from './import-body';
import { ImportReport } from './import-report';
import type { OparlBody, OparlSystem } from './oparl-types';
import type { PaperFilter } from './paper-filter';

/** The origin of the System's URL, which every request of the import must stay on. */
const originOf = (url: string): string | undefined => (URL.canParse(url) ? new URL(url).origin : undefined);

export interface ImportOptions {
  /** URL of the OParl System object. */
  system: string;
  /** OParl id of the one Body to import; all of the System's bodies without it. */
  body?: string;
  /** Id of the City to import into, instead of finding it by the Body's AGS. */
  city?: string;
  /** `modified_since` of a walk that starts without a checkpoint: a date-time, or a date (midnight UTC). */
  since?: string;
  /** At most this many objects of each list in this run (bodies, organizations, meetings, papers); the next run
   * goes on where it stopped. */
  limit?: number;
  filter?: Partial<PaperFilter>;
  /** The dataset folder; the import writes into its oparl/<city>/ folder. */
  datasetDir: string;
  /** Where checkpoints and the mirror of fetched objects are kept. */
  stateDir: string;
  client?: ClientOptions;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface ImportResult {
  system: OparlSystem;
  bodies: BodyImport[];
  report: ImportReport;
  requests: number;
  retries: number;
  interrupted: boolean;
}

/** A problem that ends the run before anything is written: the System cannot be read, or nothing matches. */
export class ImportFailure extends Error {
  override readonly name = 'ImportFailure';
}

/** `--since` as OParl wants it: a full date-time with offset. */
export function sinceParameter(since: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(since) && !Number.isNaN(Date.parse(since))) return `${since}T00:00:00+00:00`;
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/.test(since) &&
    !Number.isNaN(Date.parse(since))
  ) {
    return since;
  }
  throw new ImportFailure(`--since must be a date YYYY-MM-DD or a date-time YYYY-MM-DDThh:mm:ss±hh:mm, got "${since}"`);
}

/**
 * Imports papers from an OParl System: System → its Bodies (or the one asked for) → each Body's lists, into
 * curated-format YAML under the dataset's oparl/<city>/ folder. Writes no graph; reports problems and goes on.
 */
export async function importOparl(options: ImportOptions): Promise<ImportResult> {
  const log = options.log ?? (() => undefined);
  const since = options.since === undefined ? undefined : sinceParameter(options.since);
  const client = new OparlClient({ ...options.client, origin: originOf(options.system) });
  const report = new ImportReport();
  const system = await fetchObject<OparlSystem>(client, 'System', options.system, report);
  if (!system)
    throw new ImportFailure(`the System ${options.system} could not be read: ${report.problems.at(-1)?.message}`);
  for (const other of system.otherOparlVersions ?? []) {
    report.add('version', other, 'the server offers another OParl version here; this run reads the one given');
  }
  log(`System ${system.name ?? system.id} (${system.oparlVersion})`);

  let bodies = await fetchWholeList<OparlBody>(client, 'Body', system.body, report, options.limit);
  if (options.body) {
    const named = bodies.filter((b) => b.id === options.body);
    bodies =
      named.length > 0
        ? named
        : [await fetchObject<OparlBody>(client, 'Body', options.body, report)].filter(
            (b): b is OparlBody => b !== undefined,
          );
  }
  if (bodies.length === 0) throw new ImportFailure(`no Body to import from ${system.id}`);
  if (options.city && bodies.length > 1) {
    throw new ImportFailure(`the System has ${bodies.length} bodies; --city needs --body to say which one`);
  }

  const dataset = readDatasetIndex(options.datasetDir);
  if (options.city && dataset.get(options.city)?.kind !== 'City') {
    throw new ImportFailure(`--city ${options.city}: the dataset has no City with this id`);
  }
  const result: ImportResult = { system, bodies: [], report, requests: 0, retries: 0, interrupted: false };
  const cities = new Set<string>();
  for (const body of bodies) {
    if (options.signal?.aborted) break;
    const city = options.city ? dataset.get(options.city) : resolveCity(body, dataset.citiesWithAgs(body.ags ?? ''));
    if (typeof city === 'string') {
      report.add('body', body.id, city);
      continue;
    }
    // The city's id names the output folder, so it must be a proper node id.
    if (!ID_PATTERN.test(city!.id)) {
      report.add('body', body.id, `City id "${city!.id}" is not a valid node id`);
      continue;
    }
    if (cities.has(city!.id)) {
      report.add('body', body.id, `another Body of this System went to City ${city!.id} already; pass --body`);
      continue;
    }
    cities.add(city!.id);
    const target = { id: city!.id, name: city!.names[0] ?? city!.id };
    log(`Body ${body.name} → City ${target.id}`);
    result.bodies.push(
      await importBody(client, report, system, body, target, {
        datasetDir: options.datasetDir,
        stateDir: options.stateDir,
        since,
        limit: options.limit,
        filter: { paperTypes: options.filter?.paperTypes ?? [], keywords: options.filter?.keywords ?? [] },
        signal: options.signal,
        log,
      }),
    );
  }
  result.requests = client.requests;
  result.retries = client.retries;
  result.interrupted = options.signal?.aborted ?? false;
  return result;
}

function resolveCity(body: OparlBody, matches: { id: string; names: string[] }[]) {
  if (!body.ags) return `Body ${body.name} has no ags; pass --city <id> with --body`;
  if (matches.length === 0) return `no City with ags ${body.ags} in the dataset; add it, or pass --city <id>`;
  if (matches.length > 1) return `several Cities have ags ${body.ags}: ${matches.map((m) => m.id).join(', ')}`;
  return matches[0]!;
}
