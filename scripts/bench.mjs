/**
 * `npm run bench [-- 100 500 …]`: build time against the number of entries. For each N (default
 * 100, 1000, 2000) it copies the project to a temporary folder, adds N synthetic entries
 * (deterministic German filler text, each linking to three others and to a section of one), builds,
 * and prints build time, time per entry, the Pagefind index size and the largest entry HTML (gzip).
 * The copies live in os.tmpdir() and are deleted afterwards; nothing is committed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CATEGORY_SLUGS } from '../src/lib/glossary/categories.ts';
import { CONTENT_DIR } from '../src/lib/glossary/entry-files.ts';
import { entryPath } from '../src/lib/glossary/links.ts';
import { htmlFiles, pathForFile } from './check-links.mjs';
import { pageType } from './lib/page-types.mjs';
import { pageWeight } from './lib/page-weight.mjs';
import { prng } from '../src/lib/random.ts';

const root = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length > 0 ? sizes : [100, 1000, 2000];

const WORDS = ('Kunde Angebot Nutzen Vertrieb Marge Umsatz Gespräch Einwand Abschluss Preis Rabatt Produkt Service Kontakt ' +
  'Bedarf Entscheidung Budget Zeitpunkt Wert Risiko Vertrauen Empfehlung Bestand Neukunde Analyse Quote Kosten Ertrag ' +
  'Beziehung Strategie Termin Frage Antwort Lösung Markt Wettbewerb Anfrage Lieferung Vertrag Laufzeit Verlängerung').split(' ');
const VERBS = 'prüft senkt erhöht klärt verbindet zeigt stärkt misst bewertet begründet'.split(' ');

const slug = (i) => `testbegriff-${String(i).padStart(4, '0')}`;
const title = (i) => `Testbegriff ${String(i).padStart(4, '0')}`;

/** The MDX of synthetic entry i of n: about 500 words in four sections, links to three others. */
function synthetic(i, n) {
  const rand = prng(i + 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 8) }, () => pick(WORDS));
    return `Der ${words[0]} ${pick(VERBS)} ${words.slice(1).join(' ').toLowerCase()}.`;
  };
  const others = [(i + 1) % n, (i + 7) % n, (i * 13 + 5) % n].filter((j) => j !== i);
  const sections = [1, 2, 3, 4].map((k) => {
    const paragraphs = [0, 1].map(() => Array.from({ length: 4 }, sentence).join(' '));
    const link = others[k - 1] !== undefined ? ` Mehr dazu unter [${title(others[k - 1])}](${entryPath(slug(others[k - 1]))}).` : '';
    return `## Abschnitt ${k}\n\n${paragraphs[0]}${link}\n\n${paragraphs[1]}`;
  });
  const anchorTarget = (i + 3) % n;
  return `---
title: "${title(i)}"
synonyms: []
summary: "Synthetischer Eintrag ${i} für den Build-Benchmark: fester Fülltext, Verweise auf andere Einträge."
category: ${CATEGORY_SLUGS[i % CATEGORY_SLUGS.length]}
keyPoints: ["Erster Punkt zu Eintrag ${i}.", "Zweiter Punkt.", "Dritter Punkt."]
related: [${others.map(slug).join(', ')}]
sources:
  - title: "Benchmark-Quelle"
    author: "Fioro"
    year: 2026
updated: 2026-01-01
---

${sentence()} ${sentence()} Siehe auch [Abschnitt 2 von ${title(anchorTarget)}](${entryPath(slug(anchorTarget), 'abschnitt-2')}).

${sections.join('\n\n')}
`;
}

function dirBytes(dir) {
  let total = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, item.name);
    total += item.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

const rows = [];
for (const n of counts) {
  const dir = mkdtempSync(join(tmpdir(), 'glossar-bench-'));
  try {
    for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) cpSync(join(root, item), join(dir, item), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const glossary = join(dir, CONTENT_DIR);
    mkdirSync(glossary, { recursive: true });
    const real = readdirSync(glossary).filter((f) => f.endsWith('.mdx')).length;
    for (let i = 0; i < n; i++) writeFileSync(join(glossary, `${slug(i)}.mdx`), synthetic(i, n));

    process.stdout.write(`Building ${n} synthetic + ${real} real entries … `);
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) {
      console.error(`failed:\n${result.stdout}\n${result.stderr}`);
      process.exit(1);
    }
    const dist = join(dir, 'dist');
    const entryPages = htmlFiles(dist).map(pathForFile).filter((p) => pageType(p) === 'entry' && p.includes('testbegriff-'));
    const largest = Math.max(...entryPages.map((p) => pageWeight(dist, p).html.gzip));
    const entries = n + real;
    const row = { n, entries, seconds, perEntryMs: (seconds * 1000) / entries, pagefind: dirBytes(join(dist, 'pagefind')), largest };
    rows.push(row);
    console.log(`${seconds.toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\n     N  entries  build (s)  per entry (ms)  Pagefind index  largest synthetic entry HTML (gzip)');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(6)}  ${String(r.entries).padStart(7)}  ${r.seconds.toFixed(1).padStart(9)}  ${r.perEntryMs.toFixed(1).padStart(14)}  ${`${(r.pagefind / 1e6).toFixed(2)} MB`.padStart(14)}  ${`${(r.largest / 1000).toFixed(1)} kB`.padStart(10)}`,
  );
}
