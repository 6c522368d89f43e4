import fs from 'node:fs';
import path from 'node:path';
import { createSchema } from '../../src/graphql/schema';
import { schemaSdl } from '../../src/graphql/sdl';

describe('schema/schema.graphql', () => {
  it('when the schema is built from the resolvers, then the committed SDL is identical (else run npm run schema:emit)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(schemaSdl(await createSchema()));
  });
});
