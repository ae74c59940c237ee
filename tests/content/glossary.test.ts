/**
 * The editorial check of the real glossary: reads every src/content/glossary/*.mdx,
 * validates it with the site's schema and the rules in src/lib/glossary/editorial.ts,
 * and lists every offender of a rule at once, with file names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { glossaryEntrySchema, describeIssues, SUMMARY_MAX, type GlossaryEntryData } from '../../src/lib/glossary/schema';
import { buildGraph } from '../../src/lib/glossary/graph';
import {
  countWords,
  findDuplicateNames,
  findStraightQuotes,
  findTodos,
  isInFuture,
  MIN_INCOMING_LINKS,
  MIN_OUTGOING_LINKS,
  splitFrontmatter,
  wordRange,
} from '../../src/lib/glossary/editorial';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'src/content/glossary');

interface LoadedEntry {
  slug: string;
  /** Path relative to the project root, as messages show it. */
  file: string;
  source: string;
  body: string;
  bodyOffset: number;
  /** Parsed frontmatter, or undefined when it is missing or invalid (see the schema test). */
  data: GlossaryEntryData | undefined;
  schemaProblems: string[];
}

function loadEntries(): LoadedEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(root, path);
      const source = readFileSync(path, 'utf8');
      const split = splitFrontmatter(source);
      const base = { slug: name.replace(/\.mdx$/, ''), file, source, body: split?.body ?? source, bodyOffset: split?.bodyOffset ?? 0 };
      if (!split) return { ...base, data: undefined, schemaProblems: ['Frontmatter fehlt (--- am Dateianfang).'] };
      let raw: unknown;
      try {
        raw = parseYaml(split.frontmatter);
      } catch (error) {
        return { ...base, data: undefined, schemaProblems: [`YAML ist ungültig: ${(error as Error).message}`] };
      }
      const parsed = glossaryEntrySchema.safeParse(raw);
      return parsed.success
        ? { ...base, data: parsed.data, schemaProblems: [] }
        : { ...base, data: undefined, schemaProblems: describeIssues(parsed.error) };
    });
}

const entries = loadEntries();
const valid = entries.filter((e): e is LoadedEntry & { data: GlossaryEntryData } => e.data !== undefined);
const graph = buildGraph(
  valid.map((e) => ({ slug: e.slug, file: e.file, title: e.data.title, related: e.data.related, body: e.body })),
);

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

  it(`every summary has at most ${SUMMARY_MAX} characters`, () => {
    expect(offenders((e) => (e.data.summary.length > SUMMARY_MAX ? `${e.data.summary.length} Zeichen` : undefined))).toEqual([]);
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

  it('every entry names at least one source', () => {
    expect(offenders((e) => (e.data.sources.length === 0 ? 'keine Quelle' : undefined))).toEqual([]);
  });

  it('no title or synonym is used twice, across entries or within one', () => {
    const duplicates = findDuplicateNames(valid.map((e) => ({ file: e.file, title: e.data.title, synonyms: e.data.synonyms })));
    expect(duplicates.map((d) => `„${d.name}“: ${d.uses.map((u) => `${u.file} (${u.as === 'title' ? 'Titel' : 'Synonym'})`).join(', ')}`)).toEqual([]);
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
});
