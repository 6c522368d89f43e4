import { parseFigure } from '../../src/seeding/register/parse-register';
import { loadDataset } from '../../src/seeding/seed-graph';
import { REGISTER_ROWS, writeRegisterDataset } from '../support/register-fixture';
import { seedIssues } from '../support/seed-fixture';

const issuesOf = seedIssues;

const replaceRow = (index: number, row: string) => REGISTER_ROWS.map((r, i) => (i === index ? row : r));

describe('reading the municipality register', () => {
  it('when figures have spaces between thousands or a decimal comma, then they are read as numbers', () => {
    expect(parseFigure(' 1 087 863')).toBe(1087863);
    expect(parseFigure('"7,597956"'.replace(/"/g, ''))).toBe(7.597956);
    expect(parseFigure(' 53.02')).toBe(53.02);
    expect(parseFigure('')).toBeUndefined();
    expect(parseFigure('12a')).toBeNull();
  });

  it('when the register is read, then every record type is counted and the hierarchy is linked by PART_OF', () => {
    const dataset = loadDataset(writeRegisterDataset(REGISTER_ROWS));
    expect(dataset.register?.rows).toEqual({ 10: 1, 20: 1, 30: 0, 40: 1, 50: 2, 60: 3 });
    const kretz = dataset.nodes.find((n) => n.id === 'ags-07137056')!;
    expect(kretz).toMatchObject({
      kind: 'City',
      properties: {
        name: 'Kretz',
        ags: '07137056',
        ars: '071375001056',
        population: 702,
        area: 4.18,
        density: 168,
        postcode: '56630',
        longitude: 7.361895,
        latitude: 50.394106,
        type: 'GEMEINDE',
        urbanisation: 'GERING_BESIEDELT',
        state: 'Rheinland-Pfalz',
      },
    });
    const links = dataset.relationships.map((r) => `${r.from} ${r.type} ${r.to} @ ${r.properties.source}`);
    expect(links.sort()).toEqual(
      [
        'ags-07137003 PART_OF kreis-07137 @ fx-register',
        'ags-07137056 PART_OF verband-071375001 @ fx-register',
        'ags-07137057 PART_OF verband-071375001 @ fx-register',
        'kreis-07137 PART_OF regierungsbezirk-071 @ fx-register',
        'regierungsbezirk-071 PART_OF land-07 @ fx-register',
        'verband-071375001 PART_OF kreis-07137 @ fx-register',
      ].sort(),
    );
    // A verbandsfreie Gemeinde (Textkennzeichen 50) is no Gemeindeverband of its own.
    expect(dataset.nodes.filter((n) => n.kind === 'Gemeindeverband').map((n) => n.properties.name)).toEqual([
      'Verbandsgemeinde Pellenz',
    ]);
  });

  it('when a row does not parse, then it is refused with its line number and nothing is loaded', () => {
    const issues = issuesOf(
      writeRegisterDataset(
        replaceRow(6, '60,64,07,1,37,5001,05X,Kretz, 4.18,  7O2,  335,  367,  168,56630,"7,36","50,39",J12,Eifel,03,x'),
      ),
    );
    expect(issues).toEqual([
      {
        file: 'register/AuszugGV4QAktuell.csv',
        entry: 'line 8',
        message: 'key part gemeinde must be 3 digits, got "05X"; bevoelkerung is not a whole number: "7O2"',
      },
    ]);
  });

  it('when a row has a broken quote or a wrong number of fields, then its line is named', () => {
    const issues = issuesOf(writeRegisterDataset([...REGISTER_ROWS, '60,64,07,1,37,5001,058,"Nickenich, 16.58']));
    expect(issues.map((i) => i.entry)).toEqual(['line 10']);
  });

  it('when keys repeat or a Gemeinde has no Kreis, then both are reported', () => {
    const issues = issuesOf(
      writeRegisterDataset([
        ...REGISTER_ROWS,
        REGISTER_ROWS[6]!,
        '60,64,07,1,38,5001,001,Irgendwo, 1.00,  10,  5,  5,  10,56000,"7,3","50,3",J12,Eifel,03,gering besiedelt',
      ]),
    );
    expect(issues.map((i) => `${i.entry}: ${i.message}`)).toEqual([
      'line 10: key 07137056 repeats line 8',
      'line 11: Gemeinde 07138001 has no Kreis 07138',
      'line 11: Gemeinde 07138001 has no Gemeindeverband 071385001',
    ]);
  });

  it('when a unit states a population its Gemeinden do not add up to, then the difference is reported', () => {
    const issues = issuesOf(writeRegisterDataset(replaceRow(0, '10,,07,,,,,Rheinland-Pfalz,, 34 742,,,,,,,,,,')));
    expect(issues.map((i) => `${i.entry}: ${i.message}`)).toEqual([
      'line 2: Land Rheinland-Pfalz states 34742 inhabitants, its Gemeinden add up to 34741',
    ]);
  });

  it('when a curated city names an AGS, then it is one node with the register municipality, keeping its id', () => {
    const curated = { kind: 'City', id: 'kruft', name: 'Kruft', aliases: ['Gemeinde Kruft'], ags: '07137057' };
    const dataset = loadDataset(writeRegisterDataset(REGISTER_ROWS, { 'nodes/cities.yaml': { nodes: [curated] } }));
    expect(dataset.nodes.filter((n) => n.properties.ags === '07137057').map((n) => n.id)).toEqual(['kruft']);
    expect(dataset.nodes.find((n) => n.id === 'kruft')!.properties).toMatchObject({
      aliases: ['Gemeinde Kruft'],
      population: 4117,
      state: 'Rheinland-Pfalz',
    });
    expect(dataset.relationships.filter((r) => r.from === 'kruft').map((r) => r.to)).toEqual(['verband-071375001']);
    expect(dataset.register?.merged).toEqual(['kruft']);
  });

  it('when a curated city contradicts the register or names an unknown AGS, then that is reported', () => {
    const files = {
      'nodes/cities.yaml': {
        nodes: [
          { kind: 'City', id: 'kruft', name: 'Kruft', state: 'Hessen', ags: '07137057' },
          { kind: 'City', id: 'nirgends', name: 'Nirgends', state: 'Hessen', ags: '07137999' },
        ],
      },
    };
    expect(issuesOf(writeRegisterDataset(REGISTER_ROWS, files)).map((i) => `${i.entry}: ${i.message}`)).toEqual([
      'nodes[0] "kruft": is "Hessen", the register says "Rheinland-Pfalz"; correct it or leave it out',
      'nodes[1] "nirgends": "07137999" is not a Gemeinde of the register',
    ]);
  });
});
