import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import type { NodeRecord } from '../services/node-record';
import { nodesByIds, relationshipsOfNodes } from '../services/nodes.service';
import type { RelationshipRecord } from '../services/relationship-record';

/** Per-request batching: each loader sends one UNWIND query per tick, whatever the list sizes. */
export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  relationships: DataLoader<string, RelationshipRecord[]>;
}

export function createLoaders(executor: Executor): Loaders {
  return {
    node: new DataLoader((ids) => nodesByIds(executor, ids), { maxBatchSize: 1000 }),
    relationships: new DataLoader((ids) => relationshipsOfNodes(executor, ids), { maxBatchSize: 1000 }),
  };
}
