import path from 'node:path';
import { PROJECT_ROOT } from '../config/project-paths';

export { PROJECT_ROOT };

/** Everything the local Neo4j needs on disk lives here, git-ignored. */
export const LOCAL_ROOT = path.join(PROJECT_ROOT, '.neo4j');

/** The server's jars, assembled by Maven from neo4j/pom.xml. */
export const SERVER_HOME = path.join(LOCAL_ROOT, 'server');

export const POM_FILE = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');

export function instanceDir(name: string): string {
  return path.join(LOCAL_ROOT, 'instances', name);
}
