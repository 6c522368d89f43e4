import { answers } from '../support/test-app';
import { MAX_PAGE_SIZE } from '../../src/services/pagination';
import { useCuratedApp } from '../support/curated-graph';

/** Answers an analyst can take at their word: lists that say where they end, facts reachable from where they belong. */
describe('answers that are complete and say what they are, on the curated dataset', () => {
  const curated = useCuratedApp();

  const { data, error } = answers(() => curated.app);

  const shownDate = (r: any): string | null => r.since ?? r.source.date ?? r.source.inferredDate ?? null;

  /** Newest first by the shown date, undated last. */
  function expectNewestFirst(dates: (string | null)[]) {
    const dated = dates.filter((d): d is string => d !== null);
    expect(dates.slice(0, dated.length)).toEqual(dated);
    expect(dated).toEqual([...dated].sort().reverse());
  }

  describe('changes, a page at a time', () => {
    const CHANGES = `query ($first: Int, $after: String, $order: ChangeOrder, $node: ID, $city: ID) {
      changes(since: "2019-01-01", until: "2025-12-31", city: $city, node: $node, first: $first, after: $after, order: $order) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { change date fact { type from { id } to { id } about { id } source { id } } } }
      }
    }`;

    async function allPages(variables: Record<string, unknown>) {
      const nodes: any[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (let page = 0; page < 100; page++) {
        const { changes }: { changes: any } = await data(CHANGES, { ...variables, after });
        totalCount = changes.totalCount;
        nodes.push(...changes.edges.map((e: any) => e.node));
        if (!changes.pageInfo.hasNextPage) break;
        after = changes.pageInfo.endCursor;
      }
      return { nodes, totalCount };
    }

    it('when every page of the changes for Koblenz is read, then they add up to the total count, none twice, the newest included', async () => {
      const { nodes, totalCount } = await allPages({ city: 'koblenz', first: 7 });
      expect(totalCount).toBeGreaterThan(7);
      expect(nodes).toHaveLength(totalCount);
      const keys = nodes.map((c) => `${c.fact.from.id} ${c.fact.type} ${c.fact.to.id} ${c.fact.source.id}`);
      expect(new Set(keys).size).toBe(totalCount);
      const dates = nodes.map((c) => c.date);
      expect(dates).toEqual([...dates].sort());
      expect(nodes.some((c) => c.change === 'STATUS_CHANGED')).toBe(true);
    });

    it('when the changes are asked newest first, then the newest paper comes first and the order is by date', async () => {
      const { changes } = await data(CHANGES, { city: 'koblenz', first: MAX_PAGE_SIZE, order: 'NEWEST_FIRST' });
      const dates = changes.edges.map((e: any) => e.node.date);
      expect(dates[0]).toBe('2025-06-25');
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('when more than the page limit is asked, then the answer is BAD_USER_INPUT naming the limit', async () => {
      const e = await error(CHANGES, { city: 'koblenz', first: MAX_PAGE_SIZE + 1 });
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain(String(MAX_PAGE_SIZE));
    });

    it('when the changes of one node are asked, then each touches it or is about it', async () => {
      const { nodes, totalCount } = await allPages({ node: 'koblenz-it-beirat', first: MAX_PAGE_SIZE });
      expect(totalCount).toBeGreaterThan(0);
      for (const c of nodes) {
        expect([c.fact.from.id, c.fact.to.id, c.fact.about?.id]).toContain('koblenz-it-beirat');
      }
      expect(nodes.some((c) => c.fact.type === 'REPORTS_TO' && c.fact.about?.id === 'koblenz-it-beirat')).toBe(true);
    });

    it('when the changes of an unknown node are asked, then the answer is NOT_FOUND', async () => {
      const e = await error(CHANGES, { node: 'koblenz-it-beiratt', first: 5 });
      expect(e.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe("a city's whole administration", () => {
    const AMT_10_50 = 'koblenz-amt-10-50';

    it('when Koblenz is asked with its administration, then the facts of Amt 10.50, three levels down, are there', async () => {
      const { node } = await data(`{
        node(id: "koblenz") { relationships(withAdministration: true) { owner { id } node { id } } }
      }`);
      expect(node.relationships.some((r: any) => r.owner.id === AMT_10_50)).toBe(true);
    });

    it("when Koblenz's timeline and changes are asked, then they hold the facts of Amt 10.50", async () => {
      const { timeline, changes } = await data(`{
        timeline(city: "koblenz", first: 100) { edges { node { fact { from { id } to { id } } } } }
        changes(since: "2019-01-01", city: "koblenz", first: 100) { edges { node { fact { from { id } to { id } } } } }
      }`);
      const ends = (edges: any[]) => edges.flatMap((e: any) => [e.node.fact.from.id, e.node.fact.to.id]);
      expect(ends(timeline.edges)).toContain(AMT_10_50);
      expect(ends(changes.edges)).toContain(AMT_10_50);
    });

    it('when Amt 10.50 is asked for its city, then it answers Koblenz', async () => {
      const { node } = await data(`{ node(id: "${AMT_10_50}") { ... on OrgUnit { city { id } } } }`);
      expect(node.city).toEqual({ id: 'koblenz' });
    });
  });

  describe('facts about a node', () => {
    it('when the IT-Beirat is asked for its relationships, then the report line about it shows both ends and says it is about it', async () => {
      const { node } = await data(`{
        node(id: "koblenz-it-beirat") {
          relationships(types: [REPORTS_TO]) { direction aboutOwner from { id } to { id } about { id } }
          outgoing: relationships(types: [REPORTS_TO], direction: OUTGOING) { to { id } }
        }
      }`);
      expect(node.relationships).toContainEqual({
        direction: 'ABOUT',
        aboutOwner: true,
        from: { id: 'koblenz' },
        to: { id: 'koblenz-hufa' },
        about: { id: 'koblenz-it-beirat' },
      });
      expect(node.outgoing).toEqual([]);
    });
  });

  describe('newest first', () => {
    const RELATIONSHIPS = `query ($id: ID!, $nodeId: String) {
      node(id: $id) { relationships(withAdministration: true) { since source { date inferredDate } } }
      facts(filter: { nodeId: $nodeId }, first: 100) { edges { node { since source { date inferredDate } } } }
    }`;

    it.each(['koblenz', 'koeln', 'eurocities'])(
      "when the relationships and facts of %s are asked, then they come newest first by the date they show, the paper's when the fact has none",
      async (id) => {
        const { node, facts } = await data(RELATIONSHIPS, { id, nodeId: id });
        expect(node.relationships.length).toBeGreaterThan(1);
        expectNewestFirst(node.relationships.map(shownDate));
        expectNewestFirst(facts.edges.map((e: any) => shownDate(e.node)));
      },
    );
  });

  describe('ids as people write them', () => {
    it('when a node is asked by a council reference, then it is that paper', async () => {
      const { node } = await data(`{ node(id: "AW/0095/2019") { id kind } }`);
      expect(node).toEqual({ id: 'koblenz-aw-0095-2019', kind: 'Document' });
    });

    it('when a city or node is asked with capitals, then it is the node of that id', async () => {
      const { city, node } = await data(`{ city(id: "Koblenz") { id } node(id: "KOELN") { id } }`);
      expect([city.id, node.id]).toEqual(['koblenz', 'koeln']);
    });

    it('when a timeline is asked with capitals, then NOT_FOUND names the right id first', async () => {
      const e = await error(`{ timeline(city: "Koblenz") { totalCount } }`);
      expect(e.extensions.code).toBe('NOT_FOUND');
      expect((e.extensions.didYouMean as string[])[0]).toBe('koblenz');
    });
  });

  describe('filters that cannot apply', () => {
    it('when Gemeindeverbände are filtered by state, then the answer is BAD_USER_INPUT naming the land filter', async () => {
      const e = await error(
        `{ entities(filter: { kinds: [Gemeindeverband], state: "Rheinland-Pfalz" }) { totalCount } }`,
      );
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain('"land"');
    });

    it('when Kreise are filtered by population, then the answer is BAD_USER_INPUT', async () => {
      const e = await error(`{ entities(filter: { kinds: [Kreis], minPopulation: 1000 }) { totalCount } }`);
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('search counts', () => {
    it('when a search finds more than it shows, then searchCount says how many it found', async () => {
      const { search, searchCount } = await data(
        `{ search(text: "Koblenz", first: 2) { node { id } } searchCount(text: "Koblenz") }`,
      );
      expect(search).toHaveLength(2);
      expect(searchCount).toBeGreaterThan(2);
    });
  });

  describe('one sentence, one type', () => {
    it('when the networks of ST/0027/2021 are asked by type, then all seven its sentence lists take part', async () => {
      const { facts } = await data(`{
        facts(filter: { source: "ST/0027/2021", types: [PARTICIPATES_IN] }, first: 100) {
          edges { node { evidence to { id } } }
        }
      }`);
      const networks = facts.edges
        .filter((e: any) => e.node.evidence.includes('Netzwerke, an denen die Stadt'))
        .map((e: any) => e.node.to.id);
      expect(networks).toHaveLength(7);
      expect(networks).toEqual(expect.arrayContaining(['r56-plus', 'tzk']));
    });

    it('when every curated fact is read, then the nodes of one kind that one quote names from one node take the same types', async () => {
      const QUERY = `query ($after: String) {
        facts(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { type evidence from { id } to { id kind } source { id } } }
        }
      }`;
      // quote → the end nodes it names → the types stated to each
      const bySentence = new Map<string, Map<string, Set<string>>>();
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const { facts }: { facts: any } = await data(QUERY, { after });
        for (const { node } of facts.edges) {
          if (!node.evidence) continue;
          const key = `${node.source.id} | ${node.from.id} | ${node.to.kind} | ${node.evidence}`;
          const ends = bySentence.get(key) ?? new Map<string, Set<string>>();
          ends.set(node.to.id, (ends.get(node.to.id) ?? new Set()).add(node.type));
          bySentence.set(key, ends);
        }
        if (!facts.pageInfo.hasNextPage) break;
        after = facts.pageInfo.endCursor;
      }
      expect([...bySentence.values()].filter((ends) => ends.size > 1).length).toBeGreaterThan(3);
      const mixed = [...bySentence]
        .map(([key, ends]) => [key, new Set([...ends.values()].map((types) => [...types].sort().join('+')))] as const)
        .filter(([, typeSets]) => typeSets.size > 1)
        .map(([key, typeSets]) => `${key}: ${[...typeSets].join(' / ')}`);
      expect(mixed).toEqual([]);
    });
  });

  describe('an empty path answer that says why', () => {
    const PATHS = (purpose: string) =>
      `{ cooperationPaths(from: "koblenz-stadtrat", to: "e-government-konzept-koblenz", purpose: ${purpose}) { length } }`;

    it('when cooperation finds no path but purpose ANY does, then the answer says to ask with purpose ANY', async () => {
      const { body } = await curated.app.graphql<any>(PATHS('COOPERATION'));
      expect(body.errors).toBeUndefined();
      expect(body.data!.cooperationPaths).toEqual([]);
      expect((body as any).extensions?.hints).toEqual([
        expect.objectContaining({ field: 'cooperationPaths', tryArguments: { purpose: 'ANY' } }),
      ]);
      expect((await data(PATHS('ANY'))).cooperationPaths.length).toBeGreaterThan(0);
    });

    it('when cooperation finds a path, then the answer carries no hint', async () => {
      const { body } = await curated.app.graphql<any>(`{ cooperationPaths(from: "koblenz", to: "trier") { length } }`);
      expect(body.data!.cooperationPaths.length).toBeGreaterThan(0);
      expect((body as any).extensions?.hints).toBeUndefined();
    });
  });
});
