import { STATUS_NAMES } from '../../src/model';
import { phraseProblems } from '../../src/seeding/phrase-rules';

describe('statuses and types as the paper phrases them', () => {
  it.each([
    [
      'PARTICIPATES_IN',
      'PLANNED',
      'Beim Ausbau der schulischen Infrastrukturen könnte auch der aufgelegte „Digitalpakt Schule“ mit seinen Fördermitteln Möglichkeiten eröffnen.',
      'status',
    ],
    [
      'LEADS',
      'PLANNED',
      'Von Vorteil wäre, dass den Vorsitz des Digitalbeirats ein Mitglied des Stadtvorstandes führt',
      'status',
    ],
    [
      'RUNS',
      'ACTIVE',
      'So werden beispielsweise die folgenden Projekte derzeit von der Verwaltung bearbeitet: … Einführung der E-Rechnung',
      'status',
    ],
    ['COOPERATES_WITH', 'PROPOSED', 'Eine Kooperation mit der PD GmbH wird verwaltungsseitig geprüft.', 'status'],
    [
      'MEMBER_OF',
      'ACTIVE',
      'der vielfältigen Netzwerke, an denen die Stadt personell und thematisch intensiv beteiligt ist: … WWA',
      'type',
    ],
    [
      'MEMBER_OF',
      'ACTIVE',
      'Der in Koblenz eingerichtete IT-Beirat ist besetzt mit Fachpersonen aus den IT-Bereichen der Universität',
      'type',
    ],
    [
      'PARTICIPATES_IN',
      'ACTIVE',
      'erfolgreich an Förderprojekten in großen Konsortien (wie z. B. HORIZON 2020 - GrowSmarter) teilgenommen',
      'status',
    ],
  ])('when %s is %s on "%s", then the %s is refused', (type, status, evidence, field) => {
    expect(phraseProblems(type as never, status as never, evidence)).toEqual([expect.objectContaining({ field })]);
  });

  it.each([
    [
      'PARTICIPATES_IN',
      'PROPOSED',
      'könnte auch der aufgelegte „Digitalpakt Schule“ mit seinen Fördermitteln Möglichkeiten eröffnen',
    ],
    [
      'RUNS',
      'IN_PROGRESS',
      'die folgenden Projekte derzeit von der Verwaltung bearbeitet: … Einführung der E-Rechnung',
    ],
    [
      'RUNS',
      'ACTIVE',
      'Folgende Projekte von zentraler Bedeutung sind 2019 in den regulären Betrieb gewechselt: … GeoPortal Koblenz',
    ],
    [
      'MEMBER_OF',
      'ACTIVE',
      'Amt 80 / Wirtschaftsförderung sowohl Ausrichter des Digitalbeirates als auch Mitglied in der IT.Stadt Koblenz e.V.',
    ],
    [
      'HAS_ROLE',
      'PLANNED',
      'Neu wäre die Etablierung der Rolle eines „Digitallotsen Wirtschaft“, die beim Amt 80 angeordnet sein soll',
    ],
  ])('when %s is %s on "%s", then nothing is refused', (type, status, evidence) => {
    expect(phraseProblems(type as never, status as never, evidence)).toEqual([]);
  });
});

/** Each phrasing, the relationship type it is tried on, and the statuses it allows; every other status is refused. */
const PHRASINGS: [string, string, string[]][] = [
  [
    'Eine Kooperation mit der PD GmbH soll geprüft werden.',
    'COOPERATES_WITH',
    ['PROPOSED', 'RECOMMENDED', 'PLANNED', 'UNDER_REVIEW'],
  ],
  [
    'Ein Beitritt zum Verein soll von der Verwaltung geprüft werden.',
    'MEMBER_OF',
    ['PROPOSED', 'RECOMMENDED', 'PLANNED', 'UNDER_REVIEW'],
  ],
  ['Eine Kooperation mit der PD GmbH wird derzeit geprüft.', 'COOPERATES_WITH', ['UNDER_REVIEW']],
  ['Eine Kooperation mit der PD GmbH wird geprüft.', 'COOPERATES_WITH', ['UNDER_REVIEW']],
  ['Die Einführung der E-Akte ist geplant.', 'RUNS', ['PLANNED', 'PROPOSED', 'RECOMMENDED']],
  ['Die Stadt plant die Einführung der E-Akte.', 'RUNS', ['PLANNED', 'PROPOSED', 'RECOMMENDED']],
  ['Der Beitritt zum Verein wurde vom Stadtrat abgelehnt.', 'MEMBER_OF', ['REJECTED']],
  ['Das Projekt wird nicht weiter verfolgt.', 'RUNS', ['REJECTED', 'ENDED']],
  ['Das Projekt wurde nicht weiterverfolgt.', 'RUNS', ['REJECTED', 'ENDED']],
  ['Die Stadt Koblenz ist nicht Mitglied im Verein IT.Stadt Koblenz e. V.', 'MEMBER_OF', ['ENDED', 'REJECTED']],
  ['Die Stadt ist kein Mitglied des Netzwerks.', 'MEMBER_OF', ['ENDED', 'REJECTED']],
  ['Die Mitgliedschaft endete 2020.', 'MEMBER_OF', ['ENDED', 'REJECTED']],
  ['Die Stadt ist 2020 aus dem Verein ausgetreten.', 'MEMBER_OF', ['ENDED', 'REJECTED']],
];

describe('the phrasings of plans, examinations, rejections and ends', () => {
  const ALL = STATUS_NAMES;

  it.each(PHRASINGS)('when the quote reads "%s" (%s), then only %j are accepted', (evidence, type, allowed) => {
    for (const status of ALL) {
      const problems = phraseProblems(type as never, status as never, evidence);
      if (allowed.includes(status as string)) expect([status, problems]).toEqual([status, []]);
      else expect([status, problems]).toEqual([status, [expect.objectContaining({ field: 'status' })]]);
    }
  });

  it('when a quote says "nicht Mitglied" of something that is not a membership, then the membership rule does not apply', () => {
    expect(
      phraseProblems('COOPERATES_WITH', 'ACTIVE', 'Die Stadt ist nicht Mitglied, arbeitet aber eng zusammen.'),
    ).toEqual([]);
  });
});
