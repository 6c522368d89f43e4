import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, SCHEMA_DIR } from '../config/project-paths';
import { createSchema } from '../graphql/schema';
import { schemaSdl } from '../graphql/sdl';
import { renderModelDoc } from '../model/model-doc';
import { seedSchemaText } from '../model/seed-schema';
import { DOC_TABLES, withCurrentTables } from './doc-tables';
import { runCli } from './run-cli';

runCli(async () => {
  const files: [string, string][] = [
    ['schema.graphql', schemaSdl(await createSchema())],
    ['model.md', renderModelDoc()],
    ['seed.schema.json', seedSchemaText()],
  ];
  for (const [name, content] of files) {
    fs.writeFileSync(path.join(SCHEMA_DIR, name), content);
    console.log(`wrote schema/${name}`);
  }
  for (const file of new Set(DOC_TABLES.map((table) => table.file))) {
    const target = path.join(PROJECT_ROOT, file);
    fs.writeFileSync(target, withCurrentTables(file, fs.readFileSync(target, 'utf8')));
    console.log(`wrote the generated tables of ${file}`);
  }
});
