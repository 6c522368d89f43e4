import { findOparlSystem } from '../../src/lists/find-system';
import { DEFAULT_SEED_DIR, loadDataset } from '../../src/seeding/seed-graph';

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
    }
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

  it('when a ranking place is stated, then it carries the place and the points its source gives', () => {
    const munich = fromLists.find(
      (r) => r.type === 'RANKED_IN' && r.from === 'ags-09162000' && r.to === 'bitkom-smart-city-index-2023',
    );
    expect(munich?.properties).toMatchObject({ place: 1, points: 84.5 });
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
