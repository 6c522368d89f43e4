/** Quotes a value as a Cypher string literal, for statements shown to people (never for statements we run). */
export function cypherString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export interface BrowserLink {
  /** Neo4j Browser's address, e.g. http://127.0.0.1:7474/browser/ */
  browserUrl: string;
  /** The Bolt address Browser should connect to, e.g. bolt://127.0.0.1:7687 */
  boltUrl: string;
  database: string;
}

/** A Neo4j Browser link that opens the editor pre-filled with `cypher`, connected to the right server. */
export function browserEditUrl(link: BrowserLink, cypher: string): string {
  const bolt = new URL(link.boltUrl);
  const dbms = `${bolt.protocol}//neo4j@${bolt.host}`;
  const query = new URLSearchParams({ dbms, db: link.database, cmd: 'edit', arg: cypher });
  return `${link.browserUrl}?${query.toString()}`;
}
