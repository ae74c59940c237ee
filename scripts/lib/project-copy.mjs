/**
 * A scratch copy of the project in a temporary folder, for what builds a site other than this one
 * (the build tests' fixture glossaries, the benchmark's synthetic ones): the sources are copied, the
 * glossary folder is left empty for the caller to fill, and node_modules links to this project's
 * packages one by one. Its caches (Astro's, with the social images and the content store, and
 * Vite's) are the copy's own: a build of the copy starts cold and never writes into this project.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../src/lib/glossary/entry-files.ts';

const SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project at `root` into a new folder named `<prefix>…` and returns the copy's root and
 * its empty glossary folder.
 * @param {string} root
 * @param {string} prefix
 * @returns {{ dir: string, glossary: string }}
 */
export function projectCopy(root, prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const item of SOURCES) cpSync(join(root, item), join(dir, item), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const glossary = join(dir, CONTENT_DIR);
  rmSync(glossary, { recursive: true, force: true });
  mkdirSync(glossary, { recursive: true });
  return { dir, glossary };
}
