import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { importOparl } from '../../src/oparl/import-oparl';
import { loadDataset } from '../../src/seeding/seed-graph';
import { listTree, runImportChild, type ChildRun } from '../support/import-child';
import { BEISPIEL_AGS, serveBeispielstadt, startWellBehavedBeispielstadt } from '../support/oparl-fixture';
import { type OparlTestServer } from '../support/oparl-server';
import { writeDataset } from '../support/seed-fixture';
import { tempDir } from '../support/temp-dir';

/**
 * The whole import, as a command, against an OParl server that is hostile in each of the ways below. Every run must
 * end within LIMIT_MS and PEAK_MB (the child's peak resident memory, worker threads included), write nothing
 * outside its --out and --state folders, leave a dataset that --check accepts, exit non-zero when it failed, and the
 * next run against the same server, well-behaved again, must import Beispielstadt's papers.
 */
const LIMIT_MS = 60_000;
/** A case's own bound: its import child's, and the in-process run that recovers. */
const CASE_MS = LIMIT_MS + 30_000;
const PEAK_MB = 500;
const T = 'https://schema.oparl.org/1.1/';

interface Case {
  root: string;
  out: string;
  state: string;
  tmp: string;
}

function newCase(): Case {
  const root = tempDir('kg-hostile-');
  const c = { root, out: path.join(root, 'out'), state: path.join(root, 'state'), tmp: path.join(root, 'tmp') };
  const dataset = writeDataset({
    'nodes/cities.yaml': {
      nodes: [{ kind: 'City', id: 'bsp', name: 'Beispielstadt', state: 'Hessen', ags: BEISPIEL_AGS }],
    },
  });
  fs.cpSync(dataset, c.out, { recursive: true });
  fs.mkdirSync(c.tmp);
  return c;
}

/** What lies outside the output and the state: the case's own folder and the child's temporary folder. */
const outside = (c: Case) => listTree(c.root).filter((p) => !/^(out|state)(\/|$)/.test(p));

const checkAccepts = (dir: string) => expect(() => loadDataset(dir)).not.toThrow();

function json(response: http.ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

describe('an import against a hostile OParl server', () => {
  let server: OparlTestServer;
  beforeEach(async () => {
    server = await startWellBehavedBeispielstadt();
  });
  afterEach(() => server.stop());

  const paper = (n: number, fields: Record<string, unknown>) => ({
    id: `${server.base}/oparl/paper/h${n}`,
    type: `${T}Paper`,
    reference: `H/${n}/2020`,
    name: `Vorlage ${n}`,
    modified: '2020-01-01T00:00:00+01:00',
    ...fields,
  });

  /** Runs the import as a child and checks what every run must hold, whatever the server did. */
  async function hostileRun(c: Case, extra: string[] = [], killWhen?: () => boolean): Promise<ChildRun> {
    const before = outside(c);
    const args = ['--system', `${server.base}/oparl/system`, '--out', c.out, '--state', c.state, ...extra];
    const run = await runImportChild(['--timeout', '5', ...args], { tmpDir: c.tmp, limitMs: LIMIT_MS, killWhen });
    expect(run.ms).toBeLessThan(LIMIT_MS);
    if (!killWhen) {
      expect(run.signal).toBeNull();
      expect(run.peakMb).toBeLessThan(PEAK_MB);
    }
    expect(outside(c)).toEqual(before);
    checkAccepts(c.out);
    return run;
  }

  /** The same server, well-behaved again: the next run imports Beispielstadt's papers and --check accepts them. */
  async function recovers(c: Case): Promise<void> {
    for (const map of [server.handlers, server.lists, server.objects, server.files]) map.clear();
    serveBeispielstadt(server);
    server.failures.clear();
    const result = await importOparl({
      system: `${server.base}/oparl/system`,
      datasetDir: c.out,
      stateDir: c.state,
      client: { retries: 0, backoffMs: 10 },
    });
    expect(result.bodies[0]!.lists).toEqual({ organization: 'complete', meeting: 'complete', paper: 'complete' });
    const papers = fs.readdirSync(path.join(c.out, 'oparl', 'bsp', 'papers'));
    expect(papers).toEqual(expect.arrayContaining(['bsp-a-0001-2024.yaml', 'bsp-v-0004-2024.yaml']));
    checkAccepts(c.out);
  }

  it(
    'when its lists loop and leave the origin, and its objects are huge, nested, in the future or named with NUL, then the import ends, writes what fits, and the next run recovers',
    async () => {
      const c = newCase();
      const b = server.base;
      server.handlers.set('/oparl/body/0/organizations', (_url, response) =>
        json(response, {
          data: [
            {
              id: `${b}/oparl/organization/self`,
              type: `${T}Organization`,
              name: 'Amt Selbst',
              subOrganizationOf: `${b}/oparl/organization/self`,
              organizationType: 'Verwaltungsbereich',
            },
          ],
          links: { next: 'data:application/json,{"data":[{"id":"planted"}]}' },
        }),
      );
      server.handlers.set('/oparl/body/0/meetings', (_url, response) =>
        json(response, { data: [], links: { next: `${b}/oparl/body/0/meetings` } }),
      );
      server.handlers.set('/oparl/meeting/deep', (_url, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(`${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`);
      });
      const file = (n: number, accessUrl: string) => ({ id: `${b}/oparl/file/h${n}`, type: `${T}File`, accessUrl });
      const deep = { id: `${b}/oparl/consultation/h4`, type: `${T}Consultation`, meeting: `${b}/oparl/meeting/deep` };
      const papers = [
        paper(1, {
          name: `Antrag\u0000mit NUL${'x'.repeat(100_000)}`,
          originatorOrganization: [`${b}/oparl/organization/self`],
        }),
        paper(2, { modified: '9999-12-31T00:00:00+00:00', mainFile: file(2, 'file:///etc/passwd') }),
        paper(3, { mainFile: file(3, 'data:application/pdf;base64,JVBERi0=') }),
        paper(4, { mainFile: file(4, 'http://elsewhere.invalid/4.pdf'), consultation: [deep] }),
      ];
      server.handlers.set('/oparl/body/0/papers', (url, response) => {
        const page = url.searchParams.get('page') === '2' ? 2 : 1;
        const next = `${b}/oparl/body/0/papers?page=${page === 1 ? 2 : 1}`;
        json(response, { data: papers.slice((page - 1) * 2, page * 2), links: { next } });
      });

      const run = await hostileRun(c);
      expect(run.code).toBe(0);
      // The first page, page 2, and page 1 by its own URL; then page 2 again is a page already read.
      const pages = server.requests.filter((r) => r.startsWith('/oparl/body/0/papers'));
      expect(pages).toEqual(['/oparl/body/0/papers', '/oparl/body/0/papers?page=2', '/oparl/body/0/papers?page=1']);
      expect(server.requestsTo('/oparl/body/0/meetings')).toHaveLength(1);
      expect(server.requests.some((r) => r.includes('planted'))).toBe(false);
      const structure = load(fs.readFileSync(path.join(c.out, 'oparl', 'bsp', 'structure.yaml'), 'utf8'), {
        schema: CORE_SCHEMA,
      }) as { nodes: { id: string }[]; relationships: { from: string; to: string }[] };
      expect(structure.nodes.map((n) => n.id)).toContain('bsp-amt-selbst');
      expect(structure.relationships.filter((r) => r.from === r.to)).toEqual([]);
      const first = fs.readFileSync(path.join(c.out, 'oparl', 'bsp', 'papers', 'bsp-h-1-2020.yaml'), 'utf8');
      expect(first).toContain('Antrag\\u0000mit NUL');
      expect(first.length).toBeLessThan(10_000);
      expect(run.stdout).toMatch(/nests deeper than 64 levels/);
      // file: and data: file URLs are refused by the schema, a URL of another host by the client: none is requested.
      expect(run.stdout).toMatch(/file\/h2: File is invalid: field "accessUrl"/);
      expect(run.stdout).toMatch(/file\/h3: File is invalid: field "accessUrl"/);
      expect(run.stdout).toMatch(/elsewhere\.invalid\/4\.pdf: H\/4\/2020: .*leaves the system's origin/);
      const checkpoints = fs
        .readdirSync(c.state, { recursive: true, withFileTypes: true })
        .filter((e) => e.name === 'checkpoint.json')
        .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'));
      expect(checkpoints.join('')).not.toContain('9999');
      await recovers(c);
    },
    CASE_MS,
  );

  it(
    'when a list page is sent without end and without a Content-Length, then the import stops reading at its cap, fails with exit code 1, and the next run recovers',
    async () => {
      const c = newCase();
      server.handlers.set('/oparl/body/0/papers', (_url, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 32);
        let sent = 0;
        const write = () => {
          while (sent < 300 * 1024 * 1024 && response.write(chunk)) sent += chunk.length;
          if (sent < 300 * 1024 * 1024) response.once('drain', write);
          else response.end();
        };
        response.on('close', () => response.removeAllListeners('drain'));
        write();
      });
      const run = await hostileRun(c, ['--max-bytes', String(1024 * 1024)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('lists that failed');
      await recovers(c);
    },
    CASE_MS,
  );

  it(
    'when every paper of a page has a large garbage PDF, then the files are read a few at a time and memory stays bounded',
    async () => {
      const c = newCase();
      const garbage = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(4 * 1024 * 1024)]);
      const papers = [...Array(8).keys()].map((n) => {
        server.files.set(`/files/garbage-${n}.pdf`, { contentType: 'application/pdf', body: garbage });
        const accessUrl = `${server.base}/files/garbage-${n}.pdf`;
        return paper(n, {
          mainFile: { id: `${accessUrl}#f`, type: `${T}File`, accessUrl, mimeType: 'application/pdf' },
        });
      });
      server.handlers.set('/oparl/body/0/papers', (_url, response) => json(response, { data: papers }));
      const run = await hostileRun(c, ['--max-bytes', String(16 * 1024 * 1024)]);
      expect(run.code).toBe(0);
      expect(server.requests.filter((r) => r.startsWith('/files/garbage-'))).toHaveLength(8);
      await recovers(c);
    },
    CASE_MS,
  );

  it(
    'when the System has no Body, then the import exits 1 and writes nothing',
    async () => {
      const c = newCase();
      server.lists.set('/oparl/bodies', []);
      const before = listTree(c.out);
      const run = await hostileRun(c);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('no Body');
      expect(listTree(c.out)).toEqual(before);
      await recovers(c);
    },
    CASE_MS,
  );

  it(
    'when the import is killed in the middle of a run, then the output of the run before stays whole and --check accepts it, and the next run recovers',
    async () => {
      const c = newCase();
      await recovers(c);
      const contents = () =>
        Object.fromEntries(
          listTree(path.join(c.out, 'oparl'))
            .map((f) => path.join(c.out, 'oparl', f))
            .filter((f) => fs.statSync(f).isFile())
            .map((f) => [f, fs.readFileSync(f, 'utf8')]),
        );
      const before = contents();
      fs.rmSync(c.state, { recursive: true });
      // The text file never comes: the run is killed while it waits for it, with the other papers read.
      server.handlers.set('/files/2.txt', () => undefined);
      const run = await hostileRun(c, [], () => server.requestsTo('/files/2.txt').length > 0);
      expect(run.signal).toBe('SIGKILL');
      expect(contents()).toEqual(before);
      await recovers(c);
    },
    CASE_MS,
  );
});
