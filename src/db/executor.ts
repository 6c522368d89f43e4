import type { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { AppError, requestTimedOut } from '../errors/app-error';
import { mapNeo4jError } from './neo4j-errors';

export interface Query {
  /** A name for logs and transaction metadata. */
  name: string;
  cypher: string;
  params?: Record<string, unknown>;
}

/** What a request may still spend: checked before every query is sent, and the time left bounds the transaction. */
export interface RequestGuard {
  /** Throws when the request must not go on (its deadline passed, or its budget is spent). */
  check(): void;
  remainingMs(): number;
  /** Waits until the request may send another query; returns the function that says it has ended. */
  admitQuery?(): Promise<() => void>;
  /** Names the request's transactions in their metadata, so that they can be found and ended. */
  readonly requestId?: string;
  /** Aborts when the request has ended: its transactions still open are then terminated at once. */
  readonly ended?: AbortSignal;
  /** Records that the request ran out of time, so that its answer is that one error; throws it. */
  fail?(error: AppError): never;
}

const isTimeout = (error: unknown): error is AppError =>
  error instanceof AppError && error.code === 'SERVICE_UNAVAILABLE' && error.details?.reason === 'TIMEOUT';

/** Below this many milliseconds left, a transaction is not begun: it could only time out. */
const MIN_TRANSACTION_MS = 20;
/** Rounds of looking for a finished request's transactions, while one may still be starting. */
const TERMINATE_ROUNDS = 20;
const TERMINATE_PAUSE_MS = 25;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ExecutorOptions {
  database: string;
  /** Longest a single transaction may run. */
  timeoutMs: number;
  /** Called once per query sent, e.g. to count queries per request. */
  onQuery?: (query: Query) => void;
}

/**
 * Owns sessions and transactions: every query runs in a managed, retryable transaction of its own session. An
 * executor made for one request (`forRequest`) sends nothing once the request is out of time, and gives each
 * transaction only the time the request has left, so that Neo4j itself ends the work at the request's deadline.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    private readonly guard: RequestGuard | null = null,
  ) {}

  /**
   * The same executor, bound to one request's deadline and budget. It is made from this one rather than anew, so
   * that a subclass (e.g. one that records queries) keeps its behaviour and its state.
   */
  forRequest(guard: RequestGuard): this {
    const bound = Object.create(this) as this;
    Object.defineProperty(bound, 'guard', { value: guard });
    Object.defineProperty(bound, 'open', { value: { count: 0 }, writable: false });
    guard.ended?.addEventListener('abort', () => void bound.terminateOpen(), { once: true });
    return bound;
  }

  /** Transactions of this request that have begun and not yet ended. */
  private readonly open = { count: 0 };

  /**
   * Ends the request's transactions in Neo4j at once, found by their metadata: a client that has gone leaves no
   * work behind. A transaction still being begun is looked for again for a short while.
   */
  private async terminateOpen(): Promise<void> {
    const request = this.guard?.requestId;
    if (!request) return;
    for (let round = 0; round < TERMINATE_ROUNDS && this.open.count > 0; round++) {
      const session = this.driver.session({ database: this.options.database });
      try {
        const shown = await session.run(
          'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.request = $request RETURN transactionId',
          { request },
        );
        const ids = shown.records.map((record) => record.get('transactionId') as string);
        if (ids.length > 0) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
      } catch {
        // Neo4j away, or the transactions ended on their own meanwhile: nothing is left to end.
      } finally {
        await session.close();
      }
      if (this.open.count > 0) await pause(TERMINATE_PAUSE_MS);
    }
  }

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
    const timeout = unbounded ? undefined : this.transactionTimeout();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const metadata = {
      app: 'kommunen-graph',
      query: name,
      ...(this.guard?.requestId && { request: this.guard.requestId }),
    };
    const config = { timeout, metadata };
    // A retry after a transient error sends the work again: not once the request is out of time.
    const guarded = (tx: ManagedTransaction) => {
      this.guard?.check();
      return work(tx);
    };
    this.open.count += 1;
    try {
      return await (mode === 'READ' ? session.executeRead(guarded, config) : session.executeWrite(guarded, config));
    } catch (error) {
      const mapped = mapNeo4jError(error, this.options.timeoutMs, this.guard);
      throw isTimeout(mapped) && this.guard?.fail ? this.guard.fail(mapped) : mapped;
    } finally {
      this.open.count -= 1;
      await session.close();
    }
  }

  /** The configured limit, or less when the request has less time left; refuses once nothing is left. */
  private transactionTimeout(): number {
    if (!this.guard) return this.options.timeoutMs;
    this.guard.check();
    const remaining = Math.ceil(this.guard.remainingMs());
    if (remaining < MIN_TRANSACTION_MS) {
      const error = requestTimedOut(this.options.timeoutMs);
      throw this.guard.fail ? this.guard.fail(error) : error;
    }
    return Math.min(this.options.timeoutMs, remaining);
  }

  private async run<T extends RecordShape>(mode: 'READ' | 'WRITE', query: Query): Promise<T[]> {
    this.guard?.check();
    const done = await this.guard?.admitQuery?.();
    try {
      this.options.onQuery?.(query);
      return await this.transaction(mode, query.name, (tx) => runQuery<T>(tx, query));
    } finally {
      done?.();
    }
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
