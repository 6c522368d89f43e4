import { loadDataset } from '../../src/seeding/seed-graph';
import { minimalDataset, seedIssues, writeDataset, type FixtureFiles } from '../support/seed-fixture';

type Files = ReturnType<typeof minimalDataset>;

const issuesOf = (files: FixtureFiles) => seedIssues(writeDataset(files));

function withRelationship(change: (r: Record<string, unknown>) => void): Files {
  const files = minimalDataset();
  change(files['facts/paper.yaml'].relationships[0] as Record<string, unknown>);
  return files;
}

describe('loading and validating the curated dataset', () => {
  it('when the dataset is valid, then every node and relationship is returned, with status ACTIVE by default', () => {
    const dataset = loadDataset(writeDataset(minimalDataset()));
    expect(dataset.nodes.map((n) => n.id)).toEqual(['fx-stadt-a', 'fx-stadt-b', 'fx-netz', 'fx-paper']);
    expect(dataset.relationships.map((r) => [r.type, r.properties.status])).toEqual([
      ['MEMBER_OF', 'ACTIVE'],
      ['COOPERATES_WITH', 'UNDER_REVIEW'],
    ]);
  });

  it('when a file lists a section with no entries left (as an export leaves it), then it loads as empty', () => {
    const dataset = loadDataset(
      writeDataset({ ...minimalDataset(), 'facts/emptied.yaml': 'nodes:\nrelationships:\n' }),
    );
    expect(dataset.relationships).toHaveLength(2);
    expect(seedIssues(writeDataset({ ...minimalDataset(), 'facts/bad.yaml': 'nodes: 5\n' }))).toEqual([
      { file: 'facts/bad.yaml', entry: 'file', field: 'nodes', message: 'must be a list' },
    ]);
  });

  it('when a relationship names an unknown node, then the error names file, entry and field', () => {
    const issues = issuesOf(withRelationship((r) => (r.to = 'fx-nowhere')));
    expect(issues).toEqual([
      {
        file: 'facts/paper.yaml',
        line: 2,
        entry: 'relationships[0] (fx-stadt-a MEMBER_OF fx-nowhere)',
        field: 'to',
        message: 'unknown node id "fx-nowhere"',
      },
    ]);
  });

  it('when two nodes share an id, then the second is reported with the place of the first', () => {
    const files = minimalDataset();
    files['nodes/nodes.yaml'].nodes.push({ kind: 'Organisation', id: 'fx-stadt-a', name: 'Dublette', type: 'COMPANY' });
    const issues = issuesOf(files);
    expect(issues).toEqual([
      {
        file: 'nodes/nodes.yaml',
        line: 22,
        entry: 'nodes[4] "fx-stadt-a"',
        field: 'id',
        message: 'duplicate id; first defined in nodes/nodes.yaml nodes[0] "fx-stadt-a"',
      },
    ]);
  });

  it('when a relationship type is not allowed between the two kinds, then the error says which kinds it allows', () => {
    const issues = issuesOf(withRelationship((r) => (r.type = 'FUNDED_BY')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'type', file: 'facts/paper.yaml' });
    expect(issues[0]!.message).toBe(
      'FUNDED_BY is not allowed from City to Organisation; it goes from Project to Organisation|Project',
    );
  });

  it('when a relationship has no source, then it is rejected', () => {
    const issues = issuesOf(withRelationship((r) => delete r.source));
    expect(issues).toEqual([expect.objectContaining({ field: 'source', message: 'is required' })]);
  });

  it('when a source is not a Document, then it is rejected', () => {
    const issues = issuesOf(withRelationship((r) => (r.source = 'fx-netz')));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'source', message: '"fx-netz" is not a Document but a Organisation' }),
    ]);
  });

  it('when a status is unknown, then the error lists the allowed ones', () => {
    const issues = issuesOf(withRelationship((r) => (r.status = 'MAYBE')));
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'status',
        message:
          'must be one of ACTIVE, IN_PROGRESS, PLANNED, UNDER_REVIEW, REVIEWED, RECOMMENDED, PROPOSED, REJECTED, ENDED, got "MAYBE"',
      }),
    ]);
  });

  it.each(['2021-13-01', '2021-02-30', '22.11.2021', '2021-13', '2021-1', '11/2017', '21'])(
    'when a date is %s, then it is rejected',
    (since) => {
      const issues = issuesOf(withRelationship((r) => (r.since = since)));
      expect(issues).toEqual([
        expect.objectContaining({
          field: 'since',
          message: `must be a date YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source, got "${since}"`,
        }),
      ]);
    },
  );

  it.each([
    [2019, '2019'],
    ['2017-11', '2017-11'],
    ['2021-11-22', '2021-11-22'],
  ])('when a date is written %p, then it loads as the text %p, no more precise', (since, text) => {
    const dataset = loadDataset(writeDataset(withRelationship((r) => (r.since = since))));
    expect(dataset.relationships[0]!.properties.since).toBe(text);
  });

  it('when until is a year and since a day within it, then the order is accepted; a year before since is not', () => {
    const dataset = loadDataset(
      writeDataset(withRelationship((r) => Object.assign(r, { since: '2019-05-01', until: 2019 }))),
    );
    expect(dataset.relationships[0]!.properties.until).toBe('2019');
    expect(issuesOf(withRelationship((r) => Object.assign(r, { since: '2019-05-01', until: 2018 })))).toEqual([
      expect.objectContaining({ field: 'until', message: 'must not be before since (2019-05-01)' }),
    ]);
  });

  it('when a file is not valid YAML, then the file is named and nothing else is read', () => {
    const issues = issuesOf({ ...minimalDataset(), 'facts/broken.yaml': 'relationships:\n  - from: [unclosed\n' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'facts/broken.yaml', entry: 'file' });
    expect(issues[0]!.message).toMatch(/^is not valid YAML: /);
  });

  it('when a node has an unknown property or kind, then both are reported', () => {
    const files = minimalDataset();
    files['nodes/nodes.yaml'].nodes.push({ kind: 'Town', id: 'fx-town', name: 'Town' } as never);
    (files['nodes/nodes.yaml'].nodes[0] as Record<string, unknown>).mayor = 'Frau A';
    const fields = issuesOf(files).map((i) => [i.entry, i.field]);
    expect(fields).toEqual([
      ['nodes[0] "fx-stadt-a"', 'mayor'],
      ['nodes[4] "fx-town"', 'kind'],
    ]);
  });

  it('when YAML reads an unquoted number as a name, then the message says to quote it', () => {
    const files = minimalDataset();
    (files['nodes/nodes.yaml'].nodes[0] as Record<string, unknown>).aliases = [10.5];
    expect(issuesOf(files)[0]!.message).toBe(
      'must be a list of non-empty texts, but holds the number 10.5 (put it in quotes to make it a text)',
    );
  });

  it('when the same fact is stated twice by the same paper, then the duplicate is reported', () => {
    const files = minimalDataset();
    files['facts/paper.yaml'].relationships.push({ ...files['facts/paper.yaml'].relationships[0]! });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ entry: 'relationships[2] (fx-stadt-a MEMBER_OF fx-netz)', field: undefined }),
    ]);
  });
});
