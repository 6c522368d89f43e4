import { formatVerifiedQuotes, loadDataset } from '../../src/seeding/seed-graph';
import { minimalDataset, seedIssues, writeDataset, type FixtureFiles } from '../support/seed-fixture';

const TEXT = [
  'Stellungnahme ST/1/2024',
  '',
  'Die Stadt Ä ist bereits Mitglied im Netz-',
  'werk. Eine Zusammenarbeit mit der Stadt B wird verwaltungsseitig geprüft.',
].join('\n');

/** The minimal dataset with a text for its paper and a quote on each fact. */
function withText(change: (files: ReturnType<typeof minimalDataset>) => void = () => undefined): FixtureFiles {
  const files = minimalDataset();
  const paper = files['nodes/nodes.yaml'].nodes[3] as Record<string, unknown>;
  paper.file = 'seed/papers/fx-paper.txt';
  const [member, cooperation] = files['facts/paper.yaml'].relationships as Record<string, unknown>[];
  member!.evidence = 'Die Stadt Ä ist bereits Mitglied im Netzwerk.';
  cooperation!.evidence = 'Eine Zusammenarbeit mit der Stadt B wird verwaltungsseitig geprüft.';
  change(files);
  return { ...files, 'papers/fx-paper.txt': TEXT };
}

const issuesOf = (files: FixtureFiles) => seedIssues(writeDataset(files));

const facts = (files: ReturnType<typeof minimalDataset>) =>
  files['facts/paper.yaml'].relationships as Record<string, unknown>[];

describe('checking every quote against its paper', () => {
  it('when every quote is in the text (across a hyphenated line end), then the dataset loads and counts them', () => {
    const dataset = loadDataset(writeDataset(withText()));
    expect(dataset.verifiedQuotes).toEqual({ 'fx-paper': 2 });
    expect(formatVerifiedQuotes(dataset)).toMatch(/fx-paper\s+2\n\s+total\s+2$/);
  });

  it('when a quote has a changed word, then the error names file, entry and field, and the nearest passage', () => {
    const issues = issuesOf(
      withText((files) => (facts(files)[0]!.evidence = 'Die Stadt Ä ist längst Mitglied im Netzwerk.')),
    );
    expect(issues).toEqual([
      {
        file: 'facts/paper.yaml',
        line: 2,
        entry: 'relationships[0] (fx-stadt-a MEMBER_OF fx-netz)',
        field: 'evidence',
        message: expect.stringMatching(
          /^is not in the text of "fx-paper" \(seed\/papers\/fx-paper\.txt\); nearest passage \(similarity 0\.\d\d\): "Die Stadt Ä ist bereits Mitglied im Netz- werk"$/,
        ),
      },
    ]);
  });

  it('when a fact of a paper with a text has no quote, then the quote is required', () => {
    const issues = issuesOf(withText((files) => delete facts(files)[1]!.evidence));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'evidence', message: 'is required: "fx-paper" has a text' }),
    ]);
  });

  it('when a relationship only describes the paper (ISSUED_BY), then it needs no quote', () => {
    const files = withText((f) =>
      facts(f).push({ from: 'fx-paper', type: 'ISSUED_BY', to: 'fx-stadt-a', source: 'fx-paper' }),
    );
    expect(loadDataset(writeDataset(files)).relationships).toHaveLength(3);
  });

  it('when a Document names a file that is not named by its id or is missing, then its "file" is refused, and a text beside an import is found', () => {
    const wrongPath = withText(
      (files) => ((files['nodes/nodes.yaml'].nodes[3] as Record<string, unknown>).file = 'seed/papers/other.txt'),
    );
    expect(issuesOf(wrongPath)).toEqual([
      expect.objectContaining({
        field: 'file',
        message: 'must be named by the Document\'s id, e.g. "seed/papers/fx-paper.txt", got "seed/papers/other.txt"',
      }),
    ]);
    const bareName = withText(
      (files) => ((files['nodes/nodes.yaml'].nodes[3] as Record<string, unknown>).file = 'fx-paper.txt'),
    );
    expect(issuesOf(bareName)).toEqual([
      expect.objectContaining({
        field: 'file',
        message: 'must be a text file below seed/, e.g. seed/papers/<document id>.txt, got "fx-paper.txt"',
      }),
    ]);
    const imported = withText(
      (files) =>
        ((files['nodes/nodes.yaml'].nodes[3] as Record<string, unknown>).file = 'seed/oparl/stadt/papers/fx-paper.txt'),
    );
    imported['oparl/stadt/papers/fx-paper.txt'] = imported['papers/fx-paper.txt'];
    delete imported['papers/fx-paper.txt'];
    expect(loadDataset(writeDataset(imported)).verifiedQuotes).toEqual({ 'fx-paper': 2 });
    const missing = withText();
    delete missing['papers/fx-paper.txt'];
    expect(issuesOf(missing)).toEqual([
      expect.objectContaining({ field: 'file', message: 'names no file of the dataset ("seed/papers/fx-paper.txt")' }),
    ]);
  });

  it('when a status is stronger than the phrasing of its quote, then the status is refused', () => {
    const issues = issuesOf(withText((files) => (facts(files)[1]!.status = 'ACTIVE')));
    expect(issues).toEqual([
      expect.objectContaining({
        entry: 'relationships[1] (fx-stadt-a COOPERATES_WITH fx-stadt-b)',
        field: 'status',
        message: expect.stringContaining('UNDER_REVIEW, not ACTIVE'),
      }),
    ]);
  });

  it('when the curated dataset is checked, then every paper has a text and every quote in it is found', () => {
    const dataset = loadDataset(`${__dirname}/../../seed`);
    const papers = dataset.nodes.filter((n) => n.kind === 'Document' && n.properties.file);
    expect(Object.keys(dataset.verifiedQuotes).sort()).toEqual(papers.map((p) => p.id).sort());
    const sourced = dataset.relationships.filter(
      (r) => r.properties.evidence && dataset.verifiedQuotes[r.properties.source!] !== undefined,
    );
    expect(Object.values(dataset.verifiedQuotes).reduce((a, b) => a + b, 0)).toBe(sourced.length);
  });
});
