import { answers } from '../support/test-app';
import { MAX_SEARCH_WORD_LENGTH, MAX_SEARCH_WORDS } from '../../src/services/search-query';
import { useCuratedApp } from '../support/curated-graph';

/** Right, complete and consistent answers: each block is a question an analyst asked and got wrong before. */
describe('the analyst API answers right, complete and consistent, on the curated dataset', () => {
  const curated = useCuratedApp();

  const { data, error } = answers(() => curated.app);

  const SEARCH = `query ($text: NonEmptyString!) { search(text: $text, first: 5) { node { id } } }`;

  describe('search in German', () => {
    it.each([
      ['IT-Beirat', 'koblenz-it-beirat'],
      ['it-beirat koblenz', 'koblenz-it-beirat'],
      ['IT-Budget', 'koblenz-it-budget'],
      ['IT-Sicherheit', 'it-sicherheit'],
      ['Strategisches IT-Management', 'koblenz-amt-10-50'],
      ['IT-Rollenmodell', 'koblenz-it-rollenmodell'],
      ['Digitalisierungsausschuss', 'koeln-digitalisierungsausschuss'],
      ['Onlinezugangsgesetz', 'ozg'],
      ['OZG', 'ozg'],
      ['Stabsstelle Digitalisierung', 'koeln-stabsstelle-digitalisierung'],
      ['Amt für Informationsverarbeitung', 'koeln-amt-fuer-informationsverarbeitung'],
      ['Amt fuer Informationsverarbeitung', 'koeln-amt-fuer-informationsverarbeitung'],
      ['koln', 'koeln'],
      ['KÖLN', 'koeln'],
      ['Kobelnz', 'koblenz'],
      ['Cologne', 'koeln'],
      ['PD GmbH', 'pd-gmbh'],
      ['Eurocitis', 'eurocities'],
    ])('when "%s" is searched, then %s is among the first five', async (text, id) => {
      const { search } = await data(SEARCH, { text });
      expect(search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(id);
    });

    it('when a word is longer than the limit, then the answer is BAD_USER_INPUT naming the limit', async () => {
      const e = await error(SEARCH, { text: 'x'.repeat(1500) });
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain(String(MAX_SEARCH_WORD_LENGTH));
    });

    it('when there are more words than the limit, then the answer is BAD_USER_INPUT naming the limit', async () => {
      const e = await error(SEARCH, {
        text: Array.from({ length: MAX_SEARCH_WORDS + 1 }, (_, i) => `w${i}`).join(' '),
      });
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
      expect(e.message).toContain(String(MAX_SEARCH_WORDS));
    });
  });

  describe('cooperation paths', () => {
    it('when steps are asked with their dates, then the dates come as text, as precise as their source', async () => {
      const { cooperationPaths } = await data(
        `{ cooperationPaths(from: "koblenz-stadtrat", to: "e-government-konzept-koblenz", first: 5, purpose: ANY) { steps { since until source { id } } } }`,
      );
      const dates = cooperationPaths.flatMap((p: any) => p.steps.map((s: any) => s.since)).filter(Boolean);
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(dates).toContain('2017-11');
    });
  });

  describe('timeline', () => {
    const TIMELINE = `query ($first: Int, $after: String) {
      timeline(city: "koblenz", first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { date fact { type source { id } } } }
      }
    }`;

    it('when every page of Koblenz is read, then all dated facts come, oldest first, the 2025 ones included', async () => {
      const dates: string[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (let pages = 0; pages < 10; pages++) {
        const { timeline }: any = await data(TIMELINE, { first: 20, after });
        totalCount = timeline.totalCount;
        dates.push(...timeline.edges.map((e: any) => e.node.date));
        if (!timeline.pageInfo.hasNextPage) break;
        after = timeline.pageInfo.endCursor;
      }
      expect(totalCount).toBeGreaterThan(3 * 20);
      expect(dates).toHaveLength(totalCount);
      expect(dates).toEqual([...dates].sort());
      expect(dates.some((d) => d.startsWith('2025'))).toBe(true);
    });
  });

  describe('newest first', () => {
    const isNewestFirst = (dates: (string | null)[]) => {
      const dated = dates.filter((d): d is string => d !== null);
      const firstUndated = dates.indexOf(null);
      return (
        JSON.stringify(dated) === JSON.stringify([...dated].sort().reverse()) &&
        (firstUndated === -1 || dates.slice(firstUndated).every((d) => d === null))
      );
    };

    /** The date a fact shows: its own, else its paper's, else the one inferred for its paper. */
    const shown = (r: any): string | null => r.since ?? r.source.date ?? r.source.inferredDate ?? null;
    const FACT_DATES = 'since source { date inferredDate }';

    it('when facts are listed, then they come by the date they show, newest first, undated last', async () => {
      const { facts } = await data(`{ facts(first: 100) { edges { node { ${FACT_DATES} } } } }`);
      const dates = facts.edges.map((e: any) => shown(e.node));
      expect(new Set(dates).size).toBeGreaterThan(2);
      expect(isNewestFirst(dates)).toBe(true);
    });

    it("when a node's relationships are listed, then they come by the date they show, newest first, undated last", async () => {
      const { node } = await data(`{ node(id: "koblenz") { relationships { ${FACT_DATES} } } }`);
      const dates = node.relationships.map(shown);
      expect(new Set(dates).size).toBeGreaterThan(2);
      expect(isNewestFirst(dates)).toBe(true);
    });

    it('when precedents are listed, then they come by date, newest first, undated last', async () => {
      const { precedents } = await data(`{ precedents(subject: "eurocities", first: 50) { date } }`);
      expect(isNewestFirst(precedents.map((p: any) => p.date))).toBe(true);
    });
  });

  describe('facts about a node', () => {
    it('when the OZG is asked for its relationships, then the cooperation about it is there, marked as about it', async () => {
      const { node } = await data(
        `{ node(id: "ozg") { relationships { type aboutOwner from { id } to { id } owner { id } about { id } } } }`,
      );
      expect(node.relationships).toContainEqual({
        type: 'COOPERATES_WITH',
        aboutOwner: true,
        from: { id: 'koblenz' },
        to: { id: 'trier' },
        owner: { id: 'ozg' },
        about: { id: 'ozg' },
      });
      const own = node.relationships.filter((r: any) => !r.aboutOwner);
      for (const r of own) expect([r.from.id, r.to.id]).toContain('ozg');
    });

    it('when facts are filtered by the OZG, then the cooperation about it is among them', async () => {
      const { facts } = await data(
        `{ facts(filter: { nodeId: "ozg" }, first: 100) { edges { node { type from { id } to { id } about { id } } } } }`,
      );
      expect(facts.edges.map((e: any) => e.node)).toContainEqual({
        type: 'COOPERATES_WITH',
        from: { id: 'koblenz' },
        to: { id: 'trier' },
        about: { id: 'ozg' },
      });
    });
  });

  describe('one rule for ids', () => {
    it('when facts are filtered by a council reference, then they are the facts of that paper', async () => {
      const byReference = await data(`{ facts(filter: { source: "ST/0078/2025" }) { totalCount } }`);
      const byId = await data(`{ facts(filter: { source: "koblenz-st-0078-2025" }) { totalCount } }`);
      expect(byReference.facts.totalCount).toBeGreaterThan(0);
      expect(byReference.facts.totalCount).toBe(byId.facts.totalCount);
    });

    it.each([
      ['facts by node', '{ facts(filter: { nodeId: "Koblenz" }) { totalCount } }', 'koblenz'],
      ['facts by source', '{ facts(filter: { source: "ST/0078/2099" }) { totalCount } }', 'koblenz-st-0078-2025'],
      ['city', '{ city(id: "köln") { id } }', 'koeln'],
      ['node', '{ node(id: "koeln-stabstelle") { id } }', 'koeln-stabsstelle-digitalisierung'],
      ['timeline', '{ timeline(city: "Koblenz") { totalCount } }', 'koblenz'],
      ['paths', '{ cooperationPaths(from: "koblenz", to: "Trier") { length } }', 'trier'],
    ])('when %s names an unknown id, then NOT_FOUND suggests the closest: %s', async (_what, query, closest) => {
      const e = await error(query);
      expect(e.extensions.code).toBe('NOT_FOUND');
      expect(e.extensions.didYouMean).toContain(closest);
      expect(e.message).toContain(closest);
    });

    it('when precedents are asked for an OrgUnit, then the answer is BAD_USER_INPUT naming the kinds it supports', async () => {
      const e = await error(`{ precedents(subject: "koeln-stabsstelle-digitalisierung") { date } }`);
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/OrgUnit/);
      expect(e.message).toMatch(/Role/);
    });
  });

  describe("a city's administration", () => {
    it('when Köln is asked with its administration, then the Smart City project run by its Stabsstelle is there, owned by the unit', async () => {
      const { city } = await data(`{
        city(id: "koeln") {
          own: relationships { type node { id } }
          all: relationships(withAdministration: true) { type owner { id } node { id } }
        }
      }`);
      expect(city.own).not.toContainEqual(expect.objectContaining({ node: { id: 'koeln-smart-city-foerderprojekt' } }));
      expect(city.all).toContainEqual({
        type: 'RUNS',
        owner: { id: 'koeln-stabsstelle-digitalisierung' },
        node: { id: 'koeln-smart-city-foerderprojekt' },
      });
      expect(city.all.length).toBeGreaterThan(city.own.length);
    });

    it('when units and bodies are asked for their city, then they answer it directly', async () => {
      const { nodes } = await data(`{
        nodes(ids: ["koeln-stabsstelle-digitalisierung", "koeln-dezernat-ix", "koblenz-it-beirat"]) {
          ... on OrgUnit { city { id } }
          ... on Body { city { id } }
        }
      }`);
      expect(nodes).toEqual([{ city: { id: 'koeln' } }, { city: { id: 'koeln' } }, { city: { id: 'koblenz' } }]);
    });
  });

  describe('facts by date', () => {
    it('when Koblenz facts from 2025 papers are asked, then every one cites a 2025 paper', async () => {
      const { facts } = await data(`{
        facts(filter: { nodeId: "koblenz", paperDate: { from: "2025-01-01", to: "2025-12-31" } }, first: 100) {
          totalCount edges { node { source { date } } }
        }
      }`);
      expect(facts.totalCount).toBeGreaterThan(0);
      for (const e of facts.edges) expect(e.node.source.date).toMatch(/^2025-/);
    });

    it('when facts are asked by their own date, then every one has its since in that range', async () => {
      const { facts } = await data(`{
        facts(filter: { since: { from: "2019-01-01", to: "2019-12-31" } }, first: 100) { totalCount edges { node { since } } }
      }`);
      expect(facts.totalCount).toBeGreaterThan(0);
      for (const e of facts.edges) expect(e.node.since).toMatch(/^2019(-|$)/);
    });
  });
});
