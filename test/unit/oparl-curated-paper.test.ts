import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { importOparl } from '../../src/oparl/import-oparl';
import { DEFAULT_SEED_DIR, loadDataset } from '../../src/seeding/seed-graph';
import { OparlTestServer } from '../support/oparl-server';
import { tempDir } from '../support/temp-dir';

type Entry = Record<string, unknown>;
const T = 'https://schema.oparl.org/1.1/';
const CREATED = '2025-06-01T08:00:00+02:00';

const readYaml = (file: string) =>
  load(fs.readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as { nodes?: Entry[]; relationships?: Entry[] };

/** Koblenz's Stellungnahme ST/0078/2025 and the FDP motion it answers, as Koblenz's OParl server would publish them. */
function serveKoblenz(server: OparlTestServer): void {
  const b = server.base;
  const body = `${b}/oparl/body/1`;
  const org = (n: number) => `${b}/oparl/organization/${n}`;
  const common = { created: CREATED, modified: CREATED };
  server.objects.set('/oparl/system', {
    id: `${b}/oparl/system`,
    type: `${T}System`,
    oparlVersion: 'https://schema.oparl.org/1.1/',
    body: `${b}/oparl/bodies`,
    ...common,
  });
  server.lists.set('/oparl/bodies', [
    {
      id: body,
      type: `${T}Body`,
      name: 'Stadt Koblenz',
      ags: '07111000',
      organization: `${body}/organizations`,
      person: `${body}/people`,
      meeting: `${body}/meetings`,
      paper: `${body}/papers`,
      legislativeTerm: [],
      ...common,
    },
  ]);
  server.lists.set('/oparl/body/1/organizations', [
    {
      id: org(1),
      type: `${T}Organization`,
      name: 'Stadtrat',
      organizationType: 'Gremium',
      classification: 'Stadtrat',
      ...common,
    },
    {
      id: org(2),
      type: `${T}Organization`,
      name: 'Amt für Personal und Organisation',
      shortName: '10',
      organizationType: 'Verwaltungsbereich',
      ...common,
    },
    { id: org(3), type: `${T}Organization`, name: 'FDP-Fraktion Koblenz', organizationType: 'Fraktion', ...common },
  ]);
  server.lists.set('/oparl/body/1/meetings', [
    {
      id: `${b}/oparl/meeting/7`,
      type: `${T}Meeting`,
      name: 'Sitzung des Stadtrates',
      start: '2025-06-26T14:00:00+02:00',
      organization: [org(1)],
      ...common,
    },
  ]);
  server.lists.set('/oparl/body/1/papers', [
    {
      id: `${b}/oparl/paper/80`,
      type: `${T}Paper`,
      name: 'Kooperationen stärken. Digitalisierung gemeinsam gestalten.',
      reference: 'AT/0080/2025',
      paperType: 'Antrag',
      originatorOrganization: [org(3)],
      ...common,
    },
    {
      id: `${b}/oparl/paper/78`,
      type: `${T}Paper`,
      name: 'Stellungnahme zum Antrag der FDP-Fraktion: Kooperationen stärken. Digitalisierung gemeinsam gestalten.',
      reference: 'ST/0078/2025',
      date: '2025-06-25',
      paperType: 'Stellungnahme',
      superordinatedPaper: [`${b}/oparl/paper/80`],
      originatorOrganization: [org(2)],
      mainFile: {
        id: `${b}/oparl/file/78`,
        type: `${T}File`,
        mimeType: 'application/pdf',
        accessUrl: `${b}/files/78.pdf`,
        text: 'Stellungnahme zum Antrag Nr. AT/0080/2025',
        ...common,
      },
      consultation: [
        {
          id: `${b}/oparl/consultation/78`,
          type: `${T}Consultation`,
          meeting: `${b}/oparl/meeting/7`,
          organization: [org(1)],
          authoritative: true,
          role: 'Entscheidung',
          ...common,
        },
      ],
      ...common,
    },
  ]);
}

describe('a curated paper, as it would come from OParl', () => {
  let server: OparlTestServer;
  let dataset: string;
  beforeAll(async () => {
    server = new OparlTestServer();
    await server.start();
    serveKoblenz(server);
    // The curated nodes without the papers: cities, bodies, units and organisations.
    dataset = tempDir('kg-oparl-koblenz-');
    fs.mkdirSync(path.join(dataset, 'nodes'));
    for (const file of ['cities.yaml', 'bodies.yaml', 'org-units.yaml', 'organisations.yaml']) {
      fs.copyFileSync(path.join(DEFAULT_SEED_DIR, 'nodes', file), path.join(dataset, 'nodes', file));
    }
    const state = tempDir('kg-oparl-state-');
    await importOparl({ system: `${server.base}/oparl/system`, datasetDir: dataset, stateDir: state });
  });
  afterAll(() => server.stop());

  it('when ST/0078/2025 is imported, then its Document matches the curated one', () => {
    const curated = readYaml(path.join(DEFAULT_SEED_DIR, 'nodes', 'documents.yaml')).nodes!.find(
      (n) => n.id === 'koblenz-st-0078-2025',
    )!;
    const imported = readYaml(path.join(dataset, 'oparl', 'koblenz', 'papers', 'koblenz-st-0078-2025.yaml')).nodes![0]!;
    const keys = Object.keys(curated).filter((k) => k !== 'description' && k !== 'file');
    expect(keys).toEqual(expect.arrayContaining(['reference', 'date', 'type', 'title', 'sessionDate']));
    expect(Object.fromEntries(keys.map((k) => [k, imported[k]]))).toEqual(
      Object.fromEntries(keys.map((k) => [k, curated[k]])),
    );
  });

  it('when ST/0078/2025 is imported, then its issuer, author, body with session date and answered motion are the curated ones', () => {
    const shape = (r: Entry) => ({ from: r.from, type: r.type, to: r.to, source: r.source, since: r.since });
    const curated = readYaml(path.join(DEFAULT_SEED_DIR, 'facts', 'koblenz-st-0078-2025.yaml'))
      .relationships!.filter((r) => r.from === 'koblenz-st-0078-2025')
      .map(shape);
    const imported = readYaml(
      path.join(dataset, 'oparl', 'koblenz', 'papers', 'koblenz-st-0078-2025.yaml'),
    ).relationships!.map(shape);
    expect(imported).toHaveLength(4);
    expect(imported).toEqual(expect.arrayContaining(curated));
    expect(curated).toEqual(expect.arrayContaining(imported));
  });

  it('when imported into the curated nodes, then the dataset is valid and the motion is authored by the curated FDP group', () => {
    expect(() => loadDataset(dataset)).not.toThrow();
    const motion = readYaml(path.join(dataset, 'oparl', 'koblenz', 'papers', 'koblenz-at-0080-2025.yaml'));
    expect(motion.relationships).toContainEqual({
      from: 'koblenz-at-0080-2025',
      type: 'AUTHORED_BY',
      to: 'koblenz-fdp-fraktion',
      source: 'koblenz-at-0080-2025',
    });
    // Nothing curated is written twice: the structure file holds only the endpoint.
    expect(readYaml(path.join(dataset, 'oparl', 'koblenz', 'structure.yaml')).nodes!.map((n) => n.id)).toEqual([
      'web-oparl-koblenz',
    ]);
  });
});
