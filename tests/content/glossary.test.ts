/**
 * The editorial check of the real glossary: reads every src/content/glossary/*.mdx,
 * validates it with the site's schema and the rules in src/lib/glossary/editorial.ts,
 * and lists every offender of a rule at once, with file names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntryData } from '../../src/lib/glossary/schema';
import { readEntryFiles, type EntryFile } from '../../src/lib/glossary/entry-files';
import { buildGraph } from '../../src/lib/glossary/graph';
import { buildTermIndex, termKey } from '../../src/lib/glossary/autolink';
import {
  countWords,
  findDuplicateNames,
  findStraightQuotes,
  findTodos,
  isInFuture,
  MIN_INCOMING_LINKS,
  MIN_OUTGOING_LINKS,
  publishedProblem,
  wordRange,
} from '../../src/lib/glossary/editorial';
import { sharedRuns, sharedSentences, textBlocks, wordRuns } from '../../src/lib/glossary/overlap';

type LoadedEntry = EntryFile;

const root = resolve(import.meta.dirname, '../..');
const entries = readEntryFiles(root);
const valid = entries.filter((e): e is LoadedEntry & { data: GlossaryEntryData } => e.data !== undefined);
const graph = buildGraph(
  valid.map((e) => ({ slug: e.slug, file: e.file, title: e.data.title, related: e.data.related, body: e.body })),
);

/** What a reader reads of an entry: the summary (also the meta description), the key points and the body. */
function readerText(entry: LoadedEntry & { data: GlossaryEntryData }): string[] {
  return [entry.data.summary, ...entry.data.keyPoints, ...textBlocks(entry.body)];
}

/**
 * The page the glossary started from, kept next to the project (not in it) so that no entry
 * reuses its wording; only for this check, never a source.
 */
const ORIGIN_PAGE = resolve(root, '../shared/origin/cross-selling-page.txt');
/** Consecutive words an entry may share with the origin page: fewer than this. */
const ORIGIN_RUN = 6;
/** Sentences this long or longer appear in one entry only. */
const SHARED_SENTENCE_WORDS = 12;

/** One line per offender, so a failing rule lists all of them in its diff. */
function offenders(check: (entry: LoadedEntry & { data: GlossaryEntryData }) => string | undefined): string[] {
  return valid.flatMap((entry) => {
    const problem = check(entry);
    return problem === undefined ? [] : [`${entry.file}: ${problem}`];
  });
}

describe('the glossary content', () => {
  it('has entries to check', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
  });

  it('every entry has frontmatter that the site schema accepts', () => {
    const problems = entries.flatMap((e) => e.schemaProblems.map((p) => `${e.file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every body has 400 to 1,200 words, the three core entries at least 600', () => {
    expect(
      offenders((e) => {
        const words = countWords(e.body);
        const { min, max } = wordRange(e.slug);
        return words < min || words > max ? `${words} Wörter (erlaubt ${min}–${max})` : undefined;
      }),
    ).toEqual([]);
  });

  it('the links between entries and their related slugs all resolve', () => {
    expect(graph.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it(`every entry links to at least ${MIN_OUTGOING_LINKS} other entries in its text`, () => {
    expect(
      offenders((e) => {
        const out = graph.outgoing.get(e.slug) ?? [];
        return out.length < MIN_OUTGOING_LINKS ? `verlinkt ${out.length} Einträge (${out.join(', ') || '–'})` : undefined;
      }),
    ).toEqual([]);
  });

  it(`every entry is linked from the text of at least ${MIN_INCOMING_LINKS} other entries`, () => {
    expect(
      offenders((e) => {
        const from = graph.backlinks.get(e.slug) ?? [];
        return from.length < MIN_INCOMING_LINKS ? `wird von ${from.length} Einträgen verlinkt (${from.join(', ') || '–'})` : undefined;
      }),
    ).toEqual([]);
  });

  it('no title or synonym is used twice, across entries or within one', () => {
    const duplicates = findDuplicateNames(valid.map((e) => ({ file: e.file, title: e.data.title, synonyms: e.data.synonyms })));
    expect(duplicates.map((d) => `„${d.name}“: ${d.uses.map((u) => `${u.file} (${u.as === 'title' ? 'Titel' : 'Synonym'})`).join(', ')}`)).toEqual([]);
  });

  it('every word in autolinkIgnore is the title or a synonym of another entry', () => {
    const index = buildTermIndex(valid.map((e) => ({ slug: e.slug, title: e.data.title, synonyms: e.data.synonyms })));
    expect(
      offenders((e) => {
        const stale = e.data.autolinkIgnore.filter((word) => {
          const owner = index.slugByKey.get(termKey(word));
          return owner === undefined || owner === e.slug;
        });
        return stale.length > 0 ? `autolinkIgnore nennt ${stale.map((w) => `„${w}“`).join(', ')}: kein Titel oder Synonym eines anderen Eintrags` : undefined;
      }),
    ).toEqual([]);
  });

  it('the prose uses German quotes „…“, never straight double quotes', () => {
    const problems = entries.flatMap((e) =>
      findStraightQuotes(e.body).map((f) => `${e.file}:${f.line + e.bodyOffset}: ${f.text}`),
    );
    expect(problems).toEqual([]);
  });

  it('no entry still contains a TODO placeholder from the scaffold', () => {
    const problems = entries.flatMap((e) => findTodos(e.source).map((f) => `${e.file}:${f.line}: ${f.text}`));
    expect(problems).toEqual([]);
  });

  it('no "Stand" date lies in the future', () => {
    expect(offenders((e) => (isInFuture(e.data.updated) ? `updated ${e.data.updated.toISOString().slice(0, 10)}` : undefined))).toEqual([]);
  });

  it('no first-publication date lies after the "Stand" or in the future', () => {
    expect(offenders((e) => publishedProblem(e.data))).toEqual([]);
  });

  it(`no entry shares a run of ${ORIGIN_RUN} consecutive words with the page the glossary started from`, (ctx) => {
    if (!existsSync(ORIGIN_PAGE)) ctx.skip(`${ORIGIN_PAGE} fehlt: der Vergleich mit der Ursprungsseite entfällt`);
    const origin = wordRuns(readFileSync(ORIGIN_PAGE, 'utf8').split('\n'), ORIGIN_RUN);
    expect(
      offenders((e) => {
        const runs = sharedRuns(readerText(e), origin, ORIGIN_RUN);
        return runs.length > 0 ? `übernimmt von der Ursprungsseite ${runs.map((r) => `„${r}“`).join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it(`no sentence of ${SHARED_SENTENCE_WORDS} or more words appears in two entries`, () => {
    const shared = sharedSentences(valid.map((e) => ({ file: e.file, blocks: readerText(e) })), SHARED_SENTENCE_WORDS);
    expect(shared.map((s) => `${s.files.join(', ')}: „${s.sentence}“`)).toEqual([]);
  });
});
