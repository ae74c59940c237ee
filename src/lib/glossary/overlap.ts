/**
 * Text overlap between entries, and between an entry and an outside page: runs of consecutive
 * words and whole sentences, compared after normalising case, umlauts, punctuation and
 * MDX/Markdown markup away. Pure functions; tests/content applies them to the real entries.
 */
import { foldLetters } from '../text/fold.ts';
import { proseLines } from './editorial.ts';

/**
 * The blocks of running text a reader sees, one per paragraph, list item, heading or table cell:
 * MDX tags, code and link targets removed (see proseLines). Paragraphs are one line each in our
 * entries, so a line is a block.
 */
export function textBlocks(markdown: string): string[] {
  return proseLines(markdown)
    .flatMap((line) => line.split('|'))
    .map((block) => block.trim())
    .filter((block) => /[\p{L}\p{N}]/u.test(block));
}

/** The words of a text, folded: lower case, ä → ae, no diacritics, no punctuation or markup. */
export function normalWords(text: string): string[] {
  return foldLetters(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Words after which a full stop does not end a sentence: single letters (z. B., d. h., S. 78)
// and the abbreviations our entries use.
const ABBREVIATION = /^(?:\p{L}|bzw|ca|vgl|usw|etc|Abs|Nr|Art|lit|Mio|Mrd|Tsd|Dr|Prof|Hrsg|Aufl|Bd|Jg|Vol|No|pp|ff)$/u;

/**
 * The sentences of one block. A sentence ends at . ! or ? (with any closing quote or bracket)
 * followed by a space and a character that is not a lower-case letter, unless the full stop
 * belongs to an abbreviation.
 */
export function sentences(block: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (const match of block.matchAll(/[.!?…][“”"')\]]*\s+(?=[^\p{Ll}])/gu)) {
    const end = match.index + match[0].length;
    const before = /([\p{L}]+)[.]$/u.exec(block.slice(start, match.index + 1));
    if (match[0].startsWith('.') && before && ABBREVIATION.test(before[1]!)) continue;
    result.push(block.slice(start, end).trim());
    start = end;
  }
  result.push(block.slice(start).trim());
  return result.filter((s) => s !== '');
}

/** Every run of `n` consecutive words within a block, as folded text ("a b c d e f"). */
export function wordRuns(blocks: readonly string[], n: number): Set<string> {
  const runs = new Set<string>();
  for (const block of blocks) {
    const words = normalWords(block);
    for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  }
  return runs;
}

/** The runs of `n` words that `blocks` share with `source`, in the order they occur in `blocks`. */
export function sharedRuns(blocks: readonly string[], source: ReadonlySet<string>, n: number): string[] {
  return [...wordRuns(blocks, n)].filter((run) => source.has(run));
}

/** A text that appears in more than one place, and where (file names, sorted). */
export interface SharedSentence {
  sentence: string;
  files: string[];
}

/**
 * Sentences of at least `minWords` words that occur in two or more of the texts, compared in
 * folded form. Each text is a file name with its blocks; a sentence repeated inside one file
 * counts once for it.
 */
export function sharedSentences(texts: readonly { file: string; blocks: readonly string[] }[], minWords: number): SharedSentence[] {
  const byKey = new Map<string, SharedSentence>();
  for (const { file, blocks } of texts) {
    for (const sentence of blocks.flatMap(sentences)) {
      const words = normalWords(sentence);
      if (words.length < minWords) continue;
      const key = words.join(' ');
      const found = byKey.get(key);
      if (!found) byKey.set(key, { sentence, files: [file] });
      else if (!found.files.includes(file)) found.files.push(file);
    }
  }
  return [...byKey.values()].filter((s) => s.files.length > 1).map((s) => ({ ...s, files: s.files.sort() }));
}
