import { entryKey } from '../model';
import { paperFilePath } from '../provenance/paper-texts';
import type { Dataset, SeedNode } from '../seeding/dataset';
import { formatEntry } from '../seeding/yaml-format';
import { keyOrder, type FileEntry } from '../seeding/rewrite-file';
import { parseHeader, plainText, type PaperHeader } from './header';
import { fold, MentionMatcher, sentences, type KnownNode, type Mention } from './mentions';
import { newNodeCandidates } from './new-nodes';
import { suggestRelationship, type Suggestion } from './suggest';

export interface DraftSentence {
  text: string;
  mentions: Mention[];
  suggestions: Suggestion[];
  newNodes: string[];
}

export interface Draft {
  header: PaperHeader;
  documentId: string;
  sentences: DraftSentence[];
}

function knownNodes(dataset: Dataset): KnownNode[] {
  return dataset.nodes
    .filter((node) => node.kind !== 'Document')
    .map((node) => ({
      id: node.id,
      kind: node.kind,
      name: String(node.properties.name),
      terms: (node.properties.aliases as string[] | undefined) ?? [],
    }));
}

/** The first known node named in `text`, preferring the city's own (its id starts with the city's). */
function resolve(matcher: MentionMatcher, text: string | null, city: string | null): KnownNode | null {
  if (!text) return null;
  const found = matcher.find(text).map((m) => m.node);
  return found.find((node) => city !== null && node.id.startsWith(`${city}-`)) ?? found[0] ?? null;
}

/** Reads a paper against the dataset's nodes: its header, and per sentence the known nodes, suggestions and new names. */
export function draftPaper(text: string, dataset: Dataset): Draft {
  const header = parseHeader(text);
  const matcher = new MentionMatcher(knownNodes(dataset));
  const known = new Set(knownNodes(dataset).flatMap((node) => [node.name, ...node.terms].map(fold)));
  const body = plainText(text);
  const drafted = sentences(body).map((sentence) => {
    const mentions = matcher.find(sentence);
    const suggestions: Suggestion[] = [];
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        if (mentions[i]!.node.id === mentions[j]!.node.id) continue;
        const suggestion = suggestRelationship(sentence, mentions[i]!.node, mentions[j]!.node);
        if (suggestion) suggestions.push(suggestion);
      }
    }
    return { text: sentence, mentions, suggestions, newNodes: newNodeCandidates(sentence, known) };
  });
  const documentId = header.reference ? header.reference.toLowerCase().replace(/\//g, '-') : 'draft-paper';
  return { header, documentId, sentences: drafted };
}

const documentOf = (dataset: Dataset, reference: string | null): SeedNode | undefined =>
  reference ? dataset.nodes.find((n) => n.kind === 'Document' && n.properties.reference === reference) : undefined;

/** The draft facts file: the paper's Document and its own facts, suggested facts to confirm, then mentions and new names as comments. */
export function renderDraft(draft: Draft, dataset: Dataset, file: string, city: string | null, schema: string): string {
  const { header } = draft;
  const id = city ? `${city}-${draft.documentId}` : draft.documentId;
  const matcher = new MentionMatcher(knownNodes(dataset));
  const document: FileEntry = {
    kind: 'Document',
    id,
    name: header.reference ?? header.title ?? file,
    type: header.type,
  };
  for (const key of ['reference', 'title', 'date', 'sessionDate'] as const)
    if (header[key]) document[key] = header[key]!;
  document.file = paperFilePath(id);
  const own: FileEntry[] = [];
  const fact = (type: string, to: string, extra: FileEntry = {}) =>
    own.push({ from: id, type, to, source: id, ...extra });
  if (city) fact('ISSUED_BY', city);
  const author = resolve(matcher, header.author, city);
  if (author) fact('AUTHORED_BY', author.id, { evidence: `Verfasser: ${header.author}` });
  const body = resolve(matcher, header.body, city);
  if (body) fact('PRESENTED_TO', body.id, header.sessionDate ? { since: header.sessionDate } : {});
  const answered = documentOf(dataset, header.respondsTo);
  if (answered) fact('RESPONDS_TO', answered.id);
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    `# Draft facts for ${file}, written by npm run draft. Confirm every entry marked "suggestion", then move the`,
    '# Document into nodes/documents.yaml.',
    `# The Document names its text ${paperFilePath(id)}: copy ${file} there.`,
  ];
  if (header.author && !author) lines.push(`# Verfasser not found among the nodes (new?): ${header.author}`);
  if (header.body && !body) lines.push(`# Gremienweg body not found among the nodes (new?): ${header.body}`);
  if (header.respondsTo && !answered) lines.push(`# Answers a paper not among the nodes (new?): ${header.respondsTo}`);
  lines.push('nodes:', ...formatEntry(document, keyOrder('nodes', document), '  '), 'relationships:');
  lines.push('  # --- the paper itself ---', ...own.flatMap((e) => formatEntry(e, keyOrder('relationships', e), '  ')));
  lines.push('  # --- suggestions from the wording: confirm type, direction and status ---');
  // A fact suggested by several sentences, or stated by the paper itself, is suggested once: a dataset holds a
  // relationship (from, type, to, source) once.
  const suggested = new Set(own.map(entryKey));
  for (const sentence of draft.sentences) {
    for (const s of sentence.suggestions) {
      const entry: FileEntry = {
        from: s.from.id,
        type: s.type,
        to: s.to.id,
        source: id,
        status: s.status,
        evidence: sentence.text,
      };
      if (suggested.has(entryKey(entry))) continue;
      suggested.add(entryKey(entry));
      lines.push('  # suggestion', ...formatEntry(entry, keyOrder('relationships', entry), '  '));
    }
  }
  lines.push('# --- mentions of known nodes, with the sentence as the candidate quote ---');
  for (const sentence of draft.sentences) {
    if (sentence.mentions.length === 0) continue;
    lines.push(`# ${sentence.mentions.map((m) => m.node.id).join(', ')}: ${sentence.text}`);
  }
  lines.push('# --- candidates for new nodes ---');
  const seen = new Set<string>();
  for (const sentence of draft.sentences) {
    for (const name of sentence.newNodes.filter((n) => !seen.has(n) && seen.add(n))) {
      lines.push(`# new: ${name} — ${sentence.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
