import fs from 'node:fs';
import { paperTextFiles } from '../provenance/paper-texts';
import { passageAt, type Passage } from '../provenance/passage';
import { findQuote } from '../provenance/quote-match';

/**
 * The steps a passage may take to be found while a request waits (a few milliseconds): a quote the seeder checked is
 * found well within it, and one that was planted to be slow is given up on, the fact answered without its passage.
 */
export const PASSAGE_BUDGET = 2_000_000;

/** A fact's passage in its paper, and where on the API the paper's text is served with the passage marked. */
export interface FactPassage extends Passage {
  textUrl: string;
}

/** The path on the API that serves paper `id`'s text, with the characters from `start` to `end` marked. */
export const paperTextPath = (id: string, start?: number, end?: number): string =>
  `/papers/${id}.txt${start === undefined || end === undefined ? '' : `?from=${start}&to=${end}`}`;

/** Where the papers' texts are read from, by Document id. */
export interface PaperTexts {
  /** The text of paper `id`, or null when there is none. */
  text(id: string): string | null;
}

/**
 * Reads the texts of the papers of one dataset folder (the one loaded into the graph), each once per process: they
 * do not change while it runs.
 */
export class PassageService implements PaperTexts {
  private files: Map<string, string> | null = null;
  private readonly texts = new Map<string, string>();

  constructor(private readonly seedDir: string) {}

  /**
   * The text of paper `id`, or null when the dataset holds none. The folder is listed once; only texts that exist
   * are kept, so asking for made-up ids costs neither disk reads nor memory.
   */
  text(id: string): string | null {
    this.files ??= paperTextFiles(this.seedDir);
    const file = this.files.get(id);
    if (file === undefined) return null;
    if (!this.texts.has(id)) this.texts.set(id, fs.readFileSync(file, 'utf8'));
    return this.texts.get(id)!;
  }

  /** Where `evidence` stands in the text of `source`; null without a text or a quote, or when it is not found. */
  passage(source: string, evidence: string | null): FactPassage | null {
    const text = evidence ? this.text(source) : null;
    if (text === null || !evidence) return null;
    const found = findQuote(text, evidence, { budget: PASSAGE_BUDGET, nearest: false });
    if (!found.found) return null;
    return { ...passageAt(text, found), textUrl: paperTextPath(source, found.start, found.end) };
  }
}
