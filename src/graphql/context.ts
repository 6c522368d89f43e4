import type { Executor } from '../db/executor';
import type { AsOf } from '../services/as-of';
import type { BrowserLink } from '../services/cypher-text';
import type { PassageService } from '../services/passage.service';
import type { AnswerHint } from './hints';
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
  /** The texts of the loaded dataset's papers, and where a quote stands in them. */
  passages: PassageService;
  budget: ExecutionBudget;
  /** The scope of an as-of answer; null without a date. */
  asOf(date: string | null | undefined): AsOf | null;
  /** What each as-of answer left out for want of a dated paper, by field; sent in the response's extensions. */
  asOfNotes: AsOfNote[];
  /** What empty answers could have found if asked otherwise; sent in the response's extensions. */
  hints: AnswerHint[];
}

export interface AsOfNote {
  field: string;
  asOf: string;
  /** Facts left out because their paper has no date. */
  undatedLeftOut: number;
}

/**
 * A request's context; `deadline` is when it must have answered, `timeoutMs` the limit it was given, `ended` aborts
 * when the request has ended (its work in Neo4j is then ended too).
 */
export function createContext(
  executor: Executor,
  curator: string | null,
  browserLink: BrowserLink,
  passages: PassageService,
  deadline: number,
  timeoutMs: number,
  ended?: AbortSignal,
): GraphContext {
  const budget = new ExecutionBudget(deadline, timeoutMs, undefined, ended);
  const requestExecutor = executor.forRequest(budget);
  return {
    executor: requestExecutor,
    loaders: createLoaders(requestExecutor),
    curator,
    browserLink,
    passages,
    budget,
    asOf: (date) => (date ? { date } : null),
    asOfNotes: [],
    hints: [],
  };
}
