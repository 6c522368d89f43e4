import type { Executor } from '../db/executor';

/** What every resolver gets for one request. */
export interface GraphContext {
  executor: Executor;
  isCurator: boolean;
}
