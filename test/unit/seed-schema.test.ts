import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { renderSeedSchema, SEED_SCHEMA_PATH, seedSchemaText } from '../../src/model/seed-schema';
import { DEFAULT_SEED_DIR } from '../../src/seeding/seed-graph';

const root = path.resolve(__dirname, '..', '..');
const seedFiles = fs
  .readdirSync(DEFAULT_SEED_DIR, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .sort();

describe('the JSON Schema of the curated files', () => {
  const validate = new Ajv({ allErrors: true }).compile(renderSeedSchema());
  const check = (doc: unknown) =>
    validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

  it('when schema/seed.schema.json is read, then it is exactly what src/model renders (else run npm run schema:emit)', () => {
    expect(fs.readFileSync(path.join(root, SEED_SCHEMA_PATH), 'utf8')).toBe(seedSchemaText());
  });

  it('when the dataset is found, then it has files to check', () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(seedFiles.map((file) => [path.relative(root, file), file]))(
    'when %s is validated against the schema, then it passes and its first line points the editor to it',
    (_name, file) => {
      const text = fs.readFileSync(file, 'utf8');
      const schema = path.relative(path.dirname(file), path.join(root, SEED_SCHEMA_PATH)).split(path.sep).join('/');
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`);
      expect(check(load(text, { schema: CORE_SCHEMA }))).toEqual([]);
    },
  );

  it.each([
    ['an unknown kind', { nodes: [{ kind: 'Town', id: 'x', name: 'X' }] }],
    ['a property of another kind', { nodes: [{ kind: 'Topic', id: 'x', name: 'X', state: 'Hessen' }] }],
    ['a City without its state', { nodes: [{ kind: 'City', id: 'x', name: 'X' }] }],
    ['an id with capitals', { nodes: [{ kind: 'Topic', id: 'Open-Data', name: 'Open Data' }] }],
    ['a number for a text', { nodes: [{ kind: 'OrgUnit', id: 'amt', name: 'Amt', code: 10.5 }] }],
    ['a WEBSITE without url', { nodes: [{ kind: 'Document', id: 'web-x', name: 'X', type: 'WEBSITE', title: 'X' }] }],
    ['an unknown status', { relationships: [{ from: 'a', type: 'MEMBER_OF', to: 'b', source: 'd', status: 'DONE' }] }],
    ['an unknown type', { relationships: [{ from: 'a', type: 'LIKES', to: 'b', source: 'd' }] }],
    ['a relationship without source', { relationships: [{ from: 'a', type: 'MEMBER_OF', to: 'b' }] }],
    [
      'a date that is not YYYY-MM-DD',
      { relationships: [{ from: 'a', type: 'MEMBER_OF', to: 'b', source: 'd', since: '1.1.2020' }] },
    ],
    ['another top-level key', { facts: [] }],
  ])('when a file holds %s, then the schema refuses it', (_name, doc) => {
    expect(check(doc)).not.toEqual([]);
  });
});
