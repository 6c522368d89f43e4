import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { CONFIG_VARIABLES } from '../../src/config/env';
import { devInstance } from '../../src/local-neo4j/instances';

const root = path.resolve(__dirname, '..', '..');
/** The parts of a Compose file these tests read. */
interface ComposeService {
  image?: string;
  ports: string[];
  volumes: string[];
  healthcheck: { test?: unknown };
  depends_on: Record<string, { condition: string }>;
  environment: Record<string, string>;
}
const compose = load(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<'neo4j' | 'api', ComposeService>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  it('when read, then Neo4j is the official 5.26 community image with a healthcheck and a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test).toBeDefined();
    const [volume] = neo4j.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('when read, then its ports match the local setup', () => {
    const local = devInstance({});
    const hostPorts = (service: { ports: string[] }) => service.ports.map((p) => Number(p.split(':').at(-2)));
    expect(hostPorts(compose.services.neo4j)).toEqual(expect.arrayContaining([local.boltPort, local.httpPort]));
    expect(hostPorts(compose.services.api)).toEqual([4000]);
  });

  it('when read, then the API waits for a healthy Neo4j and only uses variables the server reads', () => {
    const api = compose.services.api;
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    for (const name of Object.keys(api.environment)) expect(CONFIG_VARIABLES).toContain(name);
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('when the Dockerfile is read, then it builds in stages and runs as a non-root user', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
