import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { MAX_SEED_FILE_BYTES } from '../../src/seeding/load-files';
import { minimalDataset, writeDataset, type FixtureFiles } from '../support/seed-fixture';

const ROOT = path.join(__dirname, '..', '..');
const CHILD = path.join(ROOT, 'test', 'support', 'check-seed-child.ts');

/** What a check of a hostile dataset may take: refused within this time and this much memory above the start. */
const BOUND = { ms: 5000, mb: 300 };

interface Checked {
  accepted: boolean;
  message: string;
  lines: (number | null)[];
  files: string[];
  ms: number;
  peakMb: number;
}

/** Checks the dataset in a child process (so that memory can be measured and a crash cannot take the test with it). */
function check(files: FixtureFiles): Checked {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=1024', '-r', path.join(ROOT, 'bench', 'register-ts.js'), CHILD, writeDataset(files)],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out) as Checked;
}

/** An alias bomb: each level a list of ten aliases of the level below, `levels` deep. */
function aliasBomb(levels: number, use: string): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level <= levels; level += 1)
    lines.push(`a${level}: &a${level} [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n${use.replace('$', `*a${levels}`)}\n`;
}

const PAPER_TEXT =
  'Die Stadt Ä ist bereits Mitglied im Netzwerk. Eine Zusammenarbeit mit der Stadt B wird geprüft. '.repeat(40);

function withPaper(evidence: string): FixtureFiles {
  const files = minimalDataset();
  const paper = files['nodes/nodes.yaml'].nodes[3] as Record<string, unknown>;
  paper.file = 'seed/papers/fx-paper.txt';
  const [member, cooperation] = files['facts/paper.yaml'].relationships as Record<string, unknown>[];
  member!.evidence = evidence;
  cooperation!.evidence = 'Eine Zusammenarbeit mit der Stadt B wird geprüft.';
  return { ...files, 'papers/fx-paper.txt': PAPER_TEXT };
}

const expectRefusedInBounds = (checked: Checked) => {
  expect(checked.accepted).toBe(false);
  expect(checked.ms).toBeLessThan(BOUND.ms);
  expect(checked.peakMb).toBeLessThan(BOUND.mb);
  expect(checked.message.length).toBeLessThan(10_000);
};

describe('a hostile seed file', () => {
  it.each([
    ['kind', 'nodes:\n  - kind: $\n    id: fx-bomb\n    name: Bombe'],
    ['from', 'relationships:\n  - from: $\n    type: MEMBER_OF\n    to: fx-netz\n    source: fx-paper'],
    [
      'status',
      'relationships:\n  - from: fx-stadt-a\n    type: MEMBER_OF\n    to: fx-netz\n    source: fx-paper\n    status: $',
    ],
    ['website', 'nodes:\n  - kind: Organisation\n    id: fx-bomb\n    name: Bombe\n    type: NETWORK\n    website: $'],
  ])(
    'when a YAML alias bomb stands in %s, then the file is refused within 5 s and 300 MB, naming file and line',
    (_field, use) => {
      const checked = check({ ...minimalDataset(), 'facts/bomb.yaml': aliasBomb(8, use) });
      expectRefusedInBounds(checked);
      expect(checked.message).toContain('facts/bomb.yaml:');
      expect(checked.message).toContain('YAML alias');
      expect(checked.files).toEqual(['facts/bomb.yaml']);
      expect(checked.lines[0]).toBeGreaterThan(0);
    },
  );

  it('when an alias names a plain text, then it is accepted: only lists and mappings can multiply', () => {
    const files = minimalDataset();
    const yaml = `nodes:\n  - kind: Organisation\n    id: fx-a\n    name: &n Netz A\n    type: NETWORK\n  - kind: Organisation\n    id: fx-b\n    name: *n\n    type: NETWORK\n`;
    expect(check({ ...files, 'nodes/more.yaml': yaml }).accepted).toBe(true);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'when a node and a relationship have a field named "%s", then each is refused as no property, naming the line',
    (key) => {
      const yaml = [
        'nodes:',
        '  - kind: Organisation',
        '    id: fx-proto',
        '    name: Proto',
        '    type: NETWORK',
        `    ${key}: x`,
        'relationships:',
        '  - from: fx-stadt-a',
        '    type: MEMBER_OF',
        '    to: fx-proto',
        '    source: fx-paper',
        `    ${key}: x`,
      ].join('\n');
      const checked = check({ ...minimalDataset(), 'facts/proto.yaml': yaml });
      expectRefusedInBounds(checked);
      expect(checked.message).toContain(`facts/proto.yaml:2: nodes[0] "fx-proto", field "${key}": is not a property`);
      expect(checked.message).toContain(
        `facts/proto.yaml:8: relationships[0] (fx-stadt-a MEMBER_OF fx-proto), field "${key}": is not a property`,
      );
    },
  );

  it('when a kind is a 3 MB text, then the message quotes only its start', () => {
    const files = minimalDataset();
    (files['nodes/nodes.yaml'].nodes as unknown[]).push({ kind: 'K'.repeat(3_000_000), id: 'fx-long', name: 'Lang' });
    const checked = check(files);
    expectRefusedInBounds(checked);
    expect(checked.message).toMatch(/nodes\/nodes.yaml:\d+: nodes\[4\] "fx-long", field "kind": unknown kind "K{80}…"/);
  });

  it('when a seed file is larger than the limit, then it is refused by its size without being parsed', () => {
    const big = `nodes:\n${'  - kind: Topic\n    id: fx-t\n    name: T\n'.repeat(Math.ceil(MAX_SEED_FILE_BYTES / 40) + 1)}`;
    const checked = check({ ...minimalDataset(), 'nodes/big.yaml': big });
    expectRefusedInBounds(checked);
    expect(checked.message).toContain(
      `nodes/big.yaml: file: is ${Buffer.byteLength(big)} bytes, more than the ${MAX_SEED_FILE_BYTES}`,
    );
  });

  it('when a seed file nests deeper than an entry can, then it is refused as invalid YAML naming the line', () => {
    const deep = `nodes:\n  - kind: Topic\n    id: fx-deep\n    name: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const checked = check({ ...minimalDataset(), 'nodes/deep.yaml': deep });
    expectRefusedInBounds(checked);
    expect(checked.message).toMatch(/nodes\/deep.yaml:4: file: is not valid YAML: nesting exceeded maxDepth/);
  });

  it.each([
    ['"e … e … e … e … zzzzqqq"', 'e … e … e … e … zzzzqqq'],
    ['overlapping OCR alternatives', `${'ü'.repeat(1500)}x`],
    ['more parts than a quote may have', Array.from({ length: 20 }, () => 'Stadt').join(' … ')],
  ])(
    'when a quote is crafted to be slow (%s), then it is refused within 5 s, naming file and line',
    (_what, evidence) => {
      const files = withPaper(evidence);
      if (evidence.startsWith('ü')) files['papers/fx-paper.txt'] = `${PAPER_TEXT}${'ii'.repeat(100_000)}`;
      const checked = check(files);
      expectRefusedInBounds(checked);
      expect(checked.message).toMatch(
        /facts\/paper.yaml:2: relationships\[0\] \(fx-stadt-a MEMBER_OF fx-netz\), field "evidence"/,
      );
    },
  );
});

describe('a duplicate between an import and the curated files', () => {
  it('when an import repeats a curated node, then the import is the one reported, whatever the files sort as', () => {
    const files = minimalDataset();
    const imported = { nodes: [{ kind: 'Organisation', id: 'fx-netz', name: 'Netzwerk', type: 'NETWORK' }] };
    const checked = check({ ...files, 'oparl/aaa/structure.yaml': imported, 'zz/more.yaml': { nodes: [] } });
    expect(checked.accepted).toBe(false);
    expect(checked.files).toEqual(['oparl/aaa/structure.yaml']);
    expect(checked.message).toContain('duplicate id; first defined in nodes/nodes.yaml');
  });
});
