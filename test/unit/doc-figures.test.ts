import fs from 'node:fs';
import path from 'node:path';
import { measurePaper } from '../../src/drafting/measure';
import { PAPERS_FOLDER } from '../../src/provenance/paper-texts';
import {
  DEFAULT_SEED_DIR,
  formatSummary,
  formatVerifiedQuotes,
  loadDataset,
  type Tally,
} from '../../src/seeding/seed-graph';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** What `npm run seed -- --check` prints for the project's dataset, with the folder as the docs write it. */
function checkOutput(): string[] {
  const dataset = loadDataset(DEFAULT_SEED_DIR);
  return [
    `/path/to/kommunen-graph/seed: ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships, all valid.`,
    ...formatVerifiedQuotes(dataset).split('\n'),
  ];
}

const output = checkOutput();
const dataset = loadDataset(DEFAULT_SEED_DIR);

/** The lines of `doc` from the first that `starts` to the end of its block (a code fence or an empty line). */
function block(doc: string[], starts: (line: string) => boolean): string[] {
  const start = doc.findIndex(starts);
  expect(start).toBeGreaterThan(0);
  const end = doc.findIndex((line, i) => i > start && (line.startsWith('```') || line.trim() === ''));
  return doc.slice(start, end);
}

/**
 * What `seed --dry-run` prints for the project's dataset on a graph that holds it, but for the relationships `updated`
 * names (the README's example of a status changed in the files): every other node and relationship unchanged.
 */
function dryRunTable(updated: Set<string>): string {
  const tally = (groups: Record<string, Tally>, key: string, change: keyof Tally) => {
    groups[key] ??= { created: 0, updated: 0, unchanged: 0 };
    groups[key][change] += 1;
  };
  const nodes: Record<string, Tally> = {};
  const relationships: Record<string, Tally> = {};
  for (const node of dataset.nodes) tally(nodes, node.kind, 'unchanged');
  for (const r of dataset.relationships) {
    const line = `${r.from} -[${r.type}]-> ${r.to} @ ${r.properties.source}`;
    tally(relationships, r.type, updated.has(line) ? 'updated' : 'unchanged');
  }
  const summary = { dryRun: true, reset: false, nodes, relationships, removedNodes: 0, withdrawnNodes: 0 };
  return formatSummary({ ...summary, withdrawnLinks: 0, changes: [], unexported: [] });
}
const thousands = (n: number) => n.toLocaleString('en-US');

describe('the figures the docs show', () => {
  it('when seed/README.md shows the output of --check, then it is what the command prints', () => {
    const doc = read('seed/README.md').split('\n');
    const start = doc.findIndex((line) => line.endsWith('relationships, all valid.'));
    expect(start).toBeGreaterThan(0);
    expect(doc.slice(start, start + output.length)).toEqual(output);
  });

  it('when seed/README.md shows a load validating the dataset, then its counts and quotes are those of --check', () => {
    const doc = read('seed/README.md').split('\n');
    const start = doc.findIndex((line) => line.startsWith('Validated ') && line.includes(' nodes and '));
    expect(start).toBeGreaterThan(0);
    const [, nodes, relationships] = /^(\d+) nodes and (\d+) relationships/.exec(output[0]!.split(': ')[1]!)!;
    expect(doc[start]).toBe(
      `Validated ${nodes} nodes and ${relationships} relationships from /path/to/kommunen-graph/seed.`,
    );
    expect(doc.slice(start + 1, start + output.length)).toEqual(output.slice(1));
  });

  it('when the performance page names the size of the project dataset, then it is the count --check gives', () => {
    const dataset = loadDataset(DEFAULT_SEED_DIR);
    expect(read('docs/performance.md')).toContain(
      `(${thousands(dataset.nodes.length)} nodes, ${thousands(dataset.relationships.length)} relationships)`,
    );
  });

  it('when seed/README.md shows the table of a dry run, then its counts are those of the dataset --check reads', () => {
    const doc = read('seed/README.md').split('\n');
    const shown = block(doc, (line) => line.startsWith('Dry run: nothing was written.'));
    const updated = new Set(
      doc.filter((line) => line.startsWith('  updated ')).map((line) => line.slice('  updated '.length)),
    );
    expect(updated.size).toBeGreaterThan(0);
    expect(shown.join('\n')).toBe(dryRunTable(updated));
  });

  it('when seed/README.md shows how far a draft gets, then each row is what draft --measure finds for the paper', () => {
    const doc = read('seed/README.md').split('\n');
    const rows = block(doc, (line) => line.startsWith('| Paper ') && line.includes('Curated facts')).slice(2);
    const cells = rows.map((row) =>
      row
        .split('|')
        .map((cell) => cell.trim().replace(/`/g, ''))
        .slice(1, -1),
    );
    const papers = cells.filter(([paper]) => paper !== 'all five');
    expect(papers.length).toBe(5);
    let curated = 0;
    let both = 0;
    let equal = 0;
    for (const [paper, ...figures] of papers) {
      const text = fs.readFileSync(path.join(DEFAULT_SEED_DIR, PAPERS_FOLDER, `${paper}.txt`), 'utf8');
      const f = measurePaper(text, paper!, dataset);
      expect([paper, ...figures]).toEqual([paper, ...[f.curated, f.bothEndsInOneSentence, f.quotesEqual].map(String)]);
      curated += f.curated;
      both += f.bothEndsInOneSentence;
      equal += f.quotesEqual;
    }
    const percent = (n: number) => `${n} (${Math.round((100 * n) / curated)} %)`;
    expect(cells.find(([paper]) => paper === 'all five')).toEqual([
      'all five',
      String(curated),
      percent(both),
      percent(equal),
    ]);
  });
});
