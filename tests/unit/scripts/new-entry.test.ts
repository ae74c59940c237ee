import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { entryTemplate } from '../../../scripts/entry-template.mjs';
import { glossaryEntrySchema } from '../../../src/lib/glossary/schema';
import { berlinToday, findTodos, splitFrontmatter } from '../../../src/lib/glossary/editorial';

const root = resolve(import.meta.dirname, '../../..');

describe('entryTemplate', () => {
  const source = entryTemplate({ title: 'Preis: "Anker" & Co.', category: 'gespraech', date: '2026-11-27' });
  const split = splitFrontmatter(source)!;
  const data = glossaryEntrySchema.parse(parseYaml(split.frontmatter));

  it('writes complete frontmatter that the site schema accepts, with title, category and date', () => {
    expect(data.title).toBe('Preis: "Anker" & Co.');
    expect(data.category).toBe('gespraech');
    expect(data.updated).toEqual(new Date('2026-11-27'));
    expect(data.published).toEqual(new Date('2026-11-27'));
    expect(data.sources[0]!.year).toBe(2026);
  });

  it('marks every field an author must fill, and the text, with TODO', () => {
    const flagged = findTodos(split.frontmatter).map((f) => f.text);
    for (const field of [/^synonyms:/, /^summary:/, /^category:/, /^related:/, /^- title:/, /^author:/]) {
      expect(flagged.some((line) => field.test(line)), String(field)).toBe(true);
    }
    expect(flagged.filter((line) => line.startsWith('- "TODO'))).toHaveLength(3);
    expect(data.summary).toMatch(/^TODO/);
    expect(data.keyPoints.every((p) => p.startsWith('TODO'))).toBe(true);
    expect(findTodos(split.body).length).toBeGreaterThan(0);
  });
});

describe('npm run new', () => {
  const workdirs: string[] = [];
  afterAll(() => {
    for (const dir of workdirs) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Runs the script in a scratch copy of the project (scripts/ and the site modules they import)
   * whose glossary holds the given files.
   */
  function run(args: string[], files: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'glossar-new-'));
    workdirs.push(dir);
    for (const item of ['package.json', 'scripts', 'src/lib']) cpSync(join(root, item), join(dir, item), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const glossary = join(dir, 'src/content/glossary');
    mkdirSync(glossary, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(glossary, name), content);
    const result = spawnSync(process.execPath, [join(dir, 'scripts/new-entry.mjs'), ...args], { cwd: dir, encoding: 'utf8' });
    return { ...result, glossary };
  }

  it('creates the entry under the derived slug from the template', () => {
    const { status, stdout, glossary } = run(['Up-Selling', '--kategorie', 'profitabilitaet']);
    expect(status).toBe(0);
    expect(stdout).toContain('Angelegt: src/content/glossary/up-selling.mdx');
    const written = readFileSync(join(glossary, 'up-selling.mdx'), 'utf8');
    expect(written).toBe(entryTemplate({ title: 'Up-Selling', category: 'profitabilitaet', date: berlinToday() }));
  });

  it('refuses to overwrite an existing entry, says so in German and exits with 1', () => {
    const { status, stderr, glossary } = run(['Up-Selling'], { 'up-selling.mdx': 'Original' });
    expect(status).toBe(1);
    expect(stderr).toContain('Den Eintrag gibt es schon: src/content/glossary/up-selling.mdx');
    expect(readFileSync(join(glossary, 'up-selling.mdx'), 'utf8')).toBe('Original');
  });

  it('rejects a missing title, an unknown category and a title without a usable slug', () => {
    expect(run([]).stderr).toContain('Bitte einen Titel angeben.');
    const unknown = run(['Lead', '--kategorie', 'vertrieb']);
    expect([unknown.status, unknown.stderr]).toEqual([1, expect.stringContaining('Die Kategorie „vertrieb“ gibt es nicht.')]);
    const empty = run(['?!']);
    expect([empty.status, empty.stderr]).toEqual([1, expect.stringContaining('ist kein gültiger Slug')]);
  });

  it('refuses a slug that another page under /glossar/ uses', () => {
    const { status, stderr } = run(['Karte']);
    expect([status, stderr]).toEqual([1, expect.stringContaining('Der Slug „karte“ ist reserviert')]);
  });

  it('accepts a slug given with --slug', () => {
    const { status, glossary } = run(['GPCTBA/C&I', '--slug', 'gpctba-ci']);
    expect(status).toBe(0);
    expect(readFileSync(join(glossary, 'gpctba-ci.mdx'), 'utf8')).toContain('title: "GPCTBA/C&I"');
  });
});
