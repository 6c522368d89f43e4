import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../config/project-paths';
import { createSchema } from '../graphql/schema';
import { schemaSdl } from '../graphql/sdl';
import { renderModelDoc } from '../model/model-doc';
import { seedSchemaText } from '../model/seed-schema';
import { runCli } from './run-cli';

/** The generated files of schema/ and what each one holds. */

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
});
