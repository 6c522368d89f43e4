import type { Executor } from '../db/executor';
import { ENTITY_LABEL } from '../model';
import { relationshipKey, type Dataset, type RegisterSummary } from './dataset';
import { LISTS_FOLDER, loadFiles, loadPaperTexts } from './load-files';
import { readChanges, type ChangeEntry } from '../db/change-log';
import { loadRegister } from './register/load-register';
import { RECORD_TYPES, type RecordType } from './register/parse-register';
import { mergeCurated } from './register/merge-curated';
import { planChanges, type Change, type Plan } from './plan';
import { refuseUnexportedChanges } from './reset-guard';
import { validateDataset } from './validate';
import { writePlan, type Progress } from './write';
import type { PhaseTimes } from './phase-times';

/** The curated dataset that ships with the project. */
export { DEFAULT_SEED_DIR } from '../config/project-paths';

export type Tally = Record<Change, number>;

export interface SeedSummary {
  dryRun: boolean;
  reset: boolean;
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
  removedNodes: number;
  /** Municipalities and other units the register no longer has, removed with their links. */
  withdrawnNodes: number;
  /** Links the register no longer states (a municipality that moved), removed. */
  withdrawnLinks: number;
  /** One line per created, updated or withdrawn entry, for --dry-run. */
  changes: string[];
  /** The curator changes in the change log that no export has written to the files yet. */
  unexported: ChangeEntry[];
  /** What the municipality register held, when the load included it. */
  register?: RegisterSummary;
}

export interface LoadOptions {
  /** Whether to load the municipality register in the dataset's register/ folder, if it has one (default true). */
  register?: boolean;
  /** Times each phase of the load, for --profile. */
  phases?: PhaseTimes;
}

export interface SeedOptions extends LoadOptions {
  dryRun?: boolean;
  reset?: boolean;
  /** What --reset does with changes the graph holds and the files do not: refuse to load (the CLI) or discard them. */
  graphChanges?: 'refuse' | 'discard';
  log?: (line: string) => void;
}

/**
 * Reads and validates every file of the dataset, with the municipality register when it has one, and checks every
 * quote against its paper's text; throws SeedValidationError listing all problems.
 */
export function loadDataset(dir: string, options: LoadOptions = {}): Dataset {
  const { phases } = options;
  const texts = loadPaperTexts(dir);
  phases?.lap("reading the papers' texts");
  const register = options.register === false ? null : loadRegister(dir);
  phases?.lap('reading the register');
  // The list sources name the register's units: without the register they are left out.
  const curated = loadFiles(dir).filter((f) => register || !f.file.startsWith(`${LISTS_FOLDER}/`));
  phases?.lap('reading the YAML files');
  if (!register) return validateDataset(curated, texts, phases);
  const { files, merged } = mergeCurated(curated, register);
  phases?.lap('merging the register with the curated cities');
  const dataset = validateDataset(files, texts, phases);
  return { ...dataset, register: { source: register.source, rows: register.counts, merged } };
}

/** One line per paper with a text: how many quotes were found in it, then the total. */
export function formatVerifiedQuotes(dataset: Dataset): string {
  const counts = Object.entries(dataset.verifiedQuotes).sort(([a], [b]) => a.localeCompare(b));
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const width = Math.max(5, ...counts.map(([id]) => id.length));
  const lines = counts.map(([id, n]) => `  ${id.padEnd(width)} ${String(n).padStart(4)}`);
  return [
    `Quotes found in the papers' texts:`,
    ...lines,
    `  ${'total'.padEnd(width)} ${String(total).padStart(4)}`,
  ].join('\n');
}

function tally<T>(items: { change: Change; item: T }[], group: (item: T) => string): Record<string, Tally> {
  const result: Record<string, Tally> = {};
  for (const { change, item } of items) {
    const counts = (result[group(item)] ??= { created: 0, updated: 0, unchanged: 0 });
    counts[change] += 1;
  }
  return result;
}

function summarise(
  plan: Plan,
  options: SeedOptions,
  unexported: ChangeEntry[],
  register: RegisterSummary | undefined,
): SeedSummary {
  const changes = [
    ...plan.nodes.filter((n) => n.change !== 'unchanged').map((n) => `${n.change} ${n.node.kind} ${n.node.id}`),
    ...plan.relationships
      .filter((r) => r.change !== 'unchanged')
      .map((r) => `${r.change} ${relationshipKey(r.relationship)}`),
    ...plan.withdrawn.nodes.map((n) => `merged away ${n.kind} ${n.id} (${n.name})`),
    ...plan.withdrawn.links.map((l) => `withdrawn ${l.from} -[${l.type}]-> ${l.to} @ ${plan.withdrawn.source}`),
  ];
  return {
    dryRun: options.dryRun ?? false,
    reset: options.reset ?? false,
    nodes: tally(
      plan.nodes.map((n) => ({ change: n.change, item: n.node })),
      (n) => n.kind,
    ),
    relationships: tally(
      plan.relationships.map((r) => ({ change: r.change, item: r.relationship })),
      (r) => r.type,
    ),
    removedNodes: plan.removedNodes,
    withdrawnNodes: plan.withdrawn.nodes.length,
    withdrawnLinks: plan.withdrawn.links.length,
    changes,
    unexported,
    ...(register ? { register } : {}),
  };
}

/** Progress lines for a load: the first batch of each part, then at most one a second, and the last. */
function progressLog(log: (line: string) => void): Progress {
  let last = 0;
  let part = '';
  return (done, total, what) => {
    const now = Date.now();
    const first = what !== part;
    if (first || done === total || now - last >= 1000) log(`  wrote ${done}/${total} ${what}`);
    if (first || now - last >= 1000) last = now;
    part = what;
  };
}

/**
 * Validates the dataset in `dir`, then loads it in one transaction: a load that fails leaves the graph as it was.
 * Loading twice changes nothing the second time.
 */
export async function seedGraph(executor: Executor, dir: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => undefined);
  const dataset = loadDataset(dir, options);
  if (dataset.register) log(registerLine(dataset.register));
  log(`Validated ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships from ${dir}.`);
  log(formatVerifiedQuotes(dataset));
  const mode = options.dryRun ? 'READ' : 'WRITE';
  const { phases } = options;
  const summary = await executor.transaction(
    mode,
    'seed',
    async (tx) => {
      if (options.reset && options.graphChanges === 'refuse') await refuseUnexportedChanges(tx, dataset);
      const unexported = await readChanges(tx, true);
      const plan = await planChanges(tx, dataset, options.reset ?? false);
      phases?.lap('reading the graph and comparing');
      if (!options.dryRun) {
        await writePlan(tx, plan, options.reset ?? false, progressLog(log));
        phases?.lap('writing');
      }
      return summarise(plan, options, unexported, dataset.register);
    },
    { unbounded: true },
  );
  phases?.lap('commit');
  return summary;
}

/** Loads the curated dataset when the graph holds no nodes yet; returns whether it did. */
export async function seedIfEmpty(executor: Executor, dir: string, log: (line: string) => void): Promise<boolean> {
  const [row] = await executor.read<{ empty: boolean }>({
    name: 'seed-is-empty',
    cypher: `RETURN NOT EXISTS { MATCH (:${ENTITY_LABEL}) } AS empty`,
  });
  if (!row?.empty) return false;
  log('The graph is empty: loading the curated dataset...');
  const summary = await seedGraph(executor, dir, { log });
  log(formatSummary(summary));
  return true;
}

/** A table of created, updated and unchanged counts per node kind and relationship type. */
export function formatSummary(summary: SeedSummary): string {
  const rows = (title: string, groups: Record<string, Tally>) => {
    const names = Object.keys(groups).sort();
    const total: Tally = { created: 0, updated: 0, unchanged: 0 };
    const lines = names.map((name) => {
      const t = groups[name]!;
      (['created', 'updated', 'unchanged'] as const).forEach((c) => (total[c] += t[c]));
      return `  ${name.padEnd(18)} ${String(t.created).padStart(8)} ${String(t.updated).padStart(8)} ${String(t.unchanged).padStart(10)}`;
    });
    const header = `${title.padEnd(20)} ${'created'.padStart(8)} ${'updated'.padStart(8)} ${'unchanged'.padStart(10)}`;
    const footer = `  ${'total'.padEnd(18)} ${String(total.created).padStart(8)} ${String(total.updated).padStart(8)} ${String(total.unchanged).padStart(10)}`;
    return [header, ...lines, footer].join('\n');
  };
  const head = summary.dryRun ? 'Dry run: nothing was written. A load would do this:' : 'Seeding done:';
  const removed = summary.reset
    ? `\n--reset: ${summary.removedNodes} existing nodes ${summary.dryRun ? 'would be' : 'were'} deleted first.`
    : '';
  const withdrawn =
    summary.withdrawnNodes + summary.withdrawnLinks > 0
      ? `\nNo longer in the register: ${summary.withdrawnNodes} nodes (merged away) and ${summary.withdrawnLinks} links ${summary.dryRun ? 'would be' : 'were'} removed.`
      : '';
  return `${head}${removed}${withdrawn}\n${rows('Nodes', summary.nodes)}\n${rows('Relationships', summary.relationships)}`;
}

/** One line on what the register held: rows per record type and the curated cities it merged. */
function registerLine(register: RegisterSummary): string {
  const rows = Object.entries(register.rows)
    .map(([type, count]) => `${count} × ${type} ${RECORD_TYPES[Number(type) as RecordType]}`)
    .join(', ');
  return `Read the register: ${rows}; merged with the curated cities ${register.merged.join(', ') || '(none)'}.`;
}
