import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEED_DIR, formatVerifiedQuotes, loadDataset } from '../../src/seeding/seed-graph';

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
});
