import {
  checkEndpoints,
  checkNodeProperties,
  checkRelationshipProperties,
  DEFAULT_STATUS,
  shown,
  isNodeKind,
  isRelationshipType,
  NODE_KIND_NAMES,
  nodePropertySpecs,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPE_NAMES,
  withDateTexts,
  type Status,
} from '../model';
import {
  relationshipKey,
  SeedValidationError,
  type Dataset,
  type Location,
  type PropertyValue,
  type SeedIssue,
  type SeedNode,
  type SeedRelationship,
} from './dataset';
import { isImported, type RawFile } from './load-files';
import { evidenceProblems } from './fact-rules';
import { verifyEvidence } from './verify-evidence';
import type { PhaseTimes } from './phase-times';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ENDPOINT_FIELDS = ['from', 'type', 'to'] as const;

const lineOf = (line: number | undefined) => (line ? { line } : {});

/** An endpoint as an entry's name shows it: a text as it is (cut short), anything else by what it is. */
const bare = (value: unknown) => (typeof value === 'string' ? shown(value).slice(1, -1) : shown(value));

/**
 * Checks the raw files against the model, and every quote against its paper's text in `texts` (keyed by repository
 * path); returns the dataset, or throws every problem found at once.
 */
export function validateDataset(given: RawFile[], texts = new Map<string, string>(), phases?: PhaseTimes): Dataset {
  // Curated files first: where an import repeats a curated entry, the import's copy is the duplicate reported.
  const files = [...given.filter((f) => !isImported(f.file)), ...given.filter((f) => isImported(f.file))];
  const issues: SeedIssue[] = [];
  const report = (at: Location, message: string, field?: string) => {
    issues.push({ ...at, field, message });
  };
  const nodes = new Map<string, SeedNode>();
  const relationships: SeedRelationship[] = [];

  for (const { file, nodes: rawNodes, lines } of files) {
    for (const [index, raw] of rawNodes.entries()) {
      const at = { file, ...lineOf(lines?.nodes[index]), entry: `nodes[${index}]` };
      if (!isRecord(raw)) {
        report(at, 'must be a mapping with kind, id, name, ...');
        continue;
      }
      const { kind, ...given } = raw;
      const properties = isNodeKind(kind) ? withDateTexts(nodePropertySpecs(kind), given) : given;
      if (typeof properties.id === 'string') at.entry += ` ${shown(properties.id)}`;
      if (!isNodeKind(kind)) {
        report(at, `unknown kind ${shown(kind)}; allowed: ${NODE_KIND_NAMES.join(', ')}`, 'kind');
        continue;
      }
      const problems = checkNodeProperties(kind, properties);
      problems.forEach((p) => report(at, p.message, p.field));
      const id = properties.id;
      if (typeof id !== 'string' || problems.some((p) => p.field === 'id')) continue;
      const earlier = nodes.get(id);
      if (earlier) {
        report(at, `duplicate id; first defined in ${earlier.at.file} ${earlier.at.entry}`, 'id');
        continue;
      }
      nodes.set(id, { kind, id, properties: properties as Record<string, PropertyValue>, at });
    }
  }

  const keys = new Map<string, Location>();
  for (const { file, relationships: rawRelationships, lines } of files) {
    for (const [index, raw] of rawRelationships.entries()) {
      const at = { file, ...lineOf(lines?.relationships[index]), entry: `relationships[${index}]` };
      if (!isRecord(raw)) {
        report(at, 'must be a mapping with from, type, to, source, ...');
        continue;
      }
      const { from, type, to, ...rest } = raw;
      at.entry += ` (${bare(from)} ${bare(type)} ${bare(to)})`;
      const missing = ENDPOINT_FIELDS.filter((field) => typeof raw[field] !== 'string' || raw[field] === '');
      missing.forEach((field) => report(at, 'is required', field));
      if (missing.length > 0) continue;
      if (!isRelationshipType(type)) {
        report(at, `unknown relationship type ${shown(type)}; allowed: ${RELATIONSHIP_TYPE_NAMES.join(', ')}`, 'type');
        continue;
      }
      const properties: Record<string, unknown> = withDateTexts(RELATIONSHIP_PROPERTIES, {
        status: DEFAULT_STATUS,
        ...rest,
      });
      const problems = checkRelationshipProperties(properties);
      problems.forEach((p) => report(at, p.message, p.field));
      if (problems.length === 0) {
        const stated = properties as { status: Status; evidence?: string };
        evidenceProblems(type, stated, null).forEach((p) => report(at, p.message, p.field));
      }
      const fromNode = nodes.get(from as string);
      const toNode = nodes.get(to as string);
      if (!fromNode) report(at, `unknown node id ${shown(from)}`, 'from');
      if (!toNode) report(at, `unknown node id ${shown(to)}`, 'to');
      if (fromNode && toNode) {
        const endpointProblem = checkEndpoints(type, fromNode.kind, toNode.kind);
        if (endpointProblem) report(at, endpointProblem, 'type');
      }
      const source = nodes.get(String(properties.source));
      if (properties.source !== undefined && !problems.some((p) => p.field === 'source')) {
        if (!source) report(at, `unknown Document id ${shown(properties.source)}`, 'source');
        else if (source.kind !== 'Document')
          report(at, `"${source.id}" is not a Document but a ${source.kind}`, 'source');
      }
      if (typeof properties.about === 'string' && !nodes.has(properties.about)) {
        report(at, `unknown node id ${shown(properties.about)}`, 'about');
      }
      const relationship = {
        type,
        from: from as string,
        to: to as string,
        properties: properties as Record<string, string>,
        at,
      };
      const key = relationshipKey(relationship);
      const earlier = keys.get(key);
      if (earlier) report(at, `duplicate relationship; first stated in ${earlier.file} ${earlier.entry}`);
      keys.set(key, at);
      relationships.push(relationship);
    }
  }

  phases?.lap('checking entries against the model');
  const evidence = verifyEvidence(nodes, relationships, texts);
  phases?.lap('checking quotes against the papers');
  issues.push(...evidence.issues);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return { nodes: [...nodes.values()], relationships, verifiedQuotes: evidence.verified };
}
