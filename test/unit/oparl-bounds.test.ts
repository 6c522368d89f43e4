import fs from 'node:fs';
import path from 'node:path';
import { importOparl, type ImportOptions } from '../../src/oparl/import-oparl';
import { BEISPIEL_AGS, startWellBehavedBeispielstadt } from '../support/oparl-fixture';
import { type OparlTestServer } from '../support/oparl-server';
import { writeDataset } from '../support/seed-fixture';
import { tempDir } from '../support/temp-dir';

describe('bounding an OParl import', () => {
  let server: OparlTestServer;
  beforeAll(async () => {
    server = await startWellBehavedBeispielstadt();
  });
  afterAll(() => server.stop());

  const run = (extra: Partial<ImportOptions>) => {
    const datasetDir = writeDataset({
      'nodes/cities.yaml': {
        nodes: [{ kind: 'City', id: 'bsp', name: 'Beispielstadt', state: 'Hessen', ags: BEISPIEL_AGS }],
      },
    });
    return {
      datasetDir,
      options: { system: `${server.base}/oparl/system`, datasetDir, stateDir: tempDir('kg-oparl-'), ...extra },
    };
  };
  const papersIn = (dir: string) =>
    fs
      .readdirSync(path.join(dir, 'oparl', 'bsp', 'papers'))
      .filter((f) => f.endsWith('.yaml'))
      .sort();

  it('when --limit 1 is given twice, then each run takes one paper and the second goes on after the first', async () => {
    const { datasetDir, options } = run({ limit: 1 });
    const first = await importOparl(options);
    expect(first.bodies[0]!.lists.paper).toBe('stopped');
    expect(papersIn(datasetDir)).toEqual(['bsp-a-0001-2024.yaml']);
    const second = await importOparl(options);
    expect(second.bodies[0]!.fetched.paper).toBe(1);
    expect(papersIn(datasetDir)).toEqual(['bsp-a-0001-2024.yaml', 'bsp-st-0002-2024.yaml']);
  });

  it('when a keyword is given, then only papers naming it are imported', async () => {
    const { datasetDir, options } = run({ filter: { keywords: ['open-data'] } });
    await importOparl(options);
    expect(papersIn(datasetDir)).toEqual(['bsp-v-0004-2024.yaml']);
  });

  it('when a paper type is given, then only papers of that type are imported', async () => {
    const { datasetDir, options } = run({ filter: { paperTypes: ['STELLUNGNAHME', 'Antrag'] } });
    await importOparl(options);
    expect(papersIn(datasetDir)).toEqual(['bsp-a-0001-2024.yaml', 'bsp-st-0002-2024.yaml']);
  });

  it("when no City has the Body's ags, then the Body is reported and nothing is written", async () => {
    const datasetDir = writeDataset({
      'nodes/cities.yaml': { nodes: [{ kind: 'City', id: 'x', name: 'X', state: 'Hessen' }] },
    });
    const result = await importOparl({
      system: `${server.base}/oparl/system`,
      datasetDir,
      stateDir: tempDir('kg-oparl-'),
    });
    expect(result.bodies).toEqual([]);
    expect(result.report.problems).toContainEqual(
      expect.objectContaining({ kind: 'body', message: expect.stringContaining(`no City with ags ${BEISPIEL_AGS}`) }),
    );
    expect(fs.existsSync(path.join(datasetDir, 'oparl'))).toBe(false);
  });
});
