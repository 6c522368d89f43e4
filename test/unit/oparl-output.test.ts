import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../../src/config/limits';
import { checkNodeProperties } from '../../src/model';
import { mapBounded } from '../../src/oparl/bounded';
import { fitEntry } from '../../src/oparl/fit-entry';
import { importOparl } from '../../src/oparl/import-oparl';
import { stagingFolders, syncFolder } from '../../src/oparl/write-output';
import { loadDataset } from '../../src/seeding/seed-graph';
import { BEISPIEL_AGS, startWellBehavedBeispielstadt } from '../support/oparl-fixture';
import { type OparlTestServer } from '../support/oparl-server';
import { writeDataset } from '../support/seed-fixture';
import { tempDir } from '../support/temp-dir';

const T = 'https://schema.oparl.org/1.1/';

function datasetWithCity(): string {
  return writeDataset({
    'nodes/cities.yaml': {
      nodes: [{ kind: 'City', id: 'bsp', name: 'Beispielstadt', state: 'Hessen', ags: BEISPIEL_AGS }],
    },
  });
}

describe("writing an import's folder", () => {
  const tree = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort();

  it('when the files differ, then the folder is replaced whole, and a file the import does not render is kept', () => {
    const dataset = tempDir('kg-sync-');
    syncFolder(
      dataset,
      'oparl/x',
      new Map([
        ['oparl/x/a.yaml', 'a: 1\n'],
        ['oparl/x/papers/b.txt', 'B\n'],
      ]),
    );
    fs.writeFileSync(path.join(dataset, 'oparl/x/NOTES.md'), 'kept');
    const result = syncFolder(dataset, 'oparl/x', new Map([['oparl/x/a.yaml', 'a: 2\n']]));
    expect(result).toEqual({ written: ['oparl/x/a.yaml'], deleted: ['oparl/x/papers/b.txt'], unchanged: 0 });
    expect(tree(path.join(dataset, 'oparl'))).toEqual([path.join('x', 'NOTES.md'), path.join('x', 'a.yaml')]);
  });

  it('when a run was killed while writing the next version, then the loader does not read it and the next run removes it', () => {
    const dataset = datasetWithCity();
    const { partial } = stagingFolders(path.join(dataset, 'oparl', 'bsp'));
    fs.mkdirSync(path.join(partial, 'papers'), { recursive: true });
    fs.writeFileSync(path.join(partial, 'structure.yaml'), 'nodes: [ {');
    fs.writeFileSync(path.join(partial, 'papers', 'bsp-x.txt'), '');
    expect(() => loadDataset(dataset)).not.toThrow();
    syncFolder(dataset, 'oparl/bsp', new Map([['oparl/bsp/structure.yaml', '']]));
    expect(fs.existsSync(partial)).toBe(false);
  });

  it('when a run was killed between moving the old version away and the new one in, then the next run puts the old one back first', () => {
    const dataset = tempDir('kg-sync-');
    const { previous } = stagingFolders(path.join(dataset, 'oparl', 'x'));
    fs.mkdirSync(previous, { recursive: true });
    fs.writeFileSync(path.join(previous, 'a.yaml'), 'a: 1\n');
    const result = syncFolder(dataset, 'oparl/x', new Map([['oparl/x/a.yaml', 'a: 1\n']]));
    expect(result).toEqual({ written: [], deleted: [], unchanged: 1 });
    expect(fs.readFileSync(path.join(dataset, 'oparl/x/a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(fs.existsSync(previous)).toBe(false);
  });
});

describe('reading files a few at a time', () => {
  it('when many items are mapped, then no more than the bound run at once, and the answers keep their order', async () => {
    let running = 0;
    let most = 0;
    const answers = await mapBounded([...Array(20).keys()], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return n * 2;
    });
    expect(most).toBe(3);
    expect(answers).toEqual([...Array(20).keys()].map((n) => n * 2));
  });
});

describe("the seed files' text cap", () => {
  const long = 'Digitalisierung '.repeat(LIMITS.textLength);

  it('when a seed entry has a name longer than the cap, then the model refuses it with its length', () => {
    expect(checkNodeProperties('Topic', { id: 'fx-t', name: long })).toEqual([
      {
        field: 'name',
        message: `is ${long.length} characters long, more than the ${LIMITS.textLength} a text may have`,
      },
    ]);
    expect(checkNodeProperties('Topic', { id: 'fx-t', name: 'T', aliases: ['ok', long] })[0]?.message).toMatch(
      /^holds a text of \d+ characters, more than the 2000/,
    );
  });

  it('when the import writes a long name and a long URL, then the name is cut to the cap, the URL left out, both noted', () => {
    const notes: string[] = [];
    const entry = fitEntry(
      {
        kind: 'Document',
        id: 'bsp-x',
        name: long,
        aliases: [long],
        url: `https://x.example/${long}`,
        type: 'VORLAGE',
        title: 'T',
      },
      'https://x.example/paper/1',
      (_url, message) => notes.push(message),
    );
    expect((entry.name as string).length).toBe(LIMITS.textLength);
    expect(entry.name).toMatch(/…$/);
    expect((entry.aliases as string[])[0]!.length).toBe(LIMITS.textLength);
    expect(entry).not.toHaveProperty('url');
    const { kind, ...properties } = entry;
    expect(kind).toBe('Document');
    expect(checkNodeProperties('Document', properties)).toEqual([]);
    expect(notes).toEqual([
      expect.stringMatching(/^name is longer/),
      expect.stringMatching(/^aliases is longer/),
      expect.stringMatching(/^url is longer .*left out/),
    ]);
  });

  it('when a text is cut inside a pair of surrogates, then no half of the pair is left', () => {
    const entry = fitEntry(
      { kind: 'Topic', id: 'fx', name: `${'a'.repeat(LIMITS.textLength - 2)}😀😀` },
      'u',
      () => {},
    );
    expect(entry.name).toBe(`${'a'.repeat(LIMITS.textLength - 2)}…`);
  });
});

describe('bounding the lists and the parents an import fetches', () => {
  let server: OparlTestServer;
  beforeEach(async () => {
    server = await startWellBehavedBeispielstadt();
  });
  afterEach(() => server.stop());
  const run = (limit?: number) =>
    importOparl({
      system: `${server.base}/oparl/system`,
      datasetDir: datasetWithCity(),
      stateDir: tempDir('kg-oparl-'),
      limit,
      client: { retries: 0 },
    });

  it('when --limit is given, then each list (organizations, meetings, papers) gives at most that many objects', async () => {
    const result = await run(1);
    expect(result.bodies[0]!.fetched).toEqual({ organization: 1, meeting: 1, paper: 1 });
    expect(result.bodies[0]!.lists).toEqual({ organization: 'stopped', meeting: 'stopped', paper: 'stopped' });
  });

  it('when the organization list never ends (each page a new next), then --limit stops it', async () => {
    server.handlers.set('/oparl/body/0/organizations', (url, response) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const org = {
        id: `${server.base}/oparl/organization/endless-${page}`,
        type: `${T}Organization`,
        name: `O${page}`,
      };
      const next = `${server.base}/oparl/body/0/organizations?page=${page + 1}`;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: [org], links: { next } }));
    });
    const result = await run(5);
    expect(result.bodies[0]!.fetched.organization).toBe(5);
    expect(server.requestsTo('/oparl/body/0/organizations')).toHaveLength(5);
  });

  it('when an organization names a parent that no list gave, then the parent is fetched once, also through a cycle, and never from another origin', async () => {
    const org = (n: string, parent: string) => ({
      id: `${server.base}/oparl/organization/${n}`,
      type: `${T}Organization`,
      name: `Amt ${n}`,
      organizationType: 'Verwaltungsbereich',
      subOrganizationOf: parent,
    });
    const amt4 = server.lists
      .get('/oparl/body/0/organizations')!
      .find((o) => o.name === 'Amt für Informationstechnik')!;
    amt4.subOrganizationOf = `${server.base}/oparl/organization/dezernat`;
    server.objects.set('/oparl/organization/dezernat', org('dezernat', `${server.base}/oparl/organization/vorstand`));
    server.objects.set('/oparl/organization/vorstand', org('vorstand', `${server.base}/oparl/organization/dezernat`));
    const other = server.lists.get('/oparl/body/0/organizations')!.find((o) => o.name === 'Fraktion Bürgerliste')!;
    other.subOrganizationOf = 'http://elsewhere.invalid/organization/1';
    const result = await run();
    expect(server.requestsTo('/oparl/organization/dezernat')).toHaveLength(1);
    expect(server.requestsTo('/oparl/organization/vorstand')).toHaveLength(1);
    expect(result.report.problems).toContainEqual(
      expect.objectContaining({ url: 'http://elsewhere.invalid/organization/1', kind: 'object' }),
    );
  });
});
