import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver, RecordShape } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import { Executor, type Query } from '../src/db/executor';
import { createContext } from '../src/graphql/context';
import { DEFAULT_SEED_DIR } from '../src/config/project-paths';
import type { BrowserLink } from '../src/services/cypher-text';
import { PassageService } from '../src/services/passage.service';
import type { GraphQLRequest } from './http-load';

/** Queries that the server sends together; the next stage waits for them. */
export type Stage = Query[];

/** Notes when each query the services send starts and ends. */
class RecordingExecutor extends Executor {
  readonly calls: { query: Query; start: number; end: number }[] = [];

  override async read<T extends RecordShape = RecordShape>(query: Query): Promise<T[]> {
    const start = performance.now();
    const rows = await super.read<T>(query);
    this.calls.push({ query, start, end: performance.now() });
    return rows;
  }
}

/**
 * Runs one GraphQL request in-process and records the Cypher the services send for it, with its parameters, in
 * stages: a query that starts before an earlier one has ended (Promise.all, one DataLoader tick) shares its stage;
 * one that starts after waited for it. Replaying the stages through the driver is the floor: the same statements
 * with the same round trips, without GraphQL, resolvers, mapping and HTTP.
 */
export async function traceStages(
  schema: GraphQLSchema,
  driver: Driver,
  browserLink: BrowserLink,
  request: GraphQLRequest,
): Promise<Stage[]> {
  const executor = new RecordingExecutor(driver, { database: browserLink.database, timeoutMs: 60_000 });
  const result = await graphql({
    schema,
    source: request.query,
    variableValues: request.variables,
    contextValue: createContext(
      executor,
      null,
      browserLink,
      new PassageService(DEFAULT_SEED_DIR),
      Date.now() + 60_000,
      60_000,
    ),
  });
  if (result.errors) throw new Error(`tracing failed: ${result.errors.map((e) => e.message).join('; ')}`);
  const calls = [...executor.calls].sort((a, b) => a.start - b.start);
  const stages: Stage[] = [];
  let stageEnd = -Infinity;
  for (const call of calls) {
    if (call.start >= stageEnd) {
      stages.push([]);
      stageEnd = call.end;
    } else {
      stageEnd = Math.min(stageEnd, call.end);
    }
    stages.at(-1)!.push(call.query);
  }
  return stages;
}
