import type { NodeKind, RelationshipType, Status } from '../../src/model';
import { explainPath, pathStrength, STEP_DECAY } from '../../src/services/path-explanation';
import type { Direction, NodeRecord, RelationshipRecord } from '../../src/db/read';

const node = (id: string, name: string, kind: NodeKind = 'City'): NodeRecord => ({
  id,
  kind,
  name,
  aliases: [],
  description: null,
  properties: {},
});

function step(
  type: RelationshipType,
  direction: Direction,
  to: NodeRecord,
  status: Status = 'ACTIVE',
): RelationshipRecord {
  return {
    type,
    direction,
    ownerId: 'x',
    node: to,
    status,
    since: null,
    until: null,
    evidence: null,
    role: null,
    task: null,
    interval: null,
    place: null,
    points: null,
    url: null,
    about: null,
    source: 'paper',
    aboutFrom: null,
  };
}

const paper = { name: 'Antwort AW/0095/2019', reference: 'AW/0095/2019', date: '2019-08-23' };
const koblenz = node('koblenz', 'Koblenz');
const trier = node('trier', 'Trier');
const cdo = node('cdo', 'Chief Digital Officer', 'Role');
const pellenz = node('verband', 'Verbandsgemeinde Pellenz', 'Gemeindeverband');
const land = node('land', 'Rheinland-Pfalz', 'Land');

describe('a path explained in words', () => {
  it('when the paper is named by its date already, then the citation does not repeat the date', () => {
    const session = { name: 'Digitalisierungsausschuss, Sitzung vom 22.11.2021', reference: null, date: '2021-11-22' };
    const input = {
      nodes: [koblenz, trier],
      steps: [step('COOPERATES_WITH', 'OUTGOING', trier)],
      papers: [session],
      aboutNames: [null],
    };
    for (const language of ['DE', 'EN'] as const) {
      const [sentence] = explainPath(input, language);
      expect(sentence).toContain('vom 22.11.2021');
      expect(sentence).not.toMatch(/22\.11\.2021, |2021-11-22/);
    }
  });

  it('when a step points back, then its sentence still says the fact in its own direction', () => {
    const input = {
      nodes: [trier, koblenz],
      steps: [step('COOPERATES_WITH', 'INCOMING', koblenz)],
      papers: [paper],
      aboutNames: ['OZG'],
    };
    expect(explainPath(input, 'DE')).toEqual([
      'Koblenz kooperiert mit Trier zum Thema OZG (AW/0095/2019, 23.08.2019).',
    ]);
    expect(explainPath(input, 'EN')).toEqual(['Koblenz cooperates with Trier on OZG (AW/0095/2019, 2019-08-23).']);
  });

  it('when a fact is not simply in place, then its status is said with its paper', () => {
    const input = {
      nodes: [koblenz, cdo],
      steps: [step('HAS_ROLE', 'OUTGOING', cdo, 'PROPOSED')],
      papers: [paper],
      aboutNames: [null],
    };
    expect(explainPath(input, 'DE')).toEqual([
      'Koblenz hat die Rolle Chief Digital Officer (vorgeschlagen; AW/0095/2019, 23.08.2019).',
    ]);
    expect(explainPath(input, 'EN')).toEqual([
      'Koblenz has the role Chief Digital Officer (proposed; AW/0095/2019, 2019-08-23).',
    ]);
  });

  it('when two cities meet at their Gemeindeverband, then one sentence says they share it', () => {
    const input = {
      nodes: [koblenz, pellenz, trier],
      steps: [step('PART_OF', 'OUTGOING', pellenz), step('PART_OF', 'INCOMING', trier)],
      papers: [paper, paper],
      aboutNames: [null, null],
    };
    expect(explainPath(input, 'EN')).toEqual([
      'Koblenz and Trier lie in the same Gemeindeverband: Verbandsgemeinde Pellenz (AW/0095/2019, 2019-08-23).',
    ]);
  });

  it('when two cities take part in one project, then one sentence says they took part together', () => {
    const twins = node('connected-urban-twins', 'Connected Urban Twins', 'Project');
    const input = {
      nodes: [koblenz, twins, trier],
      steps: [step('LEADS', 'OUTGOING', twins), step('PARTICIPATES_IN', 'INCOMING', trier)],
      papers: [paper, paper],
      aboutNames: [null, null],
    };
    expect(explainPath(input, 'EN')).toEqual([
      'Koblenz and Trier took part together in Connected Urban Twins (AW/0095/2019, 2019-08-23).',
    ]);
    expect(explainPath(input, 'DE')).toEqual([
      'Koblenz und Trier nahmen gemeinsam am Projekt Connected Urban Twins teil (AW/0095/2019, 23.08.2019).',
    ]);
    const oneWay = { ...input, steps: [step('LEADS', 'OUTGOING', twins), step('FUNDED_BY', 'OUTGOING', trier)] };
    expect(explainPath(oneWay, 'EN')).toHaveLength(2);
  });

  it('when two cities meet at their Land, then each step is said on its own: a Land is not shared work', () => {
    const input = {
      nodes: [koblenz, land, trier],
      steps: [step('PART_OF', 'OUTGOING', land), step('PART_OF', 'INCOMING', trier)],
      papers: [null, null],
      aboutNames: [null, null],
    };
    expect(explainPath(input, 'DE')).toEqual([
      'Koblenz gehört zu Rheinland-Pfalz.',
      'Trier gehört zu Rheinland-Pfalz.',
    ]);
  });
});

describe('the strength of a path', () => {
  it('when a cooperation is in place, then one step of it is the strongest path there is', () => {
    expect(pathStrength([step('COOPERATES_WITH', 'OUTGOING', trier)])).toEqual({
      value: 1,
      reasons: ['step 1, COOPERATES_WITH: cooperation 1 × active 1 = 1', 'weakest step 1'],
    });
  });

  it('when two cities only share a proposed role, then the path is weaker than a two-step membership', () => {
    const roles = pathStrength([step('HAS_ROLE', 'OUTGOING', cdo, 'PROPOSED'), step('HAS_ROLE', 'INCOMING', trier)]);
    const membership = pathStrength([step('MEMBER_OF', 'OUTGOING', cdo), step('MEMBER_OF', 'INCOMING', trier)]);
    expect(roles.value).toBeCloseTo(0.2 * 0.3 * STEP_DECAY, 6);
    expect(membership.value).toBeCloseTo(0.9 * STEP_DECAY, 6);
    expect(roles.reasons).toContain(`2 steps: × ${STEP_DECAY}^1 = × ${STEP_DECAY}`);
  });

  it('when a step was rejected, then the path shows no connection', () => {
    expect(pathStrength([step('COOPERATES_WITH', 'OUTGOING', trier, 'REJECTED')]).value).toBe(0);
  });
});
