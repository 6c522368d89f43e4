import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import type { AsOf } from '../services/as-of';
import { adminUnitsOf, type AdminUnits } from '../services/admin-units.service';
import type { NodeRecord, RelationshipRecord } from '../db/read';
import {
  administrationRelationships,
  citiesOf,
  nodesByIds,
  relationshipsOfNodes,
  statementsOf,
  type FactsOf,
} from '../services/nodes.service';

/** Per-request batching: each loader sends one UNWIND query per tick, whatever the list sizes. */
export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  /** A node's relationships and the facts about it, as of a date (one loader per date), or of any time. */
  relationships(scope?: AsOf | null): DataLoader<string, FactsOf>;
  /** The relationships of the units and bodies under a node, likewise. */
  administration(scope?: AsOf | null): DataLoader<string, FactsOf>;
  /** Every statement of a relationship, by its start, type and end ("start TYPE end"), oldest paper first. */
  statements: DataLoader<string, RelationshipRecord[]>;
  /** The city a unit or body belongs to. */
  city: DataLoader<string, NodeRecord | null>;
  /** The Gemeindeverband, Kreis, Regierungsbezirk and Land above a node. */
  adminUnits: DataLoader<string, AdminUnits>;
  /** Every node the node loader has returned so far in this request, for answers that need not wait. */
  loadedNodes: Map<string, NodeRecord>;
}

/** One loader per as-of date ('' for none), made when a request first asks for that date. */
function byDate<V>(batch: (scope: AsOf | null) => DataLoader.BatchLoadFn<string, V>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (scope: AsOf | null = null) => {
    const key = scope?.date ?? '';
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = new DataLoader(batch(scope), { maxBatchSize: 1000 })));
    return loader;
  };
}

export function createLoaders(executor: Executor): Loaders {
  const loadedNodes = new Map<string, NodeRecord>();
  const loadNodes = async (ids: readonly string[]) => {
    const records = await nodesByIds(executor, ids);
    for (const record of records) if (record) loadedNodes.set(record.id, record);
    return records;
  };
  return {
    node: new DataLoader(loadNodes, { maxBatchSize: 1000 }),
    relationships: byDate((scope) => (ids) => relationshipsOfNodes(executor, ids, scope)),
    administration: byDate((scope) => (ids) => administrationRelationships(executor, ids, scope)),
    statements: new DataLoader((keys) => statementsOf(executor, keys), { maxBatchSize: 1000 }),
    city: new DataLoader((ids) => citiesOf(executor, ids), { maxBatchSize: 1000 }),
    adminUnits: new DataLoader((ids) => adminUnitsOf(executor, ids), { maxBatchSize: 1000 }),
    loadedNodes,
  };
}
