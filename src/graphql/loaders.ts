import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import { adminUnitsOf, type AdminUnits } from '../services/admin-units.service';
import type { NodeRecord } from '../services/node-record';
import {
  administrationRelationships,
  citiesOf,
  nodesByIds,
  relationshipsOfNodes,
  statementsOf,
} from '../services/nodes.service';
import type { RelationshipRecord } from '../services/relationship-record';

/** Per-request batching: each loader sends one UNWIND query per tick, whatever the list sizes. */
export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  relationships: DataLoader<string, RelationshipRecord[]>;
  /** The relationships of the units and bodies under a node. */
  administration: DataLoader<string, RelationshipRecord[]>;
  /** Every statement of a relationship, by its start, type and end ("start TYPE end"), oldest paper first. */
  statements: DataLoader<string, RelationshipRecord[]>;
  /** The city a unit or body belongs to. */
  city: DataLoader<string, NodeRecord | null>;
  /** The Gemeindeverband, Kreis, Regierungsbezirk and Land above a node. */
  adminUnits: DataLoader<string, AdminUnits>;
  /** Every node the node loader has returned so far in this request, for answers that need not wait. */
  loadedNodes: Map<string, NodeRecord>;
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
    relationships: new DataLoader((ids) => relationshipsOfNodes(executor, ids), { maxBatchSize: 1000 }),
    administration: new DataLoader((ids) => administrationRelationships(executor, ids), { maxBatchSize: 1000 }),
    statements: new DataLoader((keys) => statementsOf(executor, keys), { maxBatchSize: 1000 }),
    city: new DataLoader((ids) => citiesOf(executor, ids), { maxBatchSize: 1000 }),
    adminUnits: new DataLoader((ids) => adminUnitsOf(executor, ids), { maxBatchSize: 1000 }),
    loadedNodes,
  };
}
