import { LIMITS } from '../config/limits';
import type { DatasetIndex } from './dataset-index';
import { mapOrganization } from './map-types';
import type { OparlBody, OparlOrganization, OparlSystem } from './oparl-types';
import { slug } from './slug';
import type { Entry } from './yaml-file';

/** The node an OParl Organization became: one of the dataset's own, or one the import writes. */
export interface OrganizationNode {
  id: string;
  kind: 'Body' | 'OrgUnit' | 'Organisation';
  entry?: Entry;
  partOf?: string;
}

export interface StructureInput {
  city: { id: string; name: string };
  system: OparlSystem;
  body: OparlBody;
  organizations: Map<string, OparlOrganization>;
  dataset: DatasetIndex;
}

/** The WEBSITE Document that stands for the endpoint; it is the source of every structural fact. */
export function endpointDocument(input: StructureInput): Entry {
  const { city, system, body } = input;
  return {
    kind: 'Document',
    id: `web-oparl-${city.id}`,
    name: `OParl-Schnittstelle ${body.name}`,
    description: `Ratsinformationssystem von ${city.name} über OParl (Body ${body.id}).`,
    type: 'WEBSITE',
    title: system.name ?? body.name,
    url: system.id,
    oparlId: body.id,
  };
}

/** A new id: `base`, else `base-2`, `base-3` …, taken neither in the dataset nor by this import. */
export function freshId(base: string, taken: Set<string>, dataset: DatasetIndex): string {
  let id = base;
  for (let n = 2; taken.has(id) || dataset.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Gives each needed Organization (and the ones it is part of) a node: the dataset's node of the same kind and name
 * when the city has one (so imported papers link to curated bodies), else a new one named `<city>-<name>`.
 */
export function organizationNodes(
  input: StructureInput,
  needed: Set<string>,
  taken: Set<string>,
  note: (url: string, message: string) => void,
): Map<string, OrganizationNode> {
  const { city, organizations, dataset } = input;
  const wanted = new Set<string>();
  const add = (url: string, depth: number) => {
    if (wanted.has(url) || depth > LIMITS.importParentDepth) return;
    wanted.add(url);
    const parent = organizations.get(url)?.subOrganizationOf;
    if (parent) add(parent, depth + 1);
  };
  needed.forEach((url) => add(url, 0));
  const result = new Map<string, OrganizationNode>();
  for (const url of [...wanted].sort()) {
    const org = organizations.get(url);
    if (!org) continue;
    const mapping = mapOrganization(org);
    if ('skip' in mapping) {
      note(url, `${org.name ?? url}: ${mapping.skip}; left out`);
      continue;
    }
    const names = [org.name, org.shortName].filter((n): n is string => !!n);
    if (names.length === 0) {
      note(url, 'Organization without a name; left out');
      continue;
    }
    const base = `${city.id}-${slug(org.name ?? org.shortName!)}`;
    const existing = dataset.get(base)?.kind === mapping.kind ? dataset.get(base) : undefined;
    const known = existing ?? dataset.findByName([mapping.kind], city.id, names);
    if (known) {
      result.set(url, { id: known.id, kind: mapping.kind });
      continue;
    }
    const entry: Entry = { kind: mapping.kind, id: freshId(base, taken, dataset), name: org.name ?? org.shortName! };
    if (org.shortName && org.shortName !== entry.name) entry.aliases = [org.shortName];
    if (mapping.kind !== 'OrgUnit') entry.type = mapping.type;
    result.set(url, {
      id: entry.id as string,
      kind: mapping.kind,
      entry,
      partOf: mapping.partOfCity ? city.id : undefined,
    });
  }
  // A unit or body is PART_OF the organization above it, when that one became a node too.
  for (const [url, node] of result) {
    const parent = organizations.get(url)?.subOrganizationOf;
    if (parent === url) {
      note(url, 'Organization names itself as its subOrganizationOf; taken as part of the city');
      continue;
    }
    const parentNode = parent ? result.get(parent) : undefined;
    if (node.entry && parentNode && node.partOf && parentNode.id !== node.id) node.partOf = parentNode.id;
  }
  return result;
}

/** The structure file: the endpoint Document, the new organisation nodes and their PART_OF, citing the endpoint. */
export function structureFile(input: StructureInput, nodes: Map<string, OrganizationNode>) {
  const endpoint = endpointDocument(input);
  const source = endpoint.id as string;
  const created = [...nodes.values()].filter((n) => n.entry).sort((a, b) => a.id.localeCompare(b.id));
  const relationships: Entry[] = [{ from: source, type: 'ISSUED_BY', to: input.city.id, source }];
  for (const node of created) {
    if (node.partOf) relationships.push({ from: node.id, type: 'PART_OF', to: node.partOf, source });
  }
  return { nodes: [endpoint, ...created.map((n) => n.entry!)], relationships };
}
