import { OparlTestServer, tinyPdf } from './oparl-server';

const T = 'https://schema.oparl.org/1.1/';
export const BEISPIEL_AGS = '09999001';
const CREATED = '2024-01-02T09:00:00+01:00';

/** A started server with Beispielstadt's system and none of its transient failures: every request answers. */
export async function startWellBehavedBeispielstadt(): Promise<OparlTestServer> {
  const server = new OparlTestServer();
  await server.start();
  serveBeispielstadt(server);
  server.failures.clear();
  return server;
}

/**
 * Beispielstadt's council information system, modelled on the spec's examples: a System, a Body with an ags,
 * organizations, meetings and papers over several pages, and their files.
 */
export function serveBeispielstadt(server: OparlTestServer): void {
  const b = server.base;
  const body = `${b}/oparl/body/0`;
  const org = (n: number) => `${b}/oparl/organization/${n}`;
  const meeting = (n: number) => `${b}/oparl/meeting/${n}`;
  const paper = (n: number) => `${b}/oparl/paper/${n}`;
  server.objects.set('/oparl/system', {
    id: `${b}/oparl/system`,
    type: `${T}System`,
    oparlVersion: 'https://schema.oparl.org/1.1/',
    body: `${b}/oparl/bodies`,
    name: 'Ratsinformationssystem Beispielstadt',
    created: CREATED,
    modified: CREATED,
  });
  server.lists.set('/oparl/bodies', [
    {
      id: body,
      type: `${T}Body`,
      system: `${b}/oparl/system`,
      name: 'Stadt Beispielstadt',
      shortName: 'Beispielstadt',
      ags: BEISPIEL_AGS,
      organization: `${body}/organizations`,
      person: `${body}/people`,
      meeting: `${body}/meetings`,
      paper: `${body}/papers`,
      legislativeTerm: [],
      created: CREATED,
      modified: CREATED,
    },
  ]);
  const organization = (n: number, fields: Record<string, unknown>) => ({
    id: org(n),
    type: `${T}Organization`,
    body,
    created: CREATED,
    modified: CREATED,
    ...fields,
  });
  server.lists.set('/oparl/body/0/organizations', [
    organization(1, {
      name: 'Rat der Stadt Beispielstadt',
      shortName: 'Rat',
      organizationType: 'Gremium',
      classification: 'Rat',
    }),
    organization(2, {
      name: 'Ausschuss für Digitalisierung',
      organizationType: 'Gremium',
      classification: 'Ausschuss',
    }),
    organization(3, { name: 'Fraktion Bürgerliste', organizationType: 'Fraktion' }),
    organization(4, {
      name: 'Amt für Informationstechnik',
      shortName: 'Amt 12',
      organizationType: 'Verwaltungsbereich',
    }),
    organization(5, { name: 'Sonstige Runde', organizationType: 'Sonstiges' }),
  ]);
  const meetingOf = (n: number, name: string, start: string, organization: number) => ({
    id: meeting(n),
    type: `${T}Meeting`,
    name,
    start,
    organization: [org(organization)],
    created: CREATED,
    modified: CREATED,
  });
  server.lists.set('/oparl/body/0/meetings', [
    meetingOf(1, '3. Sitzung des Ausschusses für Digitalisierung', '2024-03-05T17:00:00+01:00', 2),
    meetingOf(2, '12. Sitzung des Rates', '2024-03-21T16:00:00+01:00', 1),
  ]);
  const consultation = (n: number, m: number, o: number, authoritative: boolean, role: string) => ({
    id: `${b}/oparl/consultation/${n}`,
    type: `${T}Consultation`,
    meeting: meeting(m),
    organization: [org(o)],
    authoritative,
    role,
    created: CREATED,
    modified: CREATED,
  });
  const file = (n: number, fields: Record<string, unknown>) => ({
    id: `${b}/oparl/file/${n}`,
    type: `${T}File`,
    created: CREATED,
    modified: CREATED,
    ...fields,
  });
  server.lists.set('/oparl/body/0/papers', [
    {
      id: paper(1),
      type: `${T}Paper`,
      body,
      name: 'Digitalrat für Beispielstadt',
      reference: 'A/0001/2024',
      date: '2024-02-01',
      paperType: 'Antrag',
      web: `${b}/web/vorlage/1`,
      originatorOrganization: [org(3)],
      mainFile: file(1, {
        name: 'Antrag',
        mimeType: 'application/pdf',
        accessUrl: `${b}/files/1.pdf`,
        text: 'Die Fraktion beantragt einen Digitalrat.',
      }),
      consultation: [consultation(11, 2, 1, true, 'Entscheidung')],
      created: CREATED,
      modified: '2024-02-01T10:00:00+01:00',
    },
    {
      id: paper(2),
      type: `${T}Paper`,
      body,
      name: 'Stellungnahme der Verwaltung zum Antrag A/0001/2024',
      reference: 'ST/0002/2024',
      date: '2024-02-20',
      paperType: 'Stellungnahme',
      superordinatedPaper: [paper(1)],
      originatorOrganization: [org(4), org(5)],
      mainFile: file(2, { name: 'Stellungnahme', mimeType: 'text/plain', accessUrl: `${b}/files/2.txt` }),
      consultation: [consultation(21, 1, 2, false, 'Vorberatung'), consultation(22, 2, 1, true, 'Entscheidung')],
      created: CREATED,
      modified: '2024-02-20T10:00:00+01:00',
    },
    {
      id: paper(3),
      type: `${T}Paper`,
      body,
      name: 'Sachstand Breitbandausbau',
      reference: 'M/0003/2024',
      date: '2024-02-22',
      paperType: 'Mitteilung',
      mainFile: file(3, { name: 'Mitteilung', mimeType: 'application/pdf', accessUrl: `${b}/files/3.pdf` }),
      created: CREATED,
      modified: '2024-02-22T10:00:00+01:00',
    },
    {
      id: paper(4),
      type: 'https://schema.oparl.org/1.0/Paper',
      body,
      name: 'Offene Daten: Beschluss der Open-Data-Leitlinie',
      reference: 'V/0004/2024',
      date: '2024-02-23',
      paperType: 'Beschlussvorlage',
      mainFile: file(4, { name: 'Vorlage', mimeType: 'application/pdf', accessUrl: `${b}/files/4.pdf` }),
      created: CREATED,
      modified: '2024-02-23T10:00:00+01:00',
    },
    {
      id: paper(5),
      type: `${T}Paper`,
      body,
      name: 'Vorlage mit kaputtem Datum',
      reference: 'V/0005/2024',
      date: '2024-02-30x',
      created: CREATED,
      modified: '2024-02-24T10:00:00+01:00',
    },
    { type: `${T}Paper`, name: 'Vorlage ohne id', modified: '2024-02-24T11:00:00+01:00' },
  ]);
  server.files.set('/files/2.txt', {
    contentType: 'text/plain; charset=utf-8',
    body: 'Stellungnahme der Verwaltung\nDie Verwaltung prüft die Einrichtung eines Digitalrates.\n',
  });
  server.files.set('/files/3.pdf', { status: 404, contentType: 'text/html', body: 'Not Found' });
  server.files.set('/files/4.pdf', {
    contentType: 'application/pdf',
    body: tinyPdf(['Der Rat beschließt die Open-Data-Leitlinie.', 'Beispielstadt, 23.02.2024']),
  });
  // The second page of papers answers 500 once; the client's retry gets it.
  server.failures.set('/oparl/body/0/papers?page=2', 1);
}

/** Changes the Stellungnahme's title and deletes the Mitteilung, as a server does between two runs. */
export function changeBeispielstadt(server: OparlTestServer): void {
  const papers = server.lists.get('/oparl/body/0/papers')!;
  const stellungnahme = papers.find((p) => p.reference === 'ST/0002/2024')!;
  stellungnahme.name = 'Stellungnahme der Verwaltung zum Antrag A/0001/2024 (ergänzt)';
  stellungnahme.modified = '2024-04-01T10:00:00+02:00';
  const index = papers.findIndex((p) => p.reference === 'M/0003/2024');
  papers[index] = {
    id: papers[index]!.id,
    type: papers[index]!.type,
    created: papers[index]!.created,
    modified: '2024-04-02T10:00:00+02:00',
    deleted: true,
  };
}
