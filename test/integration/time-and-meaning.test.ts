import { changeOf } from '../support/changes';
import { useCuratedApp } from '../support/curated-graph';

const PAPER_2019 = 'koblenz-aw-0095-2019';
const PAPER_2021 = 'koblenz-st-0027-2021';
const PAPER_2025 = 'koblenz-st-0078-2025';

describe('the graph as of a date, and what changed, on the curated dataset', () => {
  const curated = useCuratedApp();

  async function answer<T = any>(query: string, variables?: Record<string, unknown>) {
    const { status, body } = await curated.app.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body as { data: T; extensions?: { asOf?: { field: string; asOf: string; undatedLeftOut: number }[] } };
  }
  const data = async <T = any>(query: string, variables?: Record<string, unknown>) =>
    (await answer<T>(query, variables)).data;

  const KOBLENZ_AS_OF = `query ($asOf: LocalDate) {
    node(id: "koblenz") { relationships(asOf: $asOf, withAdministration: true) { type source { id date inferredDate } } }
    facts(asOf: $asOf, filter: { nodeId: "koblenz" }, first: 100) { totalCount edges { node { source { id } } } }
    timeline(city: "koblenz", asOf: $asOf) { totalCount edges { node { fact { source { id } } } } }
  }`;

  it('when Koblenz is asked as of 2020-01-01, then nothing of the 2021 and 2025 papers comes, and the undated are counted', async () => {
    const { data: asOf, extensions } = await answer(KOBLENZ_AS_OF, { asOf: '2020-01-01' });
    const sources = [
      ...asOf.node.relationships.map((r: any) => r.source.id),
      ...asOf.facts.edges.map((e: any) => e.node.source.id),
      ...asOf.timeline.edges.map((e: any) => e.node.fact.source.id),
    ];
    expect(sources.length).toBeGreaterThan(0);
    expect(sources).toContain(PAPER_2019);
    expect(sources).not.toContain(PAPER_2021);
    expect(sources).not.toContain(PAPER_2025);
    for (const r of asOf.node.relationships)
      expect((r.source.date ?? r.source.inferredDate) <= '2020-01-01').toBe(true);
    expect(extensions?.asOf?.map((note) => note.field)).toEqual(['facts', 'node.relationships', 'timeline']);
    for (const note of extensions!.asOf!) {
      expect(note.asOf).toBe('2020-01-01');
      expect(note.undatedLeftOut).toBeGreaterThanOrEqual(0);
    }

    const now = await data(KOBLENZ_AS_OF, { asOf: null });
    expect(now.facts.totalCount).toBeGreaterThan(asOf.facts.totalCount);
    expect(now.node.relationships.map((r: any) => r.source.id)).toEqual(
      expect.arrayContaining([PAPER_2021, PAPER_2025]),
    );
  });

  it('when a fact cites a paper without a date, then an as-of answer leaves it out and counts it', async () => {
    // Eurocities' Knowledge Society Forum is described by a web page, which has no date.
    const { data: asOf, extensions } = await answer(`{
      node(id: "knowledge-society-forum") { relationships(asOf: "2026-01-01") { source { id } } }
      all: node(id: "knowledge-society-forum") { relationships { source { id date inferredDate } } }
    }`);
    const undated = asOf.all.relationships.filter((r: any) => !r.source.date && !r.source.inferredDate).length;
    expect(undated).toBeGreaterThan(0);
    expect(asOf.node.relationships).toHaveLength(asOf.all.relationships.length - undated);
    expect(extensions?.asOf).toEqual([{ field: 'node.relationships', asOf: '2026-01-01', undatedLeftOut: undated }]);
  });

  const BEIRAT = `query ($asOf: LocalDate) {
    node(id: "koblenz-digitalbeirat") {
      relationships(asOf: $asOf, types: [PART_OF], direction: OUTGOING) {
        status node { id } source { id } history { status source { id } }
      }
    }
  }`;

  it('when the Digitalbeirat is asked as of 2020 and as of 2026, then its status differs and each cites its paper, the older kept as history', async () => {
    const [in2020] = (await data(BEIRAT, { asOf: '2020-01-01' })).node.relationships;
    const [in2026] = (await data(BEIRAT, { asOf: '2026-01-01' })).node.relationships;
    expect(in2020).toMatchObject({ status: 'PLANNED', node: { id: 'koblenz' }, source: { id: PAPER_2019 } });
    expect(in2026).toMatchObject({ status: 'ACTIVE', node: { id: 'koblenz' }, source: { id: PAPER_2025 } });
    const history = [
      { status: 'PLANNED', source: { id: PAPER_2019 } },
      { status: 'ACTIVE', source: { id: PAPER_2025 } },
    ];
    expect(in2020.history).toEqual(history);
    expect(in2026.history).toEqual(history);
    const before = await data(BEIRAT, { asOf: '2019-01-01' });
    expect(before.node.relationships).toEqual([]);
  });

  it("when the changes for Koblenz since 2021 are asked, then they list the 2021 and 2025 statements and the Digitalbeirat's change", async () => {
    const page = (
      await data(`{
        changes(since: "2021-01-01", city: "koblenz", first: 100) {
          totalCount pageInfo { hasNextPage }
          edges { node { change date fact { type from { id } to { id } status source { id } } previous { status source { id } } } }
        }
      }`)
    ).changes;
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.edges).toHaveLength(page.totalCount);
    const changes = page.edges.map((e: any) => e.node);
    const sources = new Set(changes.map((c: any) => c.fact.source.id));
    expect([...sources].sort()).toEqual([PAPER_2021, PAPER_2025]);
    const dates = changes.map((c: any) => c.date);
    expect(dates).toEqual([...dates].sort());
    expect(changes).toContainEqual(
      changeOf(
        'STATUS_CHANGED',
        '2025-06-25',
        { type: 'PART_OF', from: 'koblenz-digitalbeirat', to: 'koblenz', status: 'ACTIVE', source: PAPER_2025 },
        { status: 'PLANNED', source: PAPER_2019 },
      ),
    );
    expect(changes.filter((c: any) => c.change === 'FIRST_STATED').length).toBeGreaterThan(10);

    const until2022 = (
      await data(
        `{ changes(since: "2021-01-01", until: "2021-12-31", city: "koblenz") { edges { node { fact { source { id } } } } } }`,
      )
    ).changes.edges.map((e: any) => e.node);
    expect(new Set(until2022.map((c: any) => c.fact.source.id))).toEqual(new Set([PAPER_2021]));
  });

  it('when changes are asked with until before since, or for an unknown city, then the answer says so with its code', async () => {
    const codes = await Promise.all(
      [
        '{ changes(since: "2022-01-01", until: "2021-01-01") { totalCount } }',
        '{ changes(since: "2021-01-01", city: "atlantis") { totalCount } }',
      ].map(async (query) => (await curated.app.graphql(query)).body.errors?.[0]?.extensions?.code),
    );
    expect(codes).toEqual(['BAD_USER_INPUT', 'NOT_FOUND']);
  });

  it('when paths, precedents and similar cities are asked as of a date, then they use only the facts of that date', async () => {
    const query = `query ($asOf: LocalDate) {
      cooperationPaths(from: "koblenz", to: "trier", asOf: $asOf) { explanation }
      precedents(subject: "cdo", asOf: $asOf) { city { id } fact { source { id } } }
      similarCities(city: "trier", asOf: $asOf) { city { id } shared { id } }
    }`;
    const in2020 = await answer(query, { asOf: '2020-01-01' });
    expect(in2020.data.cooperationPaths[0].explanation[0]).toContain('Onlinezugangsgesetz');
    expect(in2020.data.precedents.map((p: any) => p.city.id)).not.toContain('koeln');
    expect(in2020.extensions?.asOf?.map((note) => note.field)).toEqual([
      'cooperationPaths',
      'precedents',
      'similarCities',
    ]);
    const in2019 = await data(query, { asOf: '2019-01-01' });
    expect(in2019.cooperationPaths).toEqual([]);
    // Before any paper, Trier shares nothing with anyone; only its size and place still make cities alike.
    expect(in2019.similarCities.flatMap((s: any) => s.shared)).toEqual([]);
    expect(in2020.data.similarCities.flatMap((s: any) => s.shared)).toContainEqual({ id: 'ozg' });
    const now = await data(query, { asOf: null });
    expect(now.precedents.map((p: any) => p.city.id)).toContain('koeln');
  });
});
