import { answers } from '../support/test-app';
import fs from 'node:fs';
import path from 'node:path';
import { SeedValidationError } from '../../src/seeding/dataset';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import { graphFingerprint } from '../support/graph-checksum';
import { useCuratedApp } from '../support/curated-graph';
import { tempDir } from '../support/temp-dir';

const ST_0078 = 'koblenz-st-0078-2025';
const PD_QUOTE = 'Eine Kooperation mit der PD GmbH wird verwaltungsseitig geprüft.';

/** A copy of the curated dataset with one quote changed, in a temporary folder. */
function curatedCopyWith(file: string, from: string, to: string): string {
  const dir = tempDir('kg-provenance-');
  fs.cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const text = fs.readFileSync(target, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  fs.writeFileSync(target, text.replace(from, to));
  return dir;
}

describe("provenance: the papers' texts, checked quotes and passages", () => {
  const curated = useCuratedApp();

  const { data } = answers(() => curated.app);

  it('when a load holds a quote with a changed word, then it is refused with the nearest passage and nothing changes', async () => {
    const before = await graphFingerprint(curated.db.executor);
    const dir = curatedCopyWith(
      'facts/koblenz-st-0078-2025.yaml',
      'wird verwaltungsseitig geprüft.',
      'wurde verwaltungsseitig beschlossen.',
    );
    const error = await seedGraph(curated.db.executor, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const issues = (error as SeedValidationError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue).toMatchObject({ file: 'facts/koblenz-st-0078-2025.yaml', field: 'evidence' });
      expect(issue.message).toMatch(
        /^is not in the text of "koblenz-st-0078-2025" .*nearest passage \(similarity 0\.\d\d\): ".*verwaltungsseitig/,
      );
    }
    expect(await graphFingerprint(curated.db.executor)).toEqual(before);
  });

  it('when a load holds a quote taken from another paper, then it is refused', async () => {
    const dir = curatedCopyWith(
      'facts/koblenz-st-0078-2025.yaml',
      `evidence: '${PD_QUOTE}'`,
      "evidence: 'Die Stadtverwaltung Koblenz arbeitet bei der Umsetzung dieses zentralen Digitalprojektes bereits eng mit der Stadtverwaltung Trier zusammen.'",
    );
    const error = await seedGraph(curated.db.executor, dir).catch((e: unknown) => e);
    expect((error as SeedValidationError).issues).toEqual([
      expect.objectContaining({
        entry: expect.stringContaining('(koblenz COOPERATES_WITH pd-gmbh)'),
        field: 'evidence',
      }),
    ]);
  });

  it('when a fact is asked for its passage, then the quote, its sentence and its place in the paper come back', async () => {
    const { facts } = await data(
      `query ($source: String) { facts(filter: { source: $source, statuses: [UNDER_REVIEW], types: [COOPERATES_WITH] }) {
        edges { node { evidence passage { quote sentence start end line column textUrl } } } } }`,
      { source: ST_0078 },
    );
    const text = fs.readFileSync(path.join(DEFAULT_SEED_DIR, 'papers', `${ST_0078}.txt`), 'utf8');
    const [{ node }] = facts.edges;
    expect(node.evidence).toBe(PD_QUOTE);
    const { passage } = node;
    expect(text.slice(passage.start, passage.end)).toBe(PD_QUOTE);
    expect(passage).toMatchObject({ quote: PD_QUOTE, sentence: PD_QUOTE, line: 88, column: 1 });
    expect(passage.textUrl).toBe(`/papers/${ST_0078}.txt?from=${passage.start}&to=${passage.end}`);
  });

  it('when the passage URL is fetched, then the paper comes as UTF-8 text with the passage marked', async () => {
    const { facts } = await data(
      `{ facts(filter: { source: "${ST_0078}", types: [COOPERATES_WITH], statuses: [UNDER_REVIEW] }) { edges { node { passage { textUrl } } } } }`,
    );
    const response = await fetch(`${curated.app.url}${facts.edges[0].node.passage.textUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = await response.text();
    expect(body).toContain(`[[[${PD_QUOTE}]]]`);
    expect(body.replace('[[[', '').replace(']]]', '')).toBe(
      fs.readFileSync(path.join(DEFAULT_SEED_DIR, 'papers', `${ST_0078}.txt`), 'utf8'),
    );
  });

  it.each([
    ['/papers/nope.txt', 404],
    ['/papers/..%2Fnodes%2Fcities.yaml.txt', 404],
    [`/papers/${ST_0078}.txt?from=10&to=5`, 400],
    [`/papers/${ST_0078}.txt?from=0&to=999999`, 400],
    [`/papers/${ST_0078}.txt?from=abc&to=5`, 400],
  ])('when %s is asked, then it answers %d', async (url, status) => {
    expect((await fetch(`${curated.app.url}${url}`)).status).toBe(status);
  });

  it('when the undated IT-Rollenmodell is asked for, then it has no date but an inferred one with its basis', async () => {
    const { node } = await data(
      '{ node(id: "koblenz-it-rollenmodell-2019") { ... on Document { date inferredDate dateBasis file } } }',
    );
    expect(node).toMatchObject({
      date: null,
      inferredDate: '2019-08-23',
      dateBasis: expect.stringContaining('AW/0095/2019'),
      file: 'seed/papers/koblenz-it-rollenmodell-2019.txt',
    });
  });
});
