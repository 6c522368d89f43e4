import fs from 'node:fs';
import path from 'node:path';
import { SeedValidationError, type SeedIssue } from '../../src/seeding/dataset';
import { exportGraph } from '../../src/seeding/export';
import { loadFiles, loadPaperTexts } from '../../src/seeding/load-files';
import { DEFAULT_SEED_DIR, loadDataset } from '../../src/seeding/seed-graph';
import { validateDataset } from '../../src/seeding/validate';
import { loadCuratedGraph } from '../support/curated-graph';
import { graphFingerprint } from '../support/graph-checksum';
import { startTestApp, TEST_CURATOR_TOKEN, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';
import { tempDir } from '../support/temp-dir';

const CURATOR = { authorization: `Bearer ${TEST_CURATOR_TOKEN}` };
const LINK = `mutation ($input: LinkInput!) {
  link(input: $input) { type status since until evidence role task interval about { id } source { id } }
}`;
const ROOT = path.resolve(__dirname, '..', '..');
const PAPER = 'koblenz-aw-0095-2019';
const TRIER_QUOTE =
  'Die Stadtverwaltung Koblenz arbeitet bei der Umsetzung dieses zentralen Digitalprojektes bereits eng mit der Stadtverwaltung Trier zusammen.';
const POSSIBILITY =
  'Beim Ausbau der schulischen Infrastrukturen könnte auch der aufgelegte „Digitalpakt Schule“ mit seinen Fördermitteln Möglichkeiten eröffnen.';
const TAKING_PART =
  'wie das Engagement der vielfältigen Netzwerke, an denen die Stadt personell und thematisch intensiv beteiligt ist';

/** What the seeder says of `entry` when a curator adds it to a file of the curated dataset. */
function seederIssues(entry: Record<string, unknown>): SeedIssue[] {
  const files = [...loadFiles(DEFAULT_SEED_DIR), { file: 'facts/added.yaml', nodes: [], relationships: [entry] }];
  try {
    validateDataset(files, loadPaperTexts(DEFAULT_SEED_DIR));
  } catch (error) {
    if (error instanceof SeedValidationError) return error.issues.filter((issue) => issue.file === 'facts/added.yaml');
    throw error;
  }
  return [];
}

/** The curator's `link` example in the documentation, as the JSON body its curl command sends. */
function documentedLinkExample(): { query: string } {
  const pages = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).map((name) => path.join('docs', name))];
  for (const page of pages.filter((name) => name.endsWith('.md'))) {
    const body = /-d '(\{"query":"mutation \{ link\(.*\})'/.exec(fs.readFileSync(path.join(ROOT, page), 'utf8'));
    if (body) return JSON.parse(body[1]!) as { query: string };
  }
  throw new Error('no page of the documentation shows a link mutation');
}

describe('link: the seeder’s rules, and changes that keep what they do not name', () => {
  let db: TestDb;
  let app: TestApp;
  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it.each([
    ['a fact without a quote from a paper that has a text', { from: 'trier', type: 'MEMBER_OF', to: 'eurocities' }],
    [
      'a quote the paper does not hold',
      { from: 'trier', type: 'MEMBER_OF', to: 'eurocities', evidence: 'Trier ist Mitglied von Eurocities.' },
    ],
    [
      'a possibility stated as ACTIVE',
      { from: 'trier', type: 'PARTICIPATES_IN', to: 'digitalpakt-schule', status: 'ACTIVE', evidence: POSSIBILITY },
    ],
    [
      'taking part stated as membership',
      {
        from: 'koblenz',
        type: 'MEMBER_OF',
        to: 'eurocities',
        source: 'koblenz-st-0027-2021',
        evidence: TAKING_PART,
      },
    ],
    ['a type the kinds do not allow', { from: 'cdo', type: 'MEMBER_OF', to: 'eurocities', evidence: TRIER_QUOTE }],
    [
      'an end before the beginning',
      {
        from: 'trier',
        type: 'COOPERATES_WITH',
        to: 'koblenz',
        evidence: TRIER_QUOTE,
        since: '2020-01-01',
        until: '2019-01-01',
      },
    ],
    ['a source that is not a Document', { from: 'trier', type: 'MEMBER_OF', to: 'eurocities', source: 'koeln' }],
  ])('when a curator links %s, then the API refuses it with the seeder’s message', async (_case, fact) => {
    const input = { source: PAPER, ...fact };
    const issues = seederIssues(input);
    expect(issues.length).toBeGreaterThan(0);
    const before = await graphFingerprint(db.executor);
    const { body } = await app.graphql(LINK, { input }, CURATOR);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const issue of issues) expect(body.errors?.[0]?.message).toContain(`${issue.field}: ${issue.message}`);
    expect(await graphFingerprint(db.executor)).toEqual(before);
  });

  it('when a fact is linked again with another status, then its task, interval, dates and quote stay', async () => {
    const fact = { from: 'trier', type: 'COOPERATES_WITH', to: 'koblenz', source: PAPER };
    const first = await app.graphql(
      LINK,
      {
        input: {
          ...fact,
          evidence: TRIER_QUOTE,
          since: '2019-08-23',
          role: 'Partnerstadt',
          task: 'Umsetzung dieses zentralen Digitalprojektes',
          interval: 'laufend',
        },
      },
      CURATOR,
    );
    const stated = {
      type: 'COOPERATES_WITH',
      status: 'ACTIVE',
      since: '2019-08-23',
      until: null,
      evidence: TRIER_QUOTE,
      role: 'Partnerstadt',
      task: 'Umsetzung dieses zentralen Digitalprojektes',
      interval: 'laufend',
      about: null,
      source: { id: PAPER },
    };
    expect(first.body).toEqual({ data: { link: stated } });

    const again = await app.graphql(LINK, { input: { ...fact, status: 'IN_PROGRESS' } }, CURATOR);
    expect(again.body).toEqual({ data: { link: { ...stated, status: 'IN_PROGRESS' } } });

    const removed = await app.graphql(LINK, { input: { ...fact, interval: null, status: null } }, CURATOR);
    expect(removed.body).toEqual({ data: { link: { ...stated, interval: null } } });

    const read = await app.graphql(
      `{ node(id: "trier") { relationships(types: [COOPERATES_WITH]) { node { id } status task role since } } }`,
    );
    expect((read.body.data as { node: { relationships: unknown[] } }).node.relationships).toContainEqual({
      node: { id: 'koblenz' },
      status: 'ACTIVE',
      task: stated.task,
      role: stated.role,
      since: stated.since,
    });
  });

  it('when the documented link example is sent and the graph exported, then the dataset passes seed --check', async () => {
    const { body } = await app.graphql(documentedLinkExample().query, {}, CURATOR);
    expect(body.errors).toBeUndefined();
    const dir = tempDir('kg-link-example-');
    for (const name of fs.readdirSync(DEFAULT_SEED_DIR).filter((n) => n !== 'register'))
      fs.cpSync(path.join(DEFAULT_SEED_DIR, name), path.join(dir, name), { recursive: true });
    const summary = await exportGraph(db.executor, dir);
    expect(summary.files.length).toBeGreaterThan(0);
    expect(() => loadDataset(dir, { register: false })).not.toThrow();
  });
});
