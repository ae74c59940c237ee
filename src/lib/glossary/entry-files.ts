/**
 * Reads the glossary's MDX files straight from disk, without Astro: for the content test and for
 * the Markdown plugins that run while Astro compiles an entry and need to know all the others
 * (titles, synonyms, summaries). The site's pages use src/data/glossary.ts instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { describeIssues, glossaryEntrySchema, type GlossaryEntryData } from './schema.ts';
import { splitFrontmatter } from './editorial.ts';

/** Folder of the entries, relative to the project root. */
export const CONTENT_DIR = 'src/content/glossary';

export interface EntryFile {
  slug: string;
  /** Path relative to the project root, as messages show it. */
  file: string;
  source: string;
  body: string;
  /** Lines before the body (frontmatter and its fences), to turn body lines into file lines. */
  bodyOffset: number;
  /** Parsed frontmatter, or undefined when it is missing or invalid (then see schemaProblems). */
  data: GlossaryEntryData | undefined;
  schemaProblems: string[];
}

/** Every *.mdx entry under `root`/src/content/glossary, sorted by file name. */
export function readEntryFiles(root: string): EntryFile[] {
  const dir = join(root, CONTENT_DIR);
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

/** The entries whose frontmatter is valid (the build reports the others). */
export function validEntryFiles(root: string): (EntryFile & { data: GlossaryEntryData })[] {
  return readEntryFiles(root).filter((e): e is EntryFile & { data: GlossaryEntryData } => e.data !== undefined);
}
