/**
 * The build stops on a broken cross-link, bad frontmatter, a reserved slug or a leftover scaffold and names the file:
 * each case builds a temporary copy of the site with a small fixture glossary.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryTemplate } from '../../scripts/entry-template.mjs';
import { projectCopy } from '../../scripts/lib/project-copy.mjs';

const root = resolve(import.meta.dirname, '../..');
const workdirs: string[] = [];

function entry(title: string, body: string, extra = ''): string {
  return `---
title: ${title}
summary: "Kurze Definition von ${title}."
category: pipeline
keyPoints: ["Eins", "Zwei", "Drei"]
sources:
  - title: "Quelle"
    author: "Autor"
    year: 2020
updated: 2026-11-27
${extra}---
${body}
`;
}

/**
 * Builds a copy of the site whose glossary holds exactly these files; returns exit code and output.
 * The copy has caches of its own (projectCopy): a fixture's content store and social images never
 * land in this project's cache.
 */
function buildWith(files: Record<string, string>): { status: number | null; output: string } {
  const { dir, glossary } = projectCopy(root, 'glossar-build-');
  workdirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(glossary, name), content);

  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of workdirs) rmSync(dir, { recursive: true, force: true });
});

describe('the build', () => {
  it('succeeds for a consistent fixture glossary', () => {
    const { status, output } = buildWith({
      'alpha.mdx': entry('Alpha', 'Siehe [Beta](/glossar/beta/#abschnitt).'),
      'beta.mdx': entry('Beta', '## Abschnitt\n\nZurück zu [Alpha](/glossar/alpha/).'),
    });
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it('stops on a link to a missing entry and names the file and the target', () => {
    const { status, output } = buildWith({
      'alpha.mdx': entry('Alpha', 'Siehe [Gamma](/glossar/gamma/) und [Beta](/glossar/beta/#fehlt).'),
      'beta.mdx': entry('Beta', 'Text.', 'related: [delta]\n'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/glossary/alpha.mdx: Link auf „/glossar/gamma/“: Einen Eintrag „gamma“ gibt es nicht.');
    expect(output).toContain('src/content/glossary/alpha.mdx: Link auf „/glossar/beta/#fehlt“');
    expect(output).toContain('src/content/glossary/beta.mdx: „related“ nennt „delta“');
  });

  it('stops on invalid frontmatter and names the file and the field', () => {
    const long = 'Sehr lang. '.repeat(20);
    const { status, output } = buildWith({
      'alpha.mdx': entry('Alpha', 'Text.').replace(/^summary: .*$/m, `summary: "${long}"`),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/glossary/alpha.mdx');
    expect(output).toContain('summary: „summary“ darf höchstens 160 Zeichen lang sein');
  });

  it('stops on an entry whose slug is the address of another page (the map) and says so in German', () => {
    const { status, output } = buildWith({
      'alpha.mdx': entry('Alpha', 'Siehe [Karte](/glossar/karte/).'),
      'karte.mdx': entry('Karte', 'Text.'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/glossary/karte.mdx: Der Slug „karte“ ist reserviert: /glossar/karte/ ist eine andere Seite des Glossars.');
  });

  it('refuses to publish a scaffold from npm run new that still holds TODO and names the file', () => {
    const { status, output } = buildWith({
      'alpha.mdx': entry('Alpha', 'Siehe [Beta](/glossar/beta/).'),
      'beta.mdx': entryTemplate({ title: 'Beta', category: 'pipeline', date: '2026-11-27' }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('unfertige Einträge werden nicht veröffentlicht');
    expect(output).toContain('src/content/glossary/beta.mdx:4: summary: "TODO: Definition');
    expect(output).not.toContain('src/content/glossary/alpha.mdx');
  });
});
