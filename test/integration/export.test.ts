import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { applyGraphSchema } from '../../src/db/graph-schema';
import { CHANGE_LABEL } from '../../src/db/change-log';
import { exportGraph } from '../../src/seeding/export';
import { UnexportedChangesError } from '../../src/seeding/reset-guard';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import { graphFingerprint } from '../support/graph-checksum';
import { startTestApp, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';
import { tempDir } from '../support/temp-dir';

const ANNA = 'anna-curator-token-0123456789';
const AS_ANNA = { authorization: `Bearer ${ANNA}` };

const UPDATE = `mutation ($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) { id } }`;
const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { type } }`;
const UNLINK = `mutation ($from: ID!, $type: RelationshipType!, $to: ID!, $source: ID!) { unlink(from: $from, type: $type, to: $to, source: $source) }`;

/** The lines `diff` reports as removed from `before` and added in `after`. */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const dir = tempDir('kg-diff-');
  fs.writeFileSync(path.join(dir, 'a'), before);
  fs.writeFileSync(path.join(dir, 'b'), after);
  const out = spawnSync('diff', [path.join(dir, 'a'), path.join(dir, 'b')], { encoding: 'utf8' }).stdout;
  const pick = (mark: string) =>
    out
      .split('\n')
      .filter((line) => line.startsWith(mark))
      .map((line) => line.slice(2));
  return { removed: pick('< '), added: pick('> ') };
}

function readTree(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => [
      path.relative(dir, path.join(e.parentPath, e.name)),
      fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'),
    ]),
  );
}

/** A quote from AW/0095/2019, which a fact citing that paper must carry. */
const EVIDENCE =
  'Die Stadtverwaltung Koblenz arbeitet bei der Umsetzung dieses zentralen Digitalprojektes bereits eng mit der Stadtverwaltung Trier zusammen.';

// The suite loads the whole dataset, the municipality register included, and compares it with the graph after each
// export: on a busy machine that takes minutes, not seconds. The reset guard's test loads the curated files alone,
// since what it checks (a change the files do not hold) does not depend on the register.
jest.setTimeout(300_000);

describe('exporting the graph back into the curated files', () => {
  let db: TestDb;
  let app: TestApp;
  let dir: string;
  const clearChangeLog = () =>
    db.executor.write({ name: 'test-clear-changes', cypher: `MATCH (c:${CHANGE_LABEL}) DELETE c` });

  beforeAll(async () => {
    db = openTestDb();
    await applyGraphSchema(db.executor);
    await clearChangeLog();
    dir = tempDir('kg-export-');
    fs.cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    await seedGraph(db.executor, dir, { reset: true });
    app = await startTestApp({ CURATOR_TOKENS: `anna:${ANNA}` });
  });
  afterAll(async () => {
    await clearChangeLog();
    await app.close();
    await db.close();
  });

  it('when the loaded graph is exported unchanged, then no file changes', async () => {
    const before = readTree(dir);
    const summary = await exportGraph(db.executor, dir);
    expect(summary.files).toEqual([]);
    expect(readTree(dir)).toEqual(before);
  });

  it('when a curator changes the graph through the API, then the export is a minimal diff in the right files', async () => {
    const before = readTree(dir);
    const mutations: [string, Record<string, unknown>][] = [
      [UPDATE, { id: 'trier', input: { aliases: ['Stadt Trier', 'Stadtverwaltung Trier', 'Treves'] } }],
      [CREATE, { input: { kind: 'City', id: 'test-mainz', name: 'Mainz', properties: { state: 'Rheinland-Pfalz' } } }],
      [
        LINK,
        {
          input: {
            from: 'trier',
            type: 'COOPERATES_WITH',
            to: 'koblenz',
            source: 'koblenz-aw-0095-2019',
            evidence: EVIDENCE,
          },
        },
      ],
      [UNLINK, { from: 'koblenz', type: 'MEMBER_OF', to: 'it-stadt-koblenz', source: 'koblenz-st-0078-2025' }],
    ];
    for (const [mutation, variables] of mutations) {
      const { body } = await app.graphql(mutation, variables, AS_ANNA);
      expect(body.errors).toBeUndefined();
    }

    const summary = await exportGraph(db.executor, dir);
    expect(summary.changes.map((c) => [c.curator, c.operation, c.target])).toEqual([
      ['anna', 'updateEntity', 'trier'],
      ['anna', 'createEntity', 'test-mainz'],
      ['anna', 'link', 'trier -[COOPERATES_WITH]-> koblenz @ koblenz-aw-0095-2019'],
      ['anna', 'unlink', 'koblenz -[MEMBER_OF]-> it-stadt-koblenz @ koblenz-st-0078-2025'],
    ]);
    expect(summary.files.map((f) => f.file).sort()).toEqual([
      'facts/koblenz-aw-0095-2019.yaml',
      'facts/koblenz-st-0078-2025.yaml',
      'nodes/cities.yaml',
    ]);
    const after = readTree(dir);
    expect(lineDiff(before.get('nodes/cities.yaml')!, after.get('nodes/cities.yaml')!)).toEqual({
      removed: ['    aliases: [Stadt Trier, Stadtverwaltung Trier]'],
      added: [
        '    aliases: [Stadt Trier, Stadtverwaltung Trier, Treves]',
        '  - kind: City',
        '    id: test-mainz',
        '    name: Mainz',
        '    state: Rheinland-Pfalz',
      ],
    });
    expect(
      lineDiff(before.get('facts/koblenz-aw-0095-2019.yaml')!, after.get('facts/koblenz-aw-0095-2019.yaml')!),
    ).toEqual({
      removed: [],
      added: [
        '  - from: trier',
        '    type: COOPERATES_WITH',
        '    to: koblenz',
        '    source: koblenz-aw-0095-2019',
        `    evidence: ${EVIDENCE}`,
      ],
    });
    const unlinked = lineDiff(
      before.get('facts/koblenz-st-0078-2025.yaml')!,
      after.get('facts/koblenz-st-0078-2025.yaml')!,
    );
    expect(unlinked.added).toEqual([]);
    expect(unlinked.removed.slice(0, 4)).toEqual([
      '  - from: koblenz',
      '    type: MEMBER_OF',
      '    to: it-stadt-koblenz',
      '    source: koblenz-st-0078-2025',
    ]);
    expect(unlinked.removed.slice(4).every((line) => /^ {4}\w+:/.test(line))).toBe(true);

    const again = await seedGraph(db.executor, dir, { dryRun: true });
    expect(again.unexported).toEqual([]);
    expect(again.changes).toEqual([]);
  });

  it('when the graph holds a change the files do not, then --reset refuses and lists it until told to discard it', async () => {
    const { body } = await app.graphql(UPDATE, { id: 'koeln', input: { description: 'Domstadt am Rhein.' } }, AS_ANNA);
    expect(body.errors).toBeUndefined();
    const dryRun = await seedGraph(db.executor, dir, { dryRun: true, register: false });
    expect(dryRun.unexported.map((c) => `${c.curator} ${c.operation} ${c.target}`)).toEqual([
      'anna updateEntity koeln',
    ]);

    const before = await graphFingerprint(db.executor);
    const refused = seedGraph(db.executor, dir, { reset: true, register: false, graphChanges: 'refuse' });
    await expect(refused).rejects.toThrow(UnexportedChangesError);
    await expect(refused).rejects.toThrow(/changed in the graph: City koeln[\s\S]*--reset --discard-graph-changes/);
    expect(await graphFingerprint(db.executor)).toEqual(before);

    await seedGraph(db.executor, dir, { reset: true, register: false, graphChanges: 'discard' });
    const [koeln] = await db.executor.read<{ description: string }>({
      name: 'test-koeln',
      cypher: `MATCH (c:City {id: 'koeln'}) RETURN c.description AS description`,
    });
    expect(koeln!.description).not.toBe('Domstadt am Rhein.');
    await expect(
      seedGraph(db.executor, dir, { reset: true, register: false, graphChanges: 'refuse' }),
    ).resolves.toBeDefined();
  });
});
