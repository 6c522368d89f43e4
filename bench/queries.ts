import type { GraphQLRequest } from './http-load';

export interface BenchQuery {
  name: string;
  description: string;
  request: GraphQLRequest;
}

/** A full-text search for `text`, its first ten hits. */
const search = (name: string, description: string, text: string): BenchQuery => ({
  name,
  description,
  request: {
    query: `query Search($text: NonEmptyString!) { search(text: $text, first: 10) { score node { id name kind } } }`,
    variables: { text },
  },
});

/**
 * The analyst questions of schema/examples.graphql, against the curated ids that every generated graph keeps.
 * At scale Koblenz is a mid-sized city with hundreds of relationships; the OZG, the CDO role and Eurocities are hubs
 * with thousands.
 */
export const QUERIES: BenchQuery[] = [
  {
    name: 'entity',
    description: 'a node by id with its relationships and their other ends',
    request: {
      query: `query Entity($id: ID!) {
  node(id: $id) { id name kind relationships { type direction status since node { id name kind } } }
}`,
      variables: { id: 'koblenz' },
    },
  },
  search('search', 'full-text search, two words, fuzzy', 'koblenz digitalisierung'),
  {
    name: 'cooperationPaths',
    description: 'Koblenz to Trier, maxHops 4, first 5',
    request: {
      query: `query Paths($from: ID!, $to: ID!) {
  cooperationPaths(from: $from, to: $to, maxHops: 4, first: 5) {
    length steps { owner { name } type direction status node { name } about { name } source { reference title date } }
  }
}`,
      variables: { from: 'koblenz', to: 'trier' },
    },
  },
  {
    name: 'precedents',
    description: 'cities with a CDO, for Koblenz',
    request: {
      query: `query Precedents($subject: ID!, $forCity: ID) {
  precedents(subject: $subject, forCity: $forCity) {
    city { name state } date fact { type status evidence owner { name } source { title date } }
  }
}`,
      variables: { subject: 'cdo', forCity: 'koblenz' },
    },
  },
  {
    name: 'entities',
    description: 'one page of cities in Rheinland-Pfalz',
    request: {
      query: `query Cities($state: String!) {
  entities(filter: { kinds: [City], state: $state }, first: 10) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name ... on City { ags wikidata } } }
  }
}`,
      variables: { state: 'Rheinland-Pfalz' },
    },
  },
  {
    name: 'similarCities',
    description: 'the five cities most like Koblenz, with what they share and why',
    request: {
      query: `query Similar($city: ID!) {
  similarCities(city: $city, first: 5) { score explanation city { id name } shared { id name kind } reasons { factor value } }
}`,
      variables: { city: 'koblenz' },
    },
  },
  {
    name: 'changes',
    description: 'what changed for Koblenz since 2021, newest first, first 20',
    request: {
      query: `query Changes($city: ID!, $since: LocalDate!) {
  changes(since: $since, city: $city, order: NEWEST_FIRST, first: 20) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { change date fact { type from { name } to { name } status source { reference } } previous { status } } }
  }
}`,
      variables: { city: 'koblenz', since: '2021-01-01' },
    },
  },
  {
    name: 'asOfRelationships',
    description: "Koblenz's relationships as of 2024-01-01, its administration included, with their history",
    request: {
      query: `query AsOf($id: ID!, $asOf: LocalDate!) {
  node(id: $id) {
    name
    relationships(asOf: $asOf, withAdministration: true) {
      type status node { name } source { reference date } history { status source { reference } }
    }
  }
}`,
      variables: { id: 'koblenz', asOf: '2024-01-01' },
    },
  },
  {
    name: 'explainedPaths',
    description: 'Koblenz to Trier, maxHops 4, first 3, with strength and explanation in German',
    request: {
      query: `query Explained($from: ID!, $to: ID!) {
  cooperationPaths(from: $from, to: $to, maxHops: 4, first: 3, language: DE) {
    length explanation strength { value reasons } steps { type node { name } source { reference } }
  }
}`,
      variables: { from: 'koblenz', to: 'trier' },
    },
  },
  search('searchCity', 'search for one city name', 'Trier'),
  search('searchHomonym', 'search for a name many municipalities share (Neustadt)', 'Neustadt'),
];

/** A city with every relationship, the other end and the paper that states it: served by us and by the peer. */
export const NESTED_QUERY: BenchQuery = {
  name: 'nested',
  description: 'a city, its relationships, their other ends and source papers',
  request: {
    query: `query City($id: ID!) {
  city(id: $id) {
    id name state
    relationships {
      type direction status since until evidence role
      node { id name kind }
      source { id title date type }
    }
  }
}`,
    variables: { id: 'koblenz' },
  },
};

export interface OurCity {
  city: { relationships: { source: { id: string } }[] };
}

/** How many relationships and distinct papers our answer holds. */
export function countOurCity(data: OurCity): { relationships: number; sources: number } {
  const relationships = data.city.relationships;
  return { relationships: relationships.length, sources: new Set(relationships.map((r) => r.source.id)).size };
}
