import type { Executor } from '../db/executor';
import type { BrowserLink } from '../services/cypher-text';
import { ExecutionBudget } from './limits/budget';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets for one request. */
export interface GraphContext {
  /** Bound to this request: it sends nothing once the request is out of time or budget. */
  executor: Executor;
  loaders: Loaders;
  /** The name of the curator token the request carries, recorded with every change; null without one. */
  curator: string | null;
  browserLink: BrowserLink;
  budget: ExecutionBudget;
}

/** A request's context; `deadline` is when it must have answered, `timeoutMs` the limit it was given. */
export function createContext(
  executor: Executor,
  curator: string | null,
  browserLink: BrowserLink,
  deadline: number,
  timeoutMs: number,
): GraphContext {
  const budget = new ExecutionBudget(deadline, timeoutMs);
  const requestExecutor = executor.forRequest(budget);
  return { executor: requestExecutor, loaders: createLoaders(requestExecutor), curator, browserLink, budget };
}
