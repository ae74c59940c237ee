/**
 * Search over the real glossary: every title and synonym, typed as a query, puts its own entry
 * first. Pagefind's full-text order is not known here, so the entry comes last in the candidate
 * list and only the re-ranking (src/lib/search/rank.ts) can bring it to the front; a name that
 * another entry matches just as well (the same title or synonym after folding case, umlauts and
 * hyphens) fails.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validEntryFiles } from '../../src/lib/glossary/entry-files';
import { rankResults } from '../../src/lib/search/rank';

const entries = validEntryFiles(resolve(import.meta.dirname, '../..'));
const items = entries.map((e) => ({ slug: e.slug, file: e.file, title: e.data.title, synonyms: e.data.synonyms }));

describe('searching the glossary', () => {
  it('every entry names at least one synonym readers may type', () => {
    expect(items.filter((i) => i.synonyms.length === 0).map((i) => i.file)).toEqual([]);
  });

  it('a title or synonym as the query puts its entry first', () => {
    const problems = items.flatMap((item) => {
      const others = items.filter((other) => other !== item);
      return [item.title, ...item.synonyms].flatMap((name) => {
        const first = rankResults(name, [...others, item])[0]!;
        return first === item ? [] : [`${item.file}: „${name}“ findet zuerst „${first.title}“`];
      });
    });
    expect(problems).toEqual([]);
  });
});
