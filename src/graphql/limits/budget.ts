import type { RequestGuard } from '../../db/executor';
import { randomUUID } from 'node:crypto';
import { AppError, requestEnded, requestTimedOut } from '../../errors/app-error';
import { Lane } from './lane';
import { EXECUTION_LIMITS } from './query-limits';

/**
 * What one request may still spend: time until its deadline, and items that its list fields may return. Every list
 * field and every query sent to Neo4j asks it first; once either is spent, the request stops and answers with the
 * one error that says why.
 */
export class ExecutionBudget implements RequestGuard {
  private items = 0;
  private queries: Lane;
  /** The lane that the statements of every heavy request share, once this request is one. */
  private shared: Lane | null = null;
  /** Why the request was stopped, once it was. */
  failure: AppError | null = null;
  readonly requestId = randomUUID();

  constructor(
    readonly deadline: number,
    private readonly timeoutMs: number,
    private readonly maxItems: number = EXECUTION_LIMITS.maxListItems,
    /** Aborts when the request has ended, answered or abandoned: from then on it sends nothing more. */
    readonly ended?: AbortSignal,
  ) {
    this.queries = this.lane(EXECUTION_LIMITS.queriesAtOnce);
    ended?.addEventListener('abort', () => (this.failure ??= requestEnded()), { once: true });
  }

  private lane(atOnce: number): Lane {
    return new Lane(atOnce, Number.POSITIVE_INFINITY, () => requestTimedOut(this.timeoutMs));
  }

  /** Throws the request's failure once time or items are spent. */
  check(): void {
    if (this.failure) throw this.failure;
    if (Date.now() >= this.deadline) this.fail(requestTimedOut(this.timeoutMs));
  }

  remainingMs(): number {
    return this.deadline - Date.now();
  }

  /** From now on, at most `atOnce` of this request's queries run in Neo4j at the same time. */
  limitQueries(atOnce: number): void {
    this.queries = this.lane(atOnce);
  }

  /** From now on, each of this request's queries also waits for a place in `lane`, which other requests share. */
  shareQueries(lane: Lane): void {
    this.shared = lane;
  }

  /**
   * Waits for the request's turn to send a query (its own lane first, then the shared one); returns the function that
   * ends the turn. A request that has failed or ended meanwhile sends nothing.
   */
  async admitQuery(): Promise<() => void> {
    const own = await this.queries.enter(this.deadline, this.ended);
    let shared: (() => void) | null = null;
    try {
      shared = this.shared ? await this.shared.enter(this.deadline, this.ended) : null;
    } catch (error) {
      own();
      throw this.failure ?? error;
    }
    const done = () => {
      shared?.();
      own();
    };
    if (this.failure) {
      done();
      throw this.failure;
    }
    return done;
  }

  /** Counts `count` more items of the answer. */
  charge(count: number): void {
    this.check();
    this.items += count;
    if (this.items > this.maxItems) {
      this.fail(
        new AppError(
          'ANSWER_TOO_LARGE',
          `The answer would hold more than ${this.maxItems} list items. Ask for less: smaller "first", ` +
            'fewer nested lists, or filters.',
          { limit: 'listItems', maximum: this.maxItems },
        ),
      );
    }
  }

  /** Records the request's failure (the first one stands) and throws it. */
  fail(error: AppError): never {
    this.failure ??= error;
    throw this.failure;
  }
}
