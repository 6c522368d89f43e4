import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { draftPaper, renderDraft } from '../../src/drafting/draft';
import { checkNodeProperties, entryKey } from '../../src/model';
import { parseHeader } from '../../src/drafting/header';
import { sentences } from '../../src/drafting/mentions';
import { loadDataset } from '../../src/seeding/seed-graph';
import { DEFAULT_SEED_DIR } from '../../src/seeding/seed-graph';

const PAPERS = path.resolve(__dirname, '..', 'fixtures', 'papers');
const paper = (file: string) => fs.readFileSync(path.join(PAPERS, file), 'utf8');

describe('reading the header of a council paper', () => {
  it.each([
    [
      '000_353d275cfe2a6ff8.txt',
      {
        type: 'STELLUNGNAHME',
        reference: 'ST/0078/2025',
        date: '2025-06-25',
        title: 'Stellungnahme zum Antrag der FDP-Fraktion: Kooperationen stärken. Digitalisierung gemeinsam gestalten.',
        author: '10-Amt für Personal und Organisation',
        body: 'Stadtrat',
        sessionDate: '2025-06-26',
        respondsTo: 'AT/0080/2025',
      },
    ],
    [
      '001_2098c14549ca02b0.txt',
      {
        type: 'STELLUNGNAHME',
        reference: 'ST/0027/2021',
        date: '2021-04-12',
        title: 'Stellungnahme zum Antrag der CDU-Ratsfraktion: Vorstellung der Arbeit des IT-Beirates',
        author: '80-Amt für Wirtschaftsförderung',
        body: 'Stadtrat',
        sessionDate: '2021-04-22',
        respondsTo: 'AT/0029/2021',
      },
    ],
    [
      '002_619bd74ef18feadf.txt',
      {
        type: 'KONZEPT',
        reference: null,
        date: null,
        title: 'Die erste Stufe des IT-Rollenmodells: interne Strukturen',
        author: null,
        body: null,
        sessionDate: null,
        respondsTo: null,
      },
    ],
    [
      '003_691201779a59aae7.txt',
      {
        type: 'ANTWORT',
        reference: 'AW/0095/2019',
        date: '2019-08-23',
        title: 'Anfrage der CDU-Ratsfraktion: Sachstand Digitalisierung in der Verwaltung',
        author: '10-Amt für Personal und Organisation',
        body: 'Stadtrat',
        sessionDate: '2019-08-29',
        respondsTo: 'AF/0074/2019',
      },
    ],
    [
      '004_57f67e9b7f164230.txt',
      {
        type: 'STELLUNGNAHME',
        reference: null,
        date: '2021-11-22',
        title: 'Koln braucht einen digitalen Masterplan und eine(n) Chief Digital Officer',
        author: null,
        body: 'Digitalisierungsausschuss',
        sessionDate: '2021-11-22',
        respondsTo: 'SPD-Fraktion sowie der FDP-Fraktion',
      },
    ],
  ])('when %s is read, then its header gives the Document', (file, expected) => {
    expect(parseHeader(paper(file))).toEqual(expected);
  });
});

describe('finding known nodes in a sentence', () => {
  const dataset = loadDataset(DEFAULT_SEED_DIR);
  const draft = (text: string) => draftPaper(text, dataset).sentences;

  it.each([
    ['So ist die Stadt Kdln langjahriges Mitglied von Eurocities.', ['koeln', 'eurocities'], 'MEMBER_OF', 'ACTIVE'],
    [
      'Eine beratende Mitwirkung von IT Stadt Koblenz e.V. beim Digitalbeirat wird verwaltungsseitig geprüft.',
      ['it-stadt-koblenz', 'koblenz-digitalbeirat'],
      'ADVISES',
      'UNDER_REVIEW',
    ],
    [
      'Die Stadt Trier könnte künftig mit Koblenz zusammenarbeiten.',
      ['trier', 'koblenz'],
      'COOPERATES_WITH',
      'PROPOSED',
    ],
  ])('when the sentence is "%s", then it names %j and suggests %s, %s', (text, ids, type, status) => {
    const [sentence] = draft(text);
    expect(sentence!.text).toBe(text);
    expect(sentence!.mentions.map((m) => m.node.id)).toEqual(ids);
    expect(sentence!.suggestions.map((s) => [s.type, s.status])).toEqual([[type, status]]);
  });

  it('when an association is named with its city in its name, then the city is not mentioned by that name', () => {
    const [sentence] = draft('Der Verein IT.Stadt Koblenz e. V. lädt ein.');
    expect(sentence!.mentions.map((m) => m.node.id)).toEqual(['it-stadt-koblenz']);
  });

  it('when a sentence names unknown organisations, standards and units, then they are candidates for new nodes', () => {
    const [sentence] = draft(
      'Die Muster Digital GmbH und der Verein Offene Daten Musterstadt e. V. folgen DIN SPEC 99999 im Amt 99.',
    );
    expect(sentence!.newNodes).toEqual(
      expect.arrayContaining(['Offene Daten Musterstadt e. V.', 'Muster Digital GmbH', 'DIN SPEC 99999', 'Amt 99']),
    );
    expect(sentence!.suggestions).toEqual([]);
  });

  it('when known names appear, then they are not candidates for new nodes', () => {
    const [sentence] = draft('Köln hat an DIN SPEC 91357 mitgearbeitet.');
    expect(sentence!.newNodes).toEqual([]);
  });

  it('when a paragraph has abbreviations and a word broken over lines, then the sentences are whole and verbatim', () => {
    expect(
      sentences(
        'Die Stadt ist Mitglied im IT.Stadt Koblenz e. V. Eine Intensivierung, z. B. durch Pro-\njekte, ist sinnvoll.',
      ),
    ).toEqual([
      'Die Stadt ist Mitglied im IT.Stadt Koblenz e. V.',
      'Eine Intensivierung, z. B. durch Projekte, ist sinnvoll.',
    ]);
  });
});

describe('the draft file', () => {
  const dataset = loadDataset(DEFAULT_SEED_DIR, { register: false });
  const text = paper('000_353d275cfe2a6ff8.txt');
  const rendered = load(
    renderDraft(draftPaper(text, dataset), dataset, '000_353d275cfe2a6ff8.txt', 'koblenz', 's.json'),
    { schema: CORE_SCHEMA },
  );
  const { nodes, relationships } = rendered as {
    nodes: Record<string, unknown>[];
    relationships: Record<string, unknown>[];
  };

  it('when a paper is drafted, then its Document names its text where the model wants it, and passes the model', () => {
    const { kind, ...document } = nodes[0]!;
    expect(kind).toBe('Document');
    expect(document.file).toBe('seed/papers/koblenz-st-0078-2025.txt');
    expect(checkNodeProperties('Document', document)).toEqual([]);
  });

  it('when sentences repeat a fact, then the draft states each relationship once and none from a node to itself', () => {
    const keys = relationships.map(entryKey);
    expect(relationships.length).toBeGreaterThan(4);
    expect(new Set(keys).size).toBe(keys.length);
    expect(relationships.filter((r) => r.from === r.to)).toEqual([]);
  });
});
