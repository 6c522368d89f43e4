import { useCuratedApp } from '../support/curated-graph';
import { TEST_BROWSER_URL, answers } from '../support/test-app';

const KOELN_PAPER = 'koeln-st-digitalisierungsausschuss-2021-11-22';

describe('the analyst API over HTTP, on the curated dataset', () => {
  const curated = useCuratedApp();

  const { data } = answers(() => curated.app);

  async function errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const { body } = await curated.app.graphql(query, variables);
    return body.errors?.[0]?.extensions?.code;
  }

  describe('cooperationPaths', () => {
    const PATHS = `query ($from: ID!, $to: ID!, $first: Int, $maxHops: Int, $statuses: [Status!], $types: [RelationshipType!],
                     $purpose: PathPurpose, $language: Language) {
      cooperationPaths(from: $from, to: $to, first: $first, maxHops: $maxHops, statuses: $statuses, relationshipTypes: $types,
                       purpose: $purpose, language: $language) {
        length cypher neo4jBrowserUrl start { id } explanation strength { value reasons }
        steps { owner { id } type direction status node { id } about { id } source { id reference date } }
      }
    }`;

    it('when asked Koblenz → Trier, then the first path is the direct OZG cooperation citing AW/0095/2019', async () => {
      const { cooperationPaths } = await data(PATHS, { from: 'koblenz', to: 'trier' });
      expect(cooperationPaths[0]).toMatchObject({
        length: 1,
        start: { id: 'koblenz' },
        steps: [
          {
            owner: { id: 'koblenz' },
            type: 'COOPERATES_WITH',
            direction: 'OUTGOING',
            status: 'ACTIVE',
            node: { id: 'trier' },
            about: { id: 'ozg' },
            source: { id: 'koblenz-aw-0095-2019', reference: 'AW/0095/2019', date: '2019-08-23' },
          },
        ],
      });
    });

    it('when Koblenz → Trier is asked, then the first path explains itself as the OZG cooperation, in German and in English', async () => {
      const [german] = (await data(PATHS, { from: 'koblenz', to: 'trier', language: 'DE' })).cooperationPaths;
      const [english] = (await data(PATHS, { from: 'koblenz', to: 'trier', language: 'EN' })).cooperationPaths;
      expect(german.explanation).toEqual([
        'Koblenz kooperiert mit Trier zum Thema Onlinezugangsgesetz (AW/0095/2019, 23.08.2019).',
      ]);
      expect(english.explanation).toEqual([
        'Koblenz cooperates with Trier on Onlinezugangsgesetz (AW/0095/2019, 2019-08-23).',
      ]);
      expect(german.strength.value).toBe(1);
    });

    it('when paths are asked with purpose COOPERATION, then none consists only of subjects or proposed roles', async () => {
      const pairs = [
        ['koblenz', 'trier'],
        ['koblenz', 'eurocities'],
        ['koblenz', 'koeln'],
        ['trier', 'it-stadt-koblenz'],
      ];
      const cooperation = ['COOPERATES_WITH', 'FOUNDED', 'CONTRIBUTED_TO', 'MEMBER_OF', 'PARTICIPATES_IN', 'ADVISES'];
      const allowed = [...cooperation, 'LEADS', 'RUNS', 'FUNDED_BY', 'EXPERTS_FROM', 'SUPPORTS', 'PART_OF'];
      let any = 0;
      for (const [from, to] of pairs) {
        const { cooperationPaths } = await data(PATHS, { from, to, first: 20, maxHops: 6 });
        for (const path of cooperationPaths) {
          for (const step of path.steps) {
            expect(allowed).toContain(step.type);
            expect(['ACTIVE', 'IN_PROGRESS']).toContain(step.status);
          }
        }
        const all = (await data(PATHS, { from, to, first: 20, maxHops: 6, purpose: 'ANY' })).cooperationPaths;
        any += all.filter((path: any) =>
          path.steps.every((s: any) => ['IMPLEMENTS', 'ADDRESSES', 'HAS_ROLE'].includes(s.type)),
        ).length;
      }
      // Without the purpose, the same pairs do come back through shared subjects and roles alone.
      expect(any).toBeGreaterThan(0);
    });

    it('when paths are asked for, then they come strongest first, each explained step by step', async () => {
      const { cooperationPaths } = await data(PATHS, { from: 'koblenz', to: 'trier', first: 5, purpose: 'ANY' });
      expect(cooperationPaths.length).toBeGreaterThan(1);
      const strengths = cooperationPaths.map((p: any) => p.strength.value);
      expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
      for (const path of cooperationPaths) {
        expect(path.explanation.length).toBeGreaterThan(0);
        expect(path.explanation.length).toBeLessThanOrEqual(path.length);
        expect(path.strength.reasons.filter((r: string) => r.startsWith('step '))).toHaveLength(path.length);
      }
    });

    it('when purpose COOPERATION is asked with only subject types or only proposals, then the answer is BAD_USER_INPUT', async () => {
      expect(await errorCode(PATHS, { from: 'koblenz', to: 'trier', types: ['IMPLEMENTS'] })).toBe('BAD_USER_INPUT');
      expect(await errorCode(PATHS, { from: 'koblenz', to: 'trier', statuses: ['PROPOSED'] })).toBe('BAD_USER_INPUT');
    });

    it('when more paths are asked for, then each step continues the last and no node comes twice', async () => {
      const { cooperationPaths } = await data(PATHS, { from: 'koblenz', to: 'trier', first: 5, purpose: 'ANY' });
      expect(cooperationPaths.length).toBeGreaterThan(1);
      for (const path of cooperationPaths) {
        expect(path.steps).toHaveLength(path.length);
        const visited = [path.start.id, ...path.steps.map((s: { node: { id: string } }) => s.node.id)];
        expect(new Set(visited).size).toBe(visited.length);
        path.steps.forEach((step: { owner: { id: string } }, i: number) => expect(step.owner.id).toBe(visited[i]));
        expect(visited.at(-1)).toBe('trier');
      }
    });

    it('when a path is returned, then its Cypher reproduces it and its Browser link pre-fills that Cypher', async () => {
      const [path] = (await data(PATHS, { from: 'koblenz', to: 'trier', first: 1 })).cooperationPaths;
      const rows = await curated.db.executor.read<{ ids: string[] }>({
        name: 'test-reproduce',
        cypher: `${path.cypher.replace(/RETURN p$/, '')} RETURN [n IN nodes(p) | n.id] AS ids`,
      });
      expect(rows).toEqual([{ ids: ['koblenz', 'trier'] }]);
      const url = new URL(path.neo4jBrowserUrl);
      expect(`${url.origin}${url.pathname}`).toBe(TEST_BROWSER_URL);
      expect(url.searchParams.get('cmd')).toBe('edit');
      expect(url.searchParams.get('arg')).toBe(path.cypher);
      expect(url.searchParams.get('dbms')).toMatch(/^bolt:\/\/neo4j@127\.0\.0\.1:\d+$/);
    });

    it('when statuses are restricted, then every step has one of them', async () => {
      // Koblenz is a member of IT.Stadt Koblenz (ACTIVE) and would intensify the cooperation (PROPOSED).
      const { cooperationPaths } = await data(PATHS, {
        from: 'koblenz',
        to: 'it-stadt-koblenz',
        statuses: ['PROPOSED'],
        first: 5,
        purpose: 'ANY',
      });
      expect(cooperationPaths.length).toBeGreaterThan(0);
      for (const path of cooperationPaths) {
        for (const step of path.steps) expect(step.status).toBe('PROPOSED');
      }
    });

    it('when relationship types are restricted, then only those are walked', async () => {
      const { cooperationPaths } = await data(PATHS, {
        from: 'koblenz',
        to: 'trier',
        types: ['IMPLEMENTS'],
        purpose: 'ANY',
      });
      expect(cooperationPaths.map((p: { steps: { type: string }[] }) => p.steps.map((s) => s.type))).toEqual([
        ['IMPLEMENTS', 'IMPLEMENTS'],
      ]);
    });

    it('when an id is unknown, then the error is NOT_FOUND', async () => {
      expect(await errorCode(PATHS, { from: 'koblenz', to: 'atlantis' })).toBe('NOT_FOUND');
    });

    it('when from and to are the same, then the error says so', async () => {
      const { body } = await curated.app.graphql(PATHS, { from: 'koblenz', to: 'koblenz' });
      expect(body.errors?.[0]).toMatchObject({
        message: '"from" and "to" are the same node; a path needs two different ones',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it.each([
      [{ maxHops: 0 }, '"maxHops" must be from 1 to 6'],
      [{ maxHops: 7 }, '"maxHops" must be from 1 to 6'],
      [{ first: 21 }, '"first" of cooperationPaths must be from 1 to 20'],
    ])('when given %j, then it is refused with BAD_USER_INPUT', async (args, message) => {
      const { body } = await curated.app.graphql(PATHS, { from: 'koblenz', to: 'trier', ...args });
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('precedents', () => {
    const PRECEDENTS = `query ($subject: ID!, $forCity: ID, $orderBy: PrecedentOrder) {
      precedents(subject: $subject, forCity: $forCity, orderBy: $orderBy) {
        city { id } date similarity
        fact { type status owner { id } source { id date } }
      }
    }`;

    it('when asked for the CDO role for Koblenz, then Köln (proposed 2021) comes back with its paper', async () => {
      const { precedents } = await data(PRECEDENTS, { subject: 'cdo', forCity: 'koblenz' });
      expect(precedents).toContainEqual(
        expect.objectContaining({
          city: { id: 'koeln' },
          date: '2021-11-22',
          fact: {
            type: 'HAS_ROLE',
            status: 'PROPOSED',
            owner: { id: 'koeln' },
            source: { id: KOELN_PAPER, date: '2021-11-22' },
          },
        }),
      );
      expect(precedents.map((p: { city: { id: string } }) => p.city.id)).not.toContain('koblenz');
      expect(precedents[0].similarity).toBeGreaterThan(0);
    });

    it('when the subject is what a fact is about (the OZG), then the cities cooperating on it come back', async () => {
      const { precedents } = await data(PRECEDENTS, { subject: 'ozg' });
      expect(precedents).toContainEqual(
        expect.objectContaining({
          city: { id: 'koblenz' },
          fact: expect.objectContaining({ type: 'COOPERATES_WITH', owner: { id: 'koblenz' } }),
        }),
      );
    });

    it('when the subject is a body, then cities with a body of the same type count, newest first', async () => {
      const { precedents } = await data(PRECEDENTS, { subject: 'koblenz-digitalbeirat', forCity: 'koblenz' });
      expect(precedents).toContainEqual(
        expect.objectContaining({
          city: { id: 'koeln' },
          fact: expect.objectContaining({ owner: { id: 'koeln-digitalrat' }, status: 'PROPOSED' }),
        }),
      );
      const dates = precedents.map((p: { date: string }) => p.date);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('when ordered by similarity, then the scores never rise', async () => {
      const { precedents } = await data(PRECEDENTS, { subject: 'ozg', forCity: 'koeln', orderBy: 'SIMILARITY' });
      expect(precedents.length).toBeGreaterThan(0);
      const scores = precedents.map((p: { similarity: number }) => p.similarity);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('when the subject is unknown, then the error is NOT_FOUND', async () => {
      expect(await errorCode(PRECEDENTS, { subject: 'no-such-role' })).toBe('NOT_FOUND');
    });

    it('when the Land to keep is a city or unknown, then the error is NOT_FOUND and says what the id is', async () => {
      const query = 'query ($land: ID) { precedents(subject: "cdo", land: $land) { city { id } } }';
      for (const land of ['koblenz', 'land-99', "land-07' OR 1=1"]) {
        const { body } = await curated.app.graphql(query, { land });
        expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(body.data).toBeNull();
      }
      const { body } = await curated.app.graphql(query, { land: 'koblenz' });
      expect(body.errors?.[0]?.message).toContain('"koblenz" is a City');
    });
  });

  describe('lookups, lists and search', () => {
    it('when Köln is asked for with its memberships, then each names its organisation, status and paper', async () => {
      const { city } = await data(
        `{ city(id: "koeln") { name memberships { organisation { id } role status source { id } } } }`,
      );
      expect(city.name).toBe('Köln');
      expect(city.memberships).toEqual(
        expect.arrayContaining([
          {
            organisation: { id: 'eurocities' },
            role: expect.any(String),
            status: 'ACTIVE',
            source: { id: KOELN_PAPER },
          },
          {
            organisation: { id: 'ksf-open-data-working-group' },
            role: 'Vice Chair',
            status: 'ACTIVE',
            source: { id: KOELN_PAPER },
          },
        ]),
      );
    });

    it('when node and nodes are asked, then they resolve any kind by id, nodes with null for unknown ids', async () => {
      const result = await data(`{
        node(id: "pd-gmbh") { id kind name ... on Organisation { type } }
        nodes(ids: ["ozg", "nope", "cdo"]) { id kind }
      }`);
      expect(result).toEqual({
        node: { id: 'pd-gmbh', kind: 'Organisation', name: 'PD – Berater der öffentlichen Hand GmbH', type: 'COMPANY' },
        nodes: [{ id: 'ozg', kind: 'Standard' }, null, { id: 'cdo', kind: 'Role' }],
      });
      expect(await errorCode('{ node(id: "nope") { id } }')).toBe('NOT_FOUND');
    });

    it('when a node lists its relationships with filters, then only matching ones come, each with its source', async () => {
      const { node } =
        await data(`{ node(id: "koblenz") { relationships(types: [COOPERATES_WITH], direction: OUTGOING, statuses: [UNDER_REVIEW]) {
        type direction status node { id } source { id } } } }`);
      expect(node.relationships).toEqual([
        {
          type: 'COOPERATES_WITH',
          direction: 'OUTGOING',
          status: 'UNDER_REVIEW',
          node: { id: 'pd-gmbh' },
          source: { id: 'koblenz-st-0078-2025' },
        },
      ]);
    });

    it('when entities are paged, then pages do not overlap and together hold totalCount nodes', async () => {
      const PAGE = `query ($after: String) { entities(filter: { kinds: [Organisation] }, first: 10, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 10; page++) {
        const { entities }: any = await data(PAGE, { after });
        total = entities.totalCount;
        seen.push(...entities.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!entities.pageInfo.hasNextPage) break;
        after = entities.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThanOrEqual(12);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it('when entities are filtered by state and text and sorted, then only matching nodes come in that order', async () => {
      const { entities } = await data(
        `{ entities(filter: { kinds: [City], state: "Rheinland-Pfalz" }, orderBy: NAME_DESC) { totalCount edges { node { id } } } }`,
      );
      expect(entities).toEqual({ totalCount: 2, edges: [{ node: { id: 'trier' } }, { node: { id: 'koblenz' } }] });
      const byText = await data(`{ entities(filter: { text: "cologne" }) { edges { node { id } } } }`);
      expect(byText.entities.edges).toEqual([{ node: { id: 'koeln' } }]);
    });

    it.each([
      ['first above the cap', '{ entities(first: 101) { totalCount } }'],
      ['a foreign cursor', '{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }'],
    ])('when a list is asked with %s, then it is refused with BAD_USER_INPUT', async (_name, query) => {
      expect(await errorCode(query)).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['koln', 'koeln'],
      ['Köln', 'koeln'],
      ['Cologne', 'koeln'],
      ['Kobelnz', 'koblenz'],
      ['PD GmbH', 'pd-gmbh'],
      ['Eurocitis', 'eurocities'],
    ])('when "%s" is searched, then %s ranks first', async (text, id) => {
      const { search } = await data(
        `query ($text: NonEmptyString!) { search(text: $text, first: 3) { score node { id } } }`,
        { text },
      );
      expect(search[0].node.id).toBe(id);
      expect(search[0].score).toBeGreaterThan(0);
    });

    it('when search is limited to kinds, then only those kinds come back', async () => {
      const { search } = await data(`{ search(text: "digital", kinds: [Body], first: 10) { node { kind } } }`);
      expect(search.length).toBeGreaterThan(0);
      for (const hit of search) expect(hit.node.kind).toBe('Body');
    });

    it('when facts under review are listed, then the PD cooperation is among them with its evidence', async () => {
      const { facts } = await data(
        `{ facts(filter: { statuses: [UNDER_REVIEW] }) { totalCount edges { node { from { id } type to { id } status evidence } } } }`,
      );
      expect(facts.totalCount).toBe(facts.edges.length);
      expect(facts.edges.map((e: { node: unknown }) => e.node)).toContainEqual(
        expect.objectContaining({
          from: { id: 'koblenz' },
          type: 'COOPERATES_WITH',
          to: { id: 'pd-gmbh' },
          status: 'UNDER_REVIEW',
          evidence: expect.any(String),
        }),
      );
    });
  });

  describe('similarCities, timeline, stats', () => {
    it('when cities like Koblenz are asked, then each comes with a score and the shared items that explain it', async () => {
      const { similarCities } = await data(
        `{ similarCities(city: "koblenz") { score explanation city { id } shared { id } reasons { factor text } } }`,
      );
      expect(similarCities.length).toBeGreaterThan(0);
      for (const similar of similarCities) {
        expect(similar.city.id).not.toBe('koblenz');
        expect(similar.shared.length).toBeGreaterThan(0);
        expect(similar.score).toBeGreaterThan(0);
        expect(similar.reasons.map((r: { factor: string }) => r.factor)).toContain('NEIGHBOURS');
        expect(similar.explanation).toContain(similar.reasons[0].text);
      }
      expect(similarCities).toContainEqual(
        expect.objectContaining({ city: { id: 'trier' }, shared: expect.arrayContaining([{ id: 'ozg' }]) }),
      );
    });

    it("when Köln's timeline is asked, then its dated facts come oldest first, including the CDO proposal", async () => {
      const timeline = (
        await data(
          `{ timeline(city: "koeln") { edges { node { date fact { type owner { id } node { id } source { id } } } } } }`,
        )
      ).timeline.edges.map((edge: { node: unknown }) => edge.node);
      const dates = timeline.map((t: { date: string }) => t.date);
      expect(dates).toEqual([...dates].sort());
      expect(timeline).toContainEqual({
        date: '2021-11-22',
        fact: { type: 'HAS_ROLE', owner: { id: 'koeln' }, node: { id: 'cdo' }, source: { id: KOELN_PAPER } },
      });
    });

    it('when timeline or similarCities is asked for a non-city, then the error is NOT_FOUND', async () => {
      expect(await errorCode('{ timeline(city: "eurocities") { totalCount } }')).toBe('NOT_FOUND');
      expect(await errorCode('{ similarCities(city: "nope") { score } }')).toBe('NOT_FOUND');
    });

    it('when stats are asked, then they count every kind and type, matching the database', async () => {
      const { stats } = await data(
        `{ stats { totalNodes totalRelationships nodes { name count } relationships { name count } } }`,
      );
      const [row] = await curated.db.executor.read<{ nodes: number; relationships: number }>({
        name: 'test-counts',
        cypher: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
      });
      expect([stats.totalNodes, stats.totalRelationships]).toEqual([row!.nodes, row!.relationships]);
      expect(stats.nodes).toContainEqual({ name: 'City', count: 3 });
    });
  });
});
