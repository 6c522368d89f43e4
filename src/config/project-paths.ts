import path from 'node:path';
import { SEED_SCHEMA_PATH } from '../model/seed-schema';

/** The repository root, found from this file's place in src/ or dist/: the one place a path is built from it. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/** The curated dataset that ships with the project: what the seeder loads and the API serves by default. */
export const DEFAULT_SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** The generated schema files (GraphQL SDL, model reference, seed JSON Schema) and the example queries. */
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

export const SEED_SCHEMA_FILE = path.join(PROJECT_ROOT, SEED_SCHEMA_PATH);

export const EXAMPLES_FILE = path.join(SCHEMA_DIR, 'examples.graphql');

/** The list sources (web pages, the OParl list) and the decisions matching their names to the register. */
export const LISTS_DIR = path.join(PROJECT_ROOT, 'lists');
