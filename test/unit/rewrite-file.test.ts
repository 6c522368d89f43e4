import { rewriteFile, type FileEntry } from '../../src/seeding/rewrite-file';

const FILE = `# yaml-language-server: $schema=../../schema/seed.schema.json
# Two cities.
nodes:
  # --- Rheinland-Pfalz ---
  - kind: City
    id: stadt-a
    name: Stadt A
    aliases:
      - A-Stadt
      - Stadt Ä
    state: Rheinland-Pfalz # required
  - kind: City
    id: stadt-b
    name: Stadt B
    state: Rheinland-Pfalz
relationships:
  - from: stadt-a
    type: COOPERATES_WITH
    to: stadt-b
    source: paper
    evidence: 'Stadt A: arbeitet mit Stadt B'
`;

const none = { nodes: [], relationships: [] };
const same = (_section: string, entry: FileEntry) => entry;

describe('rewriting a curated file', () => {
  it('when every entry is wanted as it is, then the text is unchanged', () => {
    const wanted = (section: string, entry: FileEntry) =>
      section === 'relationships' ? { ...entry, status: 'ACTIVE' } : entry;
    expect(rewriteFile(FILE, { wanted, additions: none })).toEqual({
      text: FILE,
      counts: { added: 0, changed: 0, removed: 0 },
    });
  });

  it('when a node changes, then only its changed keys are rewritten, in the style of the file', () => {
    const wanted = (_section: string, entry: FileEntry) =>
      entry.id === 'stadt-a' ? { ...entry, aliases: ['A-Stadt'], ags: '07111000', state: 'Hessen' } : entry;
    const { text, counts } = rewriteFile(FILE, { wanted, additions: none });
    expect(counts).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(text).toBe(
      FILE.replace('      - A-Stadt\n      - Stadt Ä\n', '      - A-Stadt\n').replace(
        '    state: Rheinland-Pfalz # required\n',
        "    state: Hessen\n    ags: '07111000'\n",
      ),
    );
  });

  it('when an entry is gone and another is new, then the one is cut out and the other appended, comments kept', () => {
    const wanted = (section: string, entry: FileEntry) => (section === 'relationships' ? undefined : entry);
    const added = { kind: 'City', id: 'stadt-c', name: 'Stadt C', state: 'Hessen', aliases: ['C: Stadt'] };
    const { text, counts } = rewriteFile(FILE, { wanted, additions: { nodes: [added], relationships: [] } });
    expect(counts).toEqual({ added: 1, changed: 0, removed: 1 });
    expect(text).toBe(
      FILE.slice(0, FILE.indexOf('relationships:')) +
        "  - kind: City\n    id: stadt-c\n    name: Stadt C\n    aliases: ['C: Stadt']\n    state: Hessen\nrelationships:\n",
    );
  });

  it('when a file is written in flow style, then a change rewrites it whole, keeping its leading comments', () => {
    const flow = '# Flow.\nnodes: [{kind: Topic, id: open-data, name: Open Data}]\n';
    const wanted = (_section: string, entry: FileEntry) => ({ ...entry, name: 'Offene Daten' });
    expect(rewriteFile(flow, { wanted, additions: none }).text).toBe(
      '# Flow.\nnodes:\n  - kind: Topic\n    id: open-data\n    name: Offene Daten\n',
    );
    expect(rewriteFile(flow, { wanted: same, additions: none }).text).toBe(flow);
  });
});
