import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIMITS } from '../config/limits';
import { findOparlSystem } from '../lists/find-system';
import { ImportFailure, importOparl } from '../oparl/import-oparl';
import { formatImportSummary, importFailure } from '../oparl/import-summary';
import { SeedValidationError } from '../seeding/dataset';
import { DEFAULT_SEED_DIR } from '../seeding/seed-graph';
import { runCli } from './run-cli';

const USAGE = `usage: npm run import:oparl -- --system <URL> [options]
       npm run import:oparl -- --city <name or AGS> [options]
  --system <URL>       the OParl System object; without it, --city names a municipality, Gemeindeverband or
                       Kreis (by name, AGS or Regionalschlüssel) whose System the OParl list (lists/) gives
  --body <id>          import only this Body (its OParl id); all bodies of the System without it
  --city <id>          the City to import into, instead of the one whose ags the Body names (needs --body
                       when the System has several bodies)
  --since <date>       papers and meetings created or modified since (YYYY-MM-DD or a date-time), for a walk
                       that has no checkpoint yet
  --limit <n>          at most n objects of each list in this run (bodies, organizations, meetings,
                       papers); the next run goes on where it stopped
  --paper-type <t>     only papers of this type: OParl's paperType ("Antrag") or a Document type (ANTRAG);
                       repeat for several
  --keyword <word>     only papers whose name, reference or keywords contain the word; repeat for several
  --out <dir>          the dataset folder (default: seed/); the import writes its oparl/<city>/ folder
  --state <dir>        checkpoints and fetched objects (default: .oparl-state/)
  --concurrency <n>    requests at once (default 4)
  --timeout <s>        seconds one request may take (default 30)
  --max-bytes <n>      bytes one answer may have (default ${LIMITS.importResponseBytes})`;

const positive = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new ImportFailure(`${name} must be a whole number of 1 or more`);
  return Number(value);
};

runCli(async (args) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        system: { type: 'string' },
        body: { type: 'string' },
        city: { type: 'string' },
        since: { type: 'string' },
        limit: { type: 'string' },
        'paper-type': { type: 'string', multiple: true },
        keyword: { type: 'string', multiple: true },
        out: { type: 'string' },
        state: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.system && values.city) {
    const lookup = findOparlSystem(values.city, values.out ? path.resolve(values.out) : DEFAULT_SEED_DIR);
    if (!lookup.found) {
      console.error(`--city: ${lookup.message}`);
      return 2;
    }
    console.log(`The OParl list gives ${lookup.url} for "${lookup.title}" (${lookup.unit}).`);
    values.system = lookup.url;
    values.city = undefined;
  }
  if (!values.system || !/^https?:\/\//.test(values.system)) {
    console.error(`--system needs the http(s) URL of an OParl System\n${USAGE}`);
    return 2;
  }
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    console.log('Stopping after the current page (Ctrl-C again to quit at once) …');
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const timeout = positive('--timeout', values.timeout);
    const result = await importOparl({
      system: values.system,
      body: values.body,
      city: values.city,
      since: values.since,
      limit: positive('--limit', values.limit),
      filter: { paperTypes: values['paper-type'] ?? [], keywords: values.keyword ?? [] },
      datasetDir: values.out ? path.resolve(values.out) : DEFAULT_SEED_DIR,
      stateDir: path.resolve(values.state ?? path.join(DEFAULT_SEED_DIR, '..', '.oparl-state')),
      client: {
        concurrency: positive('--concurrency', values.concurrency),
        timeoutMs: timeout === undefined ? undefined : timeout * 1000,
        maxBytes: positive('--max-bytes', values['max-bytes']),
      },
      signal: controller.signal,
      log: (line) => console.log(line),
    });
    console.log(formatImportSummary(result));
    if (result.interrupted) return 130;
    const failure = importFailure(result);
    if (failure) console.error(`error: the import failed: ${failure}`);
    return failure ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportFailure || error instanceof SeedValidationError) {
      console.error(`error: ${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
});
