import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : stringify(content));
  }
  return dir;
}
