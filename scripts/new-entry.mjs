// `npm run new -- "Up-Selling"`: creates src/content/glossary/<slug>.mdx from the entry template.
// Options: --kategorie <slug> (default pipeline), --slug <slug> (instead of the derived one).
// Never overwrites a file; exits with 1 and a German message on any problem.
// Slug rules, categories and the date come from the site's own modules (Node strips their types).
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CATEGORY_SLUGS } from '../src/lib/glossary/categories.ts';
import { berlinToday } from '../src/lib/glossary/editorial.ts';
import { CONTENT_DIR } from '../src/lib/glossary/entry-files.ts';
import { RESERVED_SLUGS, entryPath } from '../src/lib/glossary/links.ts';
import { SLUG_PATTERN, slugify } from '../src/lib/glossary/slug.ts';
import { entryTemplate } from './entry-template.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const usage = 'Aufruf: npm run new -- "Titel des Begriffs" [--kategorie pipeline] [--slug eigener-slug]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { kategorie: { type: 'string', default: 'pipeline' }, slug: { type: 'string' } },
  });
} catch (error) {
  fail(`${/** @type {Error} */ (error).message}\n${usage}`);
}
const { values, positionals } = parsed;

const title = positionals.join(' ').trim();
if (title === '') fail(`Bitte einen Titel angeben.\n${usage}`);
if (!CATEGORY_SLUGS.includes(values.kategorie)) {
  fail(`Die Kategorie „${values.kategorie}“ gibt es nicht. Erlaubt: ${CATEGORY_SLUGS.join(', ')}.`);
}
const slug = values.slug ?? slugify(title);
if (!SLUG_PATTERN.test(slug)) {
  fail(`„${slug}“ ist kein gültiger Slug (Kleinbuchstaben, Ziffern und Bindestriche). Geben Sie einen mit --slug an.`);
}
if (RESERVED_SLUGS.includes(slug)) {
  fail(`Der Slug „${slug}“ ist reserviert: ${entryPath(slug)} ist eine andere Seite des Glossars. Geben Sie mit --slug einen anderen an.`);
}

const file = join(root, CONTENT_DIR, `${slug}.mdx`);
const shown = relative(process.cwd(), file);
try {
  // 'wx' fails if the file exists, so an existing entry is never overwritten.
  writeFileSync(file, entryTemplate({ title, category: values.kategorie, date: berlinToday() }), { flag: 'wx' });
} catch (error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  if (code === 'EEXIST') {
    fail(`Den Eintrag gibt es schon: ${shown}\nDie Datei bleibt unverändert. Bearbeiten Sie sie direkt oder wählen Sie mit --slug einen anderen Slug.`);
  }
  fail(`${shown} konnte nicht angelegt werden: ${/** @type {Error} */ (error).message}`);
}

console.log(`Angelegt: ${shown}

Nächste Schritte:
  1. Alle Stellen mit TODO ausfüllen (docs/ENTRY-BRIEF.md beschreibt jedes Feld).
  2. npx vitest run tests/content   prüft Länge, Verweise, Quellen, Anführungszeichen und übrige TODO.
  3. npm run build                  prüft Schema und Links; ein Eintrag mit TODO wird nicht veröffentlicht.`);
