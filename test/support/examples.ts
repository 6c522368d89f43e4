import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/** The analysts' example queries, schema/examples.graphql, and the names of its operations. */
export const EXAMPLES = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'examples.graphql'), 'utf8');
export const OPERATIONS = parse(EXAMPLES)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((d) => d.name!.value);

/** The programme the list sources' Smart City examples ask about. */
const SMART_CITIES = 'modellprojekte-smart-cities';
const ROUNDS = [2019, 2020, 2021];

/** A precedent of the programme: a city taking part in (or leading) one of its projects, citing a web page. */
function expectSmartCityFact(precedent: any): void {
  expect(['PARTICIPATES_IN', 'LEADS']).toContain(precedent.fact.type);
  expect(ROUNDS).toContain(precedent.fact.node.year);
  expect(precedent.fact.source.url).toMatch(/^https?:\/\//);
}

/**
 * What the examples on the list sources must answer, beyond answering at all; `expected` runs Cypher on the test
 * graph, to compare an answer with what the graph holds.
 */
export const EXAMPLE_CHECKS: Record<
  string,
  (data: any, expected: (cypher: string) => Promise<string[]>) => Promise<void> | void
> = {
  SmartCitiesLikeKoblenz: ({ precedents }) => {
    expect(precedents).toHaveLength(10);
    precedents.forEach(expectSmartCityFact);
    for (const p of precedents) expect(p.fact.evidence.length).toBeGreaterThan(0);
    const scores = precedents.map((p: any) => p.similarity);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores[9]);
  },
  SmartCityFundingInRheinlandPfalz: async ({ precedents }, expected) => {
    precedents.forEach(expectSmartCityFact);
    const answered = [...new Set(precedents.map((p: any) => `${p.city.name} ${p.fact.node.year}`))].sort();
    expect(answered).toEqual(
      await expected(`MATCH (c:City)-[:PARTICIPATES_IN]->(p:Project)-[:FUNDED_BY]->(:Project)-[:PART_OF]->(:Project {id: '${SMART_CITIES}'})
        WHERE EXISTS { (c)-[:PART_OF*1..4]->(:Land {id: 'land-07'}) }
        RETURN DISTINCT c.name + ' ' + p.year AS row ORDER BY row`),
    );
    expect(answered).toContain('Kaiserslautern 2019');
  },
  MuenchenRankings: async ({ city }, expected) => {
    const years = city.rankings.map((r: any) => r.node.year);
    expect(years).toEqual([...years].sort());
    expect(new Set(years)).toEqual(new Set([2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    expect(city.rankings).toContainEqual(
      expect.objectContaining({ place: 1, points: 84.5, node: expect.objectContaining({ year: 2023 }) }),
    );
    for (const ranking of city.rankings) {
      expect(ranking.place).toBeGreaterThan(0);
      expect(ranking.evidence).toContain('München');
      expect(ranking.source.url).toMatch(/^https?:\/\//);
    }
    expect(city.rankings).toHaveLength(
      (await expected(`MATCH (:City {ags: '09162000'})-[r:RANKED_IN]->() RETURN r.source AS row`)).length,
    );
  },
};

/** The examples that ask about the list sources: on a graph without the register and the lists, they find no subject. */
export const LIST_EXAMPLES = Object.keys(EXAMPLE_CHECKS);
