import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readOparlList } from '../../src/lists/build-oparl';
import { leadEntry, type LeadFact } from '../../src/lists/build-programmes';
import { readWebSources } from '../../src/lists/build-web';
import { findOparlSystem } from '../../src/lists/find-system';
import { MatchFile, type Match } from '../../src/lists/matches';
import { NameResolver } from '../../src/matching/resolve-name';
import { LISTS_DIR } from '../../src/config/project-paths';
import { DEFAULT_SEED_DIR, loadDataset } from '../../src/seeding/seed-graph';
import { tempDir } from '../support/temp-dir';

const matchesOf = (file: string) =>
  load(fs.readFileSync(path.join(LISTS_DIR, file), 'utf8'), { schema: CORE_SCHEMA }) as Match[];

describe('the list sources in the dataset', () => {
  const dataset = loadDataset(DEFAULT_SEED_DIR);
  const fromLists = dataset.relationships.filter((r) => r.at.file.startsWith('lists/'));
  const projects = (year: number) =>
    dataset.nodes.filter((n) => n.kind === 'Project' && n.properties.type === 'PROJECT' && n.properties.year === year);

  it('when the dataset is loaded, then every round of the Modellprojekte Smart Cities has all its projects', () => {
    expect(projects(2019)).toHaveLength(13);
    expect(projects(2020)).toHaveLength(32);
    expect(projects(2021)).toHaveLength(28);
    for (const project of [...projects(2019), ...projects(2020), ...projects(2021)]) {
      const round = `modellprojekte-smart-cities-${project.properties.year}`;
      expect(fromLists.some((r) => r.from === project.id && r.type === 'FUNDED_BY' && r.to === round)).toBe(true);
      expect(fromLists.some((r) => r.type === 'PARTICIPATES_IN' && r.to === project.id)).toBe(true);
    }
  });

  it('when a member is no unit of the register, then it takes part as the organisation a curator decided, citing its source', () => {
    const verband = dataset.nodes.find((n) => n.id === 'verband-region-rhein-neckar');
    expect(verband).toMatchObject({ kind: 'Organisation', properties: { type: 'ASSOCIATION' } });
    const taking = fromLists.filter((r) => r.from === 'verband-region-rhein-neckar');
    expect(taking.map((r) => [r.type, r.to, r.properties.source])).toEqual(
      expect.arrayContaining([
        [
          'PARTICIPATES_IN',
          'mpsc-2021-verband-region-rhein-neckar',
          'web-readkong-modellprojekte-smart-cities-2021-brochure',
        ],
        [
          'PARTICIPATES_IN',
          'mpsc-2021-verband-region-rhein-neckar',
          'web-dstgb-28-neue-modellprojekte-smart-cities-2021',
        ],
      ]),
    );
  });

  it('when a project names members the register has, then each takes part in it, citing a quote', () => {
    const members = (id: string) =>
      new Set(fromLists.filter((r) => r.type === 'PARTICIPATES_IN' && r.to === id).map((r) => r.from));
    expect(members('mpsc-2020-ags-02000000')).toEqual(new Set(['ags-02000000', 'ags-14713000', 'ags-09162000']));
    expect(members('mpsc-2019-ags-14729070').size).toBe(7);
    expect(members('mpsc-2020-ags-01002000')).toEqual(new Set(['ags-01002000', 'kreis-01058', 'kreis-01057']));
    expect(members('mpsc-2021-ags-09272140').size).toBe(11);
    expect(fromLists.every((r) => typeof r.properties.evidence === 'string' && r.properties.evidence.length > 0)).toBe(
      true,
    );
  });

  it('when the lists are counted, then at least 100 units of the register have a fact from them', () => {
    const units = new Set(fromLists.map((r) => r.from).filter((id) => /^(ags|kreis|verband)-|^koeln$/.test(id)));
    expect(units.size).toBeGreaterThanOrEqual(100);
    expect(fromLists.filter((r) => r.type === 'PUBLISHES_VIA').length).toBeGreaterThanOrEqual(100);
  });

  it('when the sources state who leads a project, then exactly those leads are LEADS facts, each quoting its lead', () => {
    const leads = fromLists.filter((r) => r.type === 'LEADS');
    expect(leads.map((r) => `${r.from} > ${r.to}`).sort()).toEqual([
      'ags-02000000 > mpsc-2020-ags-02000000',
      'ags-05124000 > digitale-modellregionen-nrw-ags-05124000',
      'ags-05334002 > digitale-modellregionen-nrw-ags-05334002',
      'ags-05513000 > digitale-modellregionen-nrw-ags-05513000',
      'ags-05774032 > digitale-modellregionen-nrw-ags-05774032',
      'ags-05974040 > digitale-modellregionen-nrw-ags-05974040',
      'ags-09272140 > mpsc-2021-ags-09272140',
    ]);
    const names = new Map(dataset.nodes.map((n) => [n.id, String(n.properties.name)]));
    for (const lead of leads) {
      const name = names.get(lead.from)!;
      expect(String(lead.properties.evidence)).toMatch(/Leitkommune|Federführung|hat den Hut auf/);
      expect(String(lead.properties.evidence)).toContain(name);
      // A lead takes part in what it leads, by the same or another source.
      expect(fromLists.some((r) => r.type === 'PARTICIPATES_IN' && r.from === lead.from && r.to === lead.to)).toBe(
        true,
      );
    }
  });

  it('when a Land programme names its participants, then each takes part in it, or in its joint project, quoting the source', () => {
    const taking = (to: string) =>
      fromLists
        .filter((r) => r.type === 'PARTICIPATES_IN' && r.to === to)
        .map((r) => r.from)
        .sort();
    const partOf = (programme: string) =>
      fromLists.filter((r) => r.type === 'PART_OF' && r.to === programme).map((r) => r.from);
    expect(partOf('digitale-modellregionen-nrw')).toHaveLength(5);
    expect(taking('digitale-modellregionen-nrw-ags-05974040')).toEqual([
      'ags-05962024',
      'ags-05974028',
      'ags-05974040',
      'kreis-05974',
    ]);
    // Aachen with the Städteregion Aachen, the Kreis it belongs to.
    expect(taking('digitale-modellregionen-nrw-ags-05334002')).toEqual(['ags-05334002', 'kreis-05334']);
    // BW: four cities alone, one joint bid of five Landkreise, and the second round's winners the register has.
    expect(partOf('digitale-zukunftskommune-bw')).toEqual(['digitale-zukunftskommune-bw-kreis-08426']);
    expect(taking('digitale-zukunftskommune-bw-kreis-08426')).toHaveLength(5);
    const winners = taking('digitale-zukunftskommune-bw');
    expect(winners).toEqual(expect.arrayContaining(['ags-08421000', 'ags-08221000', 'ags-08212000', 'ags-08118048']));
    expect(winners).toEqual(expect.arrayContaining(['ags-08226080', 'kreis-08417', 'kreis-08327']));
    expect(new Set(winners).size).toBe(4 + 7);
    const quotes = fromLists.filter((r) => r.to.startsWith('digitale-')).map((r) => r.properties.evidence);
    expect(quotes.every((q) => typeof q === 'string' && q.length > 20)).toBe(true);
  });

  it('when the list sources are read, then no fact is of a type the build does not turn into facts by mistake', () => {
    const types = new Set(readWebSources(path.join(LISTS_DIR, 'web')).flatMap((s) => s.facts.map((f) => f.type)));
    expect([...types].sort()).toEqual(['lead', 'membership', 'other', 'ranking', 'smart-city']);
  });

  it('when a ranking place is stated, then its quote names the city', () => {
    const names = new Map(dataset.nodes.map((n) => [n.id, String(n.properties.name)]));
    const unnamed = fromLists
      .filter((r) => r.type === 'RANKED_IN')
      .filter((r) => !String(r.properties.evidence).includes(names.get(r.from)!.split(/[ (,]/)[0]!))
      .map((r) => `${r.from} @ ${r.at.file}: ${r.properties.evidence}`);
    expect(unnamed).toEqual([]);
  });

  it('when a ranking place is stated, then it carries the place and the points its source gives', () => {
    const munich = fromLists.find(
      (r) => r.type === 'RANKED_IN' && r.from === 'ags-09162000' && r.to === 'bitkom-smart-city-index-2023',
    );
    expect(munich?.properties).toMatchObject({ place: 1, points: 84.5 });
  });
});

describe('a lead as a source states it', () => {
  const member = (name: string) => ({ A: 'ags-a', B: 'ags-b' })[name] ?? null;
  const fact = (lead: string): LeadFact => ({
    type: 'lead',
    round: 2020,
    lead,
    landHint: null,
    quote: `${lead} leads`,
  });
  const takesPart = (from: string, to: string) => ({ from, type: 'PARTICIPATES_IN', to });

  it('when the lead takes part in one project of its round, then it LEADS that project, quoting the source', () => {
    const relationships = [takesPart('ags-a', 'mpsc-2020-ags-a'), takesPart('ags-a', 'mpsc-2021-ags-a')];
    expect(leadEntry(fact('A'), 'web-x', member, relationships)).toEqual({
      from: 'ags-a',
      type: 'LEADS',
      to: 'mpsc-2020-ags-a',
      source: 'web-x',
      evidence: 'A leads',
    });
  });

  it('when the lead is unknown, in no project of its round, or in two, then no lead is made up', () => {
    const two = [takesPart('ags-a', 'mpsc-2020-ags-a'), takesPart('ags-a', 'mpsc-2020-ags-c')];
    expect(leadEntry(fact('Z'), 'web-x', member, two)).toBeNull();
    expect(leadEntry(fact('B'), 'web-x', member, two)).toBeNull();
    expect(leadEntry(fact('A'), 'web-x', member, two)).toBeNull();
  });
});

describe('the OParl list matched to the register', () => {
  const bodies = readOparlList(path.join(LISTS_DIR, 'oparl-endpoints', 'endpoints.yml')).filter(
    ({ entry }) => entry.description === undefined,
  );
  const matches = new Map(matchesOf('oparl-endpoints/matches.yml').map((m) => [m.name, m]));

  it('when every body of the list is looked up, then each is matched to its unit or left out with a reason', () => {
    const unexplained = bodies
      .map(({ entry }) => matches.get(entry.title))
      .filter((m) => m === undefined || (m.id === null && !m.basis));
    expect(unexplained).toEqual([]);
    expect(new Set(bodies.map((b) => b.entry.title))).toEqual(new Set(matches.keys()));
  });

  it('when a body is matched, then it publishes via OParl at its URL in the dataset', () => {
    const dataset = loadDataset(DEFAULT_SEED_DIR);
    const publishing = new Map(
      dataset.relationships.filter((r) => r.type === 'PUBLISHES_VIA').map((r) => [r.from, r.properties.url]),
    );
    // A curated city keeps its own id.
    const curated = new Map(
      dataset.nodes.filter((n) => n.properties.ags).map((n) => [`ags-${n.properties.ags}`, n.id]),
    );
    for (const { entry } of bodies) {
      const id = matches.get(entry.title)!.id;
      if (id) expect(publishing.has(curated.get(id) ?? id)).toBe(true);
    }
    expect(publishing.get('ags-05554020')).toBe('https://gronau.ratsinfomanagement.net/webservice/oparl/v1.1/system');
  });

  it("when a body is left out, then the reason says it is no unit of the register: Berlin's Bezirke, the Regionalverband Ruhr", () => {
    const left = [...matches.values()].filter((m) => m.id === null).map((m) => m.name);
    expect(left.sort()).toEqual([
      'Berlin Lichtenberg',
      'Berlin Marzahn-Hellersdorf',
      'Berlin Pankow',
      'Berlin Reinickendorf',
      'Berlin Steglitz-Zehlendorf',
      'Berlin Treptow-Köpenick',
      'Regionalverband Ruhr',
    ]);
    for (const name of left) expect(matches.get(name)!.basis).toMatch(/not (municipalities|a unit) of the register/);
  });
});

describe('a curator deciding that a name means an organisation outside the register', () => {
  const write = (yaml: string) => {
    const file = path.join(tempDir('matches-'), 'matches.yml');
    fs.writeFileSync(file, yaml);
    return file;
  };
  const decision = (organisation: string, id = 'verband-x', basis = '\n  basis: Not in the register.') =>
    `- name: Verband X\n  id: ${id}${basis}\n  organisation:\n${organisation}`;
  const complete = '    name: Verband X\n    type: ASSOCIATION\n    description: Ein Verband.\n';

  it('when the name is used, then its organisation is one node of the lists with the decided id', () => {
    const matches = new MatchFile(write(decision(complete)), new NameResolver([]));
    expect(matches.organisations()).toEqual([]);
    expect(matches.decide({ name: 'Verband X' })).toBe('verband-x');
    expect(matches.organisations()).toEqual([
      { kind: 'Organisation', id: 'verband-x', name: 'Verband X', type: 'ASSOCIATION', description: 'Ein Verband.' },
    ]);
  });

  it.each([
    ['no id', decision(complete, 'null'), /has no id/],
    ['no basis', decision(complete, 'verband-x', ''), /has no basis/],
    [
      'a type the model lacks',
      decision(complete.replace('ASSOCIATION', 'CLUB')),
      /type "CLUB", not one of ASSOCIATION/,
    ],
    ['no description', decision('    name: Verband X\n    type: ASSOCIATION\n'), /lacks its name or description/],
  ])('when the decision has %s, then reading the file fails and names the name', (_, yaml, message) => {
    const file = write(yaml);
    expect(() => new MatchFile(file, new NameResolver([]))).toThrow(message);
    expect(() => new MatchFile(file, new NameResolver([]))).toThrow(/"Verband X"/);
  });
});

describe('finding a council system in the OParl list', () => {
  it('when a city is named by name or AGS, then its System URL is found', () => {
    const byName = findOparlSystem('Köln', DEFAULT_SEED_DIR);
    expect(byName).toEqual({
      found: true,
      title: 'Stadt Köln',
      url: 'https://buergerinfo.stadt-koeln.de/oparl/system',
      unit: 'ags-05315000',
    });
    expect(findOparlSystem('05315000', DEFAULT_SEED_DIR)).toEqual(byName);
    expect(findOparlSystem('VG Hagenbach', DEFAULT_SEED_DIR)).toMatchObject({ found: true, unit: 'verband-073345002' });
  });

  it('when the name is ambiguous, unknown, no key or has no system, then the answer says so', () => {
    const neustadt = findOparlSystem('Neustadt', DEFAULT_SEED_DIR);
    expect(neustadt.found === false && neustadt.message).toMatch(/several units.*give the AGS/);
    expect(findOparlSystem('Atlantis', DEFAULT_SEED_DIR)).toMatchObject({ found: false });
    expect(findOparlSystem('99999999', DEFAULT_SEED_DIR)).toMatchObject({ found: false, message: /no key/ });
    expect(findOparlSystem('Koblenz', DEFAULT_SEED_DIR)).toMatchObject({ found: false, message: /names no system/ });
  });
});
