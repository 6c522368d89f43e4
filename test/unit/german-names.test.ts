import type { NodeKind } from '../../src/model';
import { germanName, germanReading } from '../../src/services/german';

const node = (kind: NodeKind, name: string, type?: string) => ({ kind, name, properties: type ? { type } : {} });

describe('German names in sentences', () => {
  it.each([
    [node('City', 'Koblenz'), 'dat', 'zu', 'zu Koblenz'],
    [node('Land', 'Rheinland-Pfalz'), 'dat', 'in', 'in Rheinland-Pfalz'],
    [node('Land', 'Saarland'), 'dat', 'in', 'im Saarland'],
    [node('Kreis', 'Landkreis Mayen-Koblenz'), 'dat', 'zu', 'zum Landkreis Mayen-Koblenz'],
    [node('Kreis', 'Rhein-Sieg-Kreis'), 'dat', 'zu', 'zum Rhein-Sieg-Kreis'],
    [node('Kreis', 'Region Hannover'), 'dat', 'zu', 'zur Region Hannover'],
    [node('Kreis', 'Köln, kreisfreie Stadt'), 'dat', 'zu', 'zu Köln, kreisfreie Stadt'],
    [node('Gemeindeverband', 'Verbandsgemeinde Pellenz'), 'dat', 'zu', 'zur Verbandsgemeinde Pellenz'],
    [node('Gemeindeverband', 'Amt Süderbrarup'), 'dat', 'zu', 'zum Amt Süderbrarup'],
    [node('Project', 'Smart City Navigator', 'PLATFORM'), 'dat', 'an', 'an der Plattform Smart City Navigator'],
    [
      node('Project', 'Modellprojekte Smart Cities', 'PROGRAMME'),
      'dat',
      'an',
      'am Programm Modellprojekte Smart Cities',
    ],
    [node('Project', 'Smart City Index 2021', 'RANKING'), 'dat', 'in', 'im Ranking Smart City Index 2021'],
    [node('Project', 'Einführung von Outlook'), 'acc', undefined, 'die Einführung von Outlook'],
    [node('Organisation', 'Eurocities', 'NETWORK'), 'dat', 'in', 'im Netzwerk Eurocities'],
    [node('Organisation', 'IT.Stadt Koblenz e. V.', 'ASSOCIATION'), 'dat', 'in', 'im IT.Stadt Koblenz e. V.'],
    [
      node('Organisation', 'Bund (Bundesrepublik Deutschland)', 'PUBLIC_BODY'),
      'dat',
      'von',
      'vom Bund (Bundesrepublik Deutschland)',
    ],
    [node('Organisation', 'Europäische Union', 'PUBLIC_BODY'), 'dat', 'von', 'von der Europäischen Union'],
    [
      node('Body', 'Haupt- und Finanzausschuss Koblenz', 'COMMITTEE'),
      'acc',
      'an',
      'an den Haupt- und Finanzausschuss Koblenz',
    ],
    [
      node('Body', 'Zuständiger Fachausschuss (Köln)', 'COMMITTEE'),
      'dat',
      'mit',
      'mit dem Zuständigen Fachausschuss (Köln)',
    ],
    [
      node('Body', 'Ressortübergreifende Taskforce (Koblenz)'),
      'nom',
      undefined,
      'die Ressortübergreifende Taskforce (Koblenz)',
    ],
    [node('OrgUnit', 'Referat Digitales'), 'dat', 'zu', 'zum Referat Digitales'],
    [node('OrgUnit', 'Strategisches IT-Management'), 'dat', 'zu', 'zum Strategischen IT-Management'],
    [
      node('OrgUnit', 'Stabsstelle Digitalisierung der Stadt Köln'),
      'acc',
      undefined,
      'die Stabsstelle Digitalisierung der Stadt Köln',
    ],
    [node('Standard', 'Onlinezugangsgesetz', 'LAW'), 'acc', undefined, 'das Onlinezugangsgesetz'],
    [node('Standard', 'DIN SPEC 91357', 'DIN_SPEC'), 'acc', undefined, 'die Norm DIN SPEC 91357'],
    [node('Role', 'Chief Digital Officer'), 'acc', undefined, 'die Rolle Chief Digital Officer'],
    [node('Topic', 'Open Data'), 'dat', 'mit', 'mit dem Thema Open Data'],
  ] as const)(
    'when %j is named in the %s after %s, then it reads "%s"',
    (n, grammaticalCase, preposition, expected) => {
      expect(germanName(n, grammaticalCase, preposition)).toBe(expected);
    },
  );

  it('when a reading is said, then its subject takes the nominative with a capital and its object its case', () => {
    expect(
      germanReading(
        '{from} berichtet an {to:acc}',
        node('Body', 'Digitalbeirat Koblenz', 'ADVISORY_BOARD'),
        node('Body', 'Stadtrat Koblenz', 'COUNCIL'),
      ),
    ).toBe('Der Digitalbeirat Koblenz berichtet an den Stadtrat Koblenz');
    expect(
      germanReading('{from} hat die Rolle {to:name}', node('City', 'Köln'), node('Role', 'Chief Digital Officer')),
    ).toBe('Köln hat die Rolle Chief Digital Officer');
  });
});
