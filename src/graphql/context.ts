import type { Executor } from '../db/executor';
import type { BrowserLink } from '../services/cypher-text';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver gets for one request. */
export interface GraphContext {
  executor: Executor;
  loaders: Loaders;
  /** The name of the curator token the request carries, recorded with every change; null without one. */
  curator: string | null;
  browserLink: BrowserLink;
}

export function createContext(executor: Executor, curator: string | null, browserLink: BrowserLink): GraphContext {
  return { executor, loaders: createLoaders(executor), curator, browserLink };
}
