import type { Executor } from '../db/executor';
import type { BrowserLink } from '../services/cypher-text';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets for one request. */
export interface GraphContext {
  executor: Executor;
  loaders: Loaders;
  isCurator: boolean;
  browserLink: BrowserLink;
}

export function createContext(executor: Executor, isCurator: boolean, browserLink: BrowserLink): GraphContext {
  return { executor, loaders: createLoaders(executor), isCurator, browserLink };
}
