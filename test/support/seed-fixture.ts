import { SeedValidationError, type SeedIssue } from '../../src/seeding/dataset';
import { loadDataset } from '../../src/seeding/seed-graph';
import fs from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { tempDir } from './temp-dir';

/** A small valid dataset: two cities, a network, a paper and the facts it states. */
export function minimalDataset(prefix = 'fx') {
  return {
    'nodes/nodes.yaml': {
      nodes: [
        { kind: 'City', id: `${prefix}-stadt-a`, name: 'Stadt Ä', aliases: ['Stadt Ae'], state: 'Hessen' },
        { kind: 'City', id: `${prefix}-stadt-b`, name: 'Stadt B', state: 'Hessen' },
        { kind: 'Organisation', id: `${prefix}-netz`, name: 'Netzwerk', type: 'NETWORK' },
        {
          kind: 'Document',
          id: `${prefix}-paper`,
          name: 'ST/1/2024',
          type: 'STELLUNGNAHME',
          title: 'Stellungnahme',
          date: '2024-01-31',
        },
      ],
    },
    'facts/paper.yaml': {
      relationships: [
        {
          from: `${prefix}-stadt-a`,
          type: 'MEMBER_OF',
          to: `${prefix}-netz`,
          source: `${prefix}-paper`,
          since: '2020-01-01',
        },
        {
          from: `${prefix}-stadt-a`,
          type: 'COOPERATES_WITH',
          to: `${prefix}-stadt-b`,
          source: `${prefix}-paper`,
          status: 'UNDER_REVIEW',
          evidence: 'wird geprüft',
        },
      ],
    },
  };
}

export type FixtureFiles = Record<string, unknown>;

/** Writes files (objects become YAML, strings are written as they are) into a new temporary folder. */
export function writeDataset(files: FixtureFiles): string {
  const dir = tempDir('kg-seed-');
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : dump(content));
  }
  return dir;
}

/** A dataset large enough that loading it takes several batches: `cities` cities, each a member of a few networks. */
export function largeDataset(prefix: string, cities: number, networks = 50) {
  const paper = { kind: 'Document', id: `${prefix}-paper`, name: 'Paper', type: 'KONZEPT', title: 'Synthetic' };
  const nodes: Record<string, unknown>[] = [paper];
  const relationships: Record<string, unknown>[] = [];
  for (let n = 0; n < networks; n++)
    nodes.push({ kind: 'Organisation', id: `${prefix}-net-${n}`, name: `Netz ${n}`, type: 'NETWORK' });
  for (let c = 0; c < cities; c++) {
    nodes.push({ kind: 'City', id: `${prefix}-city-${c}`, name: `Stadt ${c}`, state: 'Hessen' });
    for (let k = 0; k < 5; k++) {
      relationships.push({
        from: `${prefix}-city-${c}`,
        type: 'MEMBER_OF',
        to: `${prefix}-net-${(c * 7 + k * 13) % networks}`,
        source: paper.id,
      });
    }
  }
  return { 'nodes.yaml': { nodes }, 'facts.yaml': { relationships } };
}

/** What the seeder refuses in the dataset folder `dir`, every issue at once; throws when it accepts the dataset. */
export function seedIssues(dir: string): SeedIssue[] {
  try {
    loadDataset(dir);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.issues;
    throw error;
  }
  throw new Error('the dataset was accepted');
}
