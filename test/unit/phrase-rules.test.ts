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
