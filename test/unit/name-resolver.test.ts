import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { registerUnits } from '../../src/matching/register-units';
import { NameResolver, type NameQuery, type Resolution } from '../../src/matching/resolve-name';
import { parseRegister } from '../../src/seeding/register/parse-register';
import { LIST_NAMES } from '../fixtures/register-names';

const root = path.resolve(__dirname, '..', '..');
const rows = parseRegister(fs.readFileSync(path.join(root, 'seed/register/AuszugGV4QAktuell.csv'), 'utf8')).rows;
const units = registerUnits(rows);
const resolver = new NameResolver(units, new Map([['Q3104', 'ags-07111000']]));

/** The id a resolution names, or its status when it names none. */
const answer = (resolution: Resolution) => (resolution.status === 'matched' ? resolution.unit.id : resolution.status);
const resolve = (query: NameQuery) => answer(resolver.resolve(query));

describe('matching names as lists spell them to the register', () => {
  it.each(LIST_NAMES)('when a list names "%s" (Land %s), then the answer is %s', (name, land, expected) => {
    expect(resolve({ name, ...(land ? { land } : {}) })).toBe(expected);
  });

  it('when the OParl list is read, then every title of it has its expected answer above', () => {
    const entries = load(fs.readFileSync(path.join(root, 'lists/oparl-endpoints/endpoints.yml'), 'utf8'), {
      schema: CORE_SCHEMA,
    }) as { title: string }[];
    const covered = new Set(LIST_NAMES.filter(([, land]) => land === null).map(([name]) => name));
    expect(entries.length).toBe(141);
    expect(entries.map((e) => e.title).filter((title) => !covered.has(title))).toEqual([]);
  });

  it('when a list uses type words, abbreviations or leaves out umlauts, then the one municipality is found', () => {
    expect(resolve({ name: 'Freiburg i. Breisgau' })).toBe('ags-08311000');
    expect(resolve({ name: 'Kirchheim b. München' })).toBe('ags-09184131');
    expect(resolve({ name: 'Kirchheim bei München' })).toBe('ags-09184131');
    expect(resolve({ name: 'Halle (Saale), Stadt' })).toBe('ags-15002000');
    expect(resolve({ name: 'Mühlhausen/Thüringen' })).toBe('ags-16064046');
    expect(resolve({ name: 'Eifelkreis Bitburg-Prüm' })).toBe('kreis-07232');
    expect(resolve({ name: 'Stadt Bruhl' })).toBe('ags-05362012');
    expect(resolve({ name: 'Landeshauptstadt Dusseldorf' })).toBe('ags-05111000');
    expect(resolve({ name: 'Koeln' })).toBe('ags-05315000');
    expect(resolve({ name: 'Hagen a.T.W.' })).toBe('ags-03459020');
  });

  it('when a type word names a Verband or a Kreis, then that is found rather than the town of its name', () => {
    expect(resolve({ name: 'VG Hagenbach' })).toBe('verband-073345002');
    expect(resolve({ name: 'Hagenbach' })).toBe('ags-07334008');
    expect(resolve({ name: 'Landkreis Kusel' })).toBe('kreis-07336');
    expect(resolve({ name: 'Kusel' })).toBe('ags-07336055');
    expect(resolve({ name: 'Kreis Plön', land: 'Schleswig-Holstein' })).toBe('kreis-01057');
    expect(resolve({ name: 'Plön', land: 'Schleswig-Holstein' })).toBe('ags-01057057');
    expect(resolve({ name: 'Landkreis Hof' })).toBe('kreis-09475');
    expect(resolve({ name: 'Hof, Stadt' })).toBe('ags-09464000');
  });

  it('when a name fits several units, then they are reported as candidates and none is chosen', () => {
    const neustadt = resolver.resolve({ name: 'Neustadt' });
    expect(neustadt.status).toBe('ambiguous');
    const names = neustadt.status === 'ambiguous' ? neustadt.candidates.map((u) => u.registerName) : [];
    expect(names).toHaveLength(16);
    expect(names.every((name) => name.startsWith('Neustadt'))).toBe(true);
    expect(resolve({ name: 'Neuenkirchen', land: 'Niedersachsen' })).toBe('ambiguous');
    expect(resolve({ name: 'Essen' })).toBe('ambiguous');
    expect(resolve({ name: 'Stadt Gronau' })).toBe('ambiguous');
  });

  it('when a Land, a Kreis or a least population is given, then it decides between namesakes', () => {
    expect(resolve({ name: 'Neuenkirchen', kreis: 'Osnabrück' })).toBe('ags-03459027');
    expect(resolve({ name: 'Neuenkirchen', kreis: '03459' })).toBe('ags-03459027');
    expect(resolve({ name: 'Essen', minPopulation: 100_000 })).toBe('ags-05113000');
    expect(resolve({ name: 'Stadt Gronau', land: 'Nordrhein-Westfalen' })).toBe('ags-05554020');
    expect(resolve({ name: 'Stadt Gronau', land: '03' })).toBe('ags-03254043');
    expect(resolve({ name: 'Neustadt an der Weinstraße' })).toBe('ags-07316000');
  });

  it('when a name is in no list of the register, then it is unknown, with the units of the same first word', () => {
    const pankow = resolver.resolve({ name: 'Berlin Pankow' });
    expect(pankow.status).toBe('unknown');
    expect(pankow.status === 'unknown' && pankow.candidates.map((u) => u.id)).toContain('ags-11000000');
    expect(resolve({ name: 'Rhein-Neckar, Verband Region' })).toBe('unknown');
    expect(resolve({ name: 'Atlantis' })).toBe('unknown');
    expect(resolve({ name: '' })).toBe('unknown');
    expect(resolve({ name: 'Stadt' })).toBe('unknown');
    expect(resolve({ name: 'Köln', land: 'Bayern' })).toBe('unknown');
  });

  it('when a Wikidata id is known, then it decides, and an unknown one leaves the name to decide', () => {
    expect(resolve({ name: 'Coblenz', wikidata: 'Q3104' })).toBe('ags-07111000');
    expect(resolve({ name: 'Stadt Köln', wikidata: 'Q1' })).toBe('ags-05315000');
  });
});
