import fs from 'node:fs';
import path from 'node:path';
import { ADMINISTRATIVE_TYPE_WORDS } from '../../src/model';
import { unitDisplayName, withoutAddition } from '../../src/seeding/register/display-names';
import { parseRegister } from '../../src/seeding/register/parse-register';
import { registerEntries } from '../../src/seeding/register/register-entries';

/** The display names the register's rows get, checked against every row of the register in seed/. */
describe('display names of the register', () => {
  const csv = path.join(__dirname, '../../seed/register/AuszugGV4QAktuell.csv');
  const { nodes } = registerEntries(parseRegister(fs.readFileSync(csv, 'utf8')).rows);
  const of = (kind: string) => nodes.filter((n) => n.kind === kind);
  const typeWords = Object.values(ADMINISTRATIVE_TYPE_WORDS);

  it('when the whole register is read, then no Kreis or Gemeindeverband names its kind twice', () => {
    const units = [...of('Kreis'), ...of('Gemeindeverband')];
    expect(units.length).toBeGreaterThan(1000);
    const twice = units.filter((n) =>
      /^(Kreis|Landkreis) (.*kreis\b|.*-Kreis|Region )|^(\w+) \3 |^Regionalverband Regionalverband/i.test(n.name),
    );
    expect(twice.map((n) => n.name)).toEqual([]);
  });

  it('when the whole register is read, then every kreisfreie Stadt and Stadtkreis is "<name>, <type>"', () => {
    const cities = of('Kreis').filter((n) => n.type === 'KREISFREIE_STADT' || n.type === 'STADTKREIS');
    expect(cities.length).toBeGreaterThan(100);
    for (const kreis of cities) {
      const word = ADMINISTRATIVE_TYPE_WORDS[kreis.type as 'KREISFREIE_STADT' | 'STADTKREIS'];
      expect(kreis.name).toMatch(new RegExp(`^[^,]+, ${word}$`));
    }
    const names = cities.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Koblenz, kreisfreie Stadt', 'Köln, kreisfreie Stadt']));
  });

  it("when the whole register is read, then no unit name keeps the register's addition after a comma", () => {
    const units = [...of('Kreis'), ...of('Gemeindeverband'), ...of('City')];
    const kept = units.filter((n) => {
      const after = n.name.split(', ').slice(1).join(', ');
      return after !== '' && !typeWords.includes(after) && !after.includes(' und ');
    });
    expect(kept.map((n) => n.name)).toEqual([]);
  });

  it.each([
    ['LANDKREIS', 'Westerwaldkreis', 'Westerwaldkreis'],
    ['LANDKREIS', 'Region Hannover', 'Region Hannover'],
    ['KREIS', 'Rhein-Sieg-Kreis', 'Rhein-Sieg-Kreis'],
    ['KREIS', 'Dithmarschen', 'Kreis Dithmarschen'],
    ['LANDKREIS', 'Mayen-Koblenz', 'Landkreis Mayen-Koblenz'],
    ['REGIONALVERBAND', 'Regionalverband Saarbrücken', 'Regionalverband Saarbrücken'],
    ['KREISFREIE_STADT', 'Köln, Stadt', 'Köln, kreisfreie Stadt'],
    ['KREISFREIE_STADT', 'Koblenz, kreisfreie Stadt', 'Koblenz, kreisfreie Stadt'],
    ['STADTKREIS', 'Stuttgart, Stadtkreis', 'Stuttgart, Stadtkreis'],
    ['AMT', 'Amt Lütjenburg', 'Amt Lütjenburg'],
    ['SAMTGEMEINDE', 'Rethem (Aller), Stadt', 'Samtgemeinde Rethem (Aller)'],
    ['ERFUELLENDE_GEMEINDE', 'Bleicherode, Stadt', 'Bleicherode, erfüllende Gemeinde'],
    [
      'VERWALTUNGSGEMEINSCHAFT',
      'Oelsnitz/Vogtl., Bösenbrunn, Eichigt und Triebel/Vogtl.',
      'Verwaltungsgemeinschaft Oelsnitz/Vogtl., Bösenbrunn, Eichigt und Triebel/Vogtl.',
    ],
  ] as const)('when a %s is named "%s" in the register, then it is shown as "%s"', (type, name, shown) => {
    expect(unitDisplayName(type, name)).toBe(shown);
  });

  it("when a name carries the register's addition, then the plain name drops it", () => {
    expect(withoutAddition('Andernach, Stadt')).toBe('Andernach');
    expect(withoutAddition('Mettmann, Kreisstadt')).toBe('Mettmann');
  });
});
