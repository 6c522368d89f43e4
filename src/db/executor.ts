import type { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { mapNeo4jError } from './neo4j-errors';

export interface Query {
  /** A name for logs and transaction metadata. */
  name: string;
  cypher: string;
  params?: Record<string, unknown>;
}

export interface ExecutorOptions {
  database: string;
  /** Longest a single transaction may run. */
  timeoutMs: number;
  /** Called once per query sent, e.g. to count queries per request. */
  onQuery?: (query: Query) => void;
}

/** Owns sessions and transactions: every query runs in a managed, retryable transaction of its own session. */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  read<T extends RecordShape = RecordShape>(query: Query): Promise<T[]> {
    return this.run('READ', query);
  }

  write<T extends RecordShape = RecordShape>(query: Query): Promise<T[]> {
    return this.run('WRITE', query);
  }

  /**
   * Runs `work` in one transaction: all of it commits, or none of it. It may take as long as a single query, unless
   * `unbounded` lifts the limit (for loads of a whole dataset). `work` may run again when Neo4j asks for a retry.
   */
  async transaction<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: ManagedTransaction) => Promise<T>,
    { unbounded = false } = {},
  ): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = {
      timeout: unbounded ? undefined : this.options.timeoutMs,
      metadata: { app: 'kommunen-graph', query: name },
    };
    try {
      return await (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private run<T extends RecordShape>(mode: 'READ' | 'WRITE', query: Query): Promise<T[]> {
    this.options.onQuery?.(query);
    return this.transaction(mode, query.name, (tx) => runQuery<T>(tx, query));
  }
}

/** Runs one query inside a transaction that the caller manages. */
export async function runQuery<T extends RecordShape = RecordShape>(
  tx: ManagedTransaction,
  query: Query,
): Promise<T[]> {
  const result = await tx.run<T>(query.cypher, query.params ?? {});
  return result.records.map((record) => record.toObject() as T);
}
