import fs from 'node:fs';
import path from 'node:path';
import { renderDraft, draftPaper } from '../drafting/draft';
import { measurePaper } from '../drafting/measure';
import { SEED_SCHEMA_FILE } from '../config/project-paths';
import { SeedValidationError } from '../seeding/dataset';
import { DEFAULT_SEED_DIR, loadDataset } from '../seeding/seed-graph';
import { runCli } from './run-cli';

const USAGE = `usage: npm run draft -- <paper.txt> [--city <id>] [--out <file>] [--dir <folder>]
       npm run draft -- --measure <folder of papers> [--dir <folder>]
  --city     the id of the city that issued the paper (adds ISSUED_BY and prefixes the Document's id)
  --out      where to write the draft (default: drafts/<document id>.yaml)
  --dir      the dataset whose nodes the draft names (default: seed/)
  --measure  draft every paper of the folder (<document id>.txt or its Document's file), its own facts hidden,
             and compare each draft with the paper's curated facts`;

runCli(async (args) => {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (['--city', '--out', '--dir', '--measure'].includes(arg)) {
      const value = args[++i];
      if (!value || value.startsWith('--')) {
        console.error(`${arg} needs a value\n${USAGE}`);
        return 2;
      }
      options.set(arg, value);
    } else if (arg === '--help' || arg.startsWith('--')) {
      console.error(arg === '--help' ? USAGE : `unknown option ${arg}\n${USAGE}`);
      return arg === '--help' ? 0 : 2;
    } else positional.push(arg);
  }
  try {
    const dataset = loadDataset(options.has('--dir') ? path.resolve(options.get('--dir')!) : DEFAULT_SEED_DIR);
    const measure = options.get('--measure');
    if (measure) {
      for (const document of dataset.nodes.filter((n) => n.kind === 'Document')) {
        // A paper's text is named by its Document's id, or by the file name the Document records.
        const names = [`${document.id}.txt`, document.properties.file].filter(
          (n): n is string => typeof n === 'string',
        );
        const file = names.map((name) => path.join(measure, name)).find((candidate) => fs.existsSync(candidate));
        if (!file) continue;
        const f = measurePaper(fs.readFileSync(file, 'utf8'), document.id, dataset);
        console.log(
          `${f.document}: ${f.bothEndsInOneSentence}/${f.curated} facts with both ends in one sentence, ` +
            `${f.quotesEqual}/${f.quoted} quotes equal to a drafted sentence`,
        );
      }
      return 0;
    }
    if (positional.length !== 1) {
      console.error(USAGE);
      return 2;
    }
    const paper = path.resolve(positional[0]!);
    const draft = draftPaper(fs.readFileSync(paper, 'utf8'), dataset);
    const city = options.get('--city') ?? null;
    if (city && !dataset.nodes.some((n) => n.kind === 'City' && n.id === city)) {
      console.error(`--city ${city}: no City has this id`);
      return 2;
    }
    const id = city ? `${city}-${draft.documentId}` : draft.documentId;
    const out = path.resolve(options.get('--out') ?? path.join('drafts', `${id}.yaml`));
    const schema = path.relative(path.dirname(out), SEED_SCHEMA_FILE).split(path.sep).join('/');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, renderDraft(draft, dataset, path.basename(paper), city, schema));
    const mentioned = draft.sentences.filter((s) => s.mentions.length > 0).length;
    const suggested = draft.sentences.reduce((n, s) => n + s.suggestions.length, 0);
    const fresh = new Set(draft.sentences.flatMap((s) => s.newNodes)).size;
    console.log(
      `${draft.sentences.length} sentences, ${mentioned} naming known nodes, ${suggested} suggested facts, ${fresh} new names.`,
    );
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
});
