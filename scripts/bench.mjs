/**
 * `npm run bench [-- 100 2000 10000] [--warm] [--starlight]`: how the build grows with the glossary.
 *
 * For each N (default 100, 1000, 2000) it copies the project to a temporary folder, replaces the
 * entries with N synthetic ones from the shared generator (../shared/bench/starlight-baseline,
 * gen-content.mjs, fixed seed; the frontmatter completed to our schema), builds cold (no Astro or
 * Vite cache, no drawn social images) and prints the build's phases, time per entry and peak memory.
 *   --warm       then changes one entry's summary and builds again with the caches kept.
 *   --starlight  also builds the minimal Starlight site of the harness with the same N entries,
 *                cold, right before ours, and prints both times and their ratio.
 * The copies live in os.tmpdir() and are deleted afterwards. docs/qualitaet.md explains the figures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectCopy } from './lib/project-copy.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || [...flags].some((f) => !['--warm', '--starlight'].includes(f))) {
  console.error('usage: npm run bench [-- N …] [--warm] [--starlight]');
  process.exit(2);
}
const counts = sizes.length > 0 ? sizes : [100, 1000, 2000];
// With several sizes, a build of one entry first: its time is what every build costs whatever the
// glossary's size (starting Astro and Vite, the other pages, the scripts), and what grows is the rest.
if (counts.length > 1 && !counts.includes(1)) counts.unshift(1);
const harness = resolve(process.env.STARLIGHT_BASELINE ?? join(root, '../shared/bench/starlight-baseline'));
const generator = join(harness, 'gen-content.mjs');
if (!existsSync(generator)) {
  console.error(`The shared generator is missing: ${generator}\nSet STARLIGHT_BASELINE to the folder of the starlight-baseline harness.`);
  process.exit(2);
}
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

/** The generator's categories → ours. */
const CATEGORY = { Verkaufstechnik: 'gespraech', Kennzahlen: 'profitabilitaet', Kundenbeziehung: 'kundenbeziehung', Qualifizierung: 'pipeline' };

/** N generated entries in `dir`, their frontmatter completed to what our schema requires. */
function generate(n, dir, frontmatter) {
  const out = spawnSync(process.execPath, [generator, String(n), dir, `--frontmatter=${frontmatter}`, '--clean'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`gen-content.mjs failed:\n${out.stderr}`);
  if (frontmatter !== 'glossary') return;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8')
      .replace(/^category: "([^"]+)"$/m, (_, c) => `category: ${CATEGORY[c]}`)
      .replace(
        /^updated:/m,
        'keyPoints: ["Erster Punkt.", "Zweiter Punkt.", "Dritter Punkt."]\nsources:\n  - title: "Benchmark-Quelle"\n    author: "Fioro"\n    year: 2026\nupdated:',
      );
    writeFileSync(file, text);
  }
}

/** Runs `npm run build`-like `argv` in `cwd`; wall time, peak memory of the largest process and the log. */
function timed(argv, cwd) {
  const command = TIME ? [TIME, '-f', '%e %M %U %S', ...argv] : argv;
  const result = spawnSync(command[0], command.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const stats = TIME ? /(\d+\.\d+) (\d+) (\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stderr) : null;
  if (result.status !== 0) throw new Error(`build in ${cwd} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return {
    seconds: stats ? Number(stats[1]) : NaN,
    peakMb: stats ? Number(stats[2]) / 1024 : NaN,
    // User and system time of all threads and child processes: how much of the cores the build used.
    cpuSeconds: stats ? Number(stats[3]) + Number(stats[4]) : NaN,
    log: result.stdout + result.stderr,
  };
}

/** "850ms", "18.47s", "1m 53s" → seconds. */
function duration(text) {
  let s = 0;
  for (const [, v, unit] of text.matchAll(/([\d.]+)(ms|m|s)/g)) s += unit === 'ms' ? v / 1000 : unit === 'm' ? v * 60 : Number(v);
  return s;
}

/** The phases our build logs: compile (Vite), pages, social images, search index. */
function phases(log) {
  const compile = [...log.matchAll(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/g)].reduce((sum, m) => sum + duration(m[1]), 0);
  const pages = /generating static routes[\s\S]*?✓ Completed in ((?:\d+m )?[\d.]+m?s)/.exec(log);
  const images = /Vorschaubilder: (\d+) \((\d+) neu gezeichnet.*?fertig (\d+) ms nach Buildbeginn; am Ende (\d+) ms/.exec(log);
  const search = /Suchindex: .* in (\d+) ms/.exec(log);
  return {
    compile,
    pages: pages ? duration(pages[1]) : NaN,
    images: images ? Number(images[3]) / 1000 : NaN,
    imagesWait: images ? Number(images[4]) / 1000 : NaN,
    drawn: images ? Number(images[2]) : NaN,
    search: search ? Number(search[1]) / 1000 : NaN,
  };
}

/** A copy of the project with `n` synthetic entries and caches of its own: its build is cold. */
function syntheticProject(n) {
  const copy = projectCopy(root, 'glossar-bench-');
  generate(n, copy.glossary, 'glossary');
  return copy;
}

let starlight;
/** The harness, copied once and installed (npm ci), ready to build. */
function starlightCopy() {
  if (starlight) return starlight;
  starlight = mkdtempSync(join(tmpdir(), 'starlight-bench-'));
  cpSync(harness, starlight, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|results|\.astro)$/.test(src) });
  process.stdout.write('Installing the Starlight harness (npm ci) … ');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlight, env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm ci in the Starlight harness failed:\n${install.stderr}`);
  console.log('done');
  return starlight;
}

function buildStarlight(n) {
  const dir = starlightCopy();
  const content = join(dir, 'src/content/docs/glossar');
  rmSync(content, { recursive: true, force: true });
  generate(n, content, 'starlight');
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, cache), { recursive: true, force: true });
  return timed([join(dir, 'node_modules/.bin/node'), join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], dir);
}

const s1 = (x) => (Number.isNaN(x) ? '–' : x.toFixed(1));
const rows = [];
for (const n of counts) {
  const row = { n };
  if (flags.has('--starlight')) {
    process.stdout.write(`Starlight, ${n} entries, cold … `);
    row.starlight = buildStarlight(n).seconds;
    console.log(`${s1(row.starlight)} s`);
  }
  const { dir, glossary: content } = syntheticProject(n);
  try {
    // The README's command, with the flags it gives Node.
    const build = ['npm', 'run', '--silent', 'build'];
    process.stdout.write(`Glossary, ${n} entries, cold … `);
    const cold = timed(build, dir);
    Object.assign(row, { seconds: cold.seconds, peakMb: cold.peakMb, cpuSeconds: cold.cpuSeconds, ...phases(cold.log) });
    console.log(`${s1(cold.seconds)} s`);
    if (flags.has('--warm')) {
      // One entry changes what its page and its social image show; everything else stays.
      const first = readdirSync(content).filter((f) => f.endsWith('.mdx')).sort()[0];
      const file = join(content, first);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: "/m, 'summary: "Geändert für den Benchmark: '));
      process.stdout.write(`Glossary, ${n} entries, warm after changing ${first} … `);
      const warm = timed(build, dir);
      row.warm = warm.seconds;
      row.warmDrawn = phases(warm.log).drawn;
      console.log(`${s1(warm.seconds)} s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push(row);
}
if (starlight) rmSync(starlight, { recursive: true, force: true });

console.log(`
Cold builds (${TIME ? 'wall time, CPU time of all threads and peak memory from /usr/bin/time' : 'install GNU time for wall time and memory'}). Phases from the build log:
compile = Vite (MDX and components), pages = rendering the HTML, images = social images on worker threads
(done after build start / still waited for at the end), search = Pagefind index. The phases overlap; see docs/qualitaet.md.
`);
const columns = [
  ['N', (r) => String(r.n)],
  ['build s', (r) => s1(r.seconds)],
  ['ms/entry', (r) => s1((r.seconds * 1000) / r.n)],
  ...(rows[0]?.n === 1 && rows.length > 1 ? [['ms/added entry', (r) => (r.n === 1 ? '' : s1(((r.seconds - rows[0].seconds) * 1000) / (r.n - 1)))]] : []),
  ['compile s', (r) => s1(r.compile)],
  ['pages s', (r) => s1(r.pages)],
  ['images s', (r) => `${s1(r.images)} / ${s1(r.imagesWait)}`],
  ['search s', (r) => s1(r.search)],
  ['CPU s', (r) => s1(r.cpuSeconds)],
  ['peak MB', (r) => (Number.isNaN(r.peakMb) ? '–' : String(Math.round(r.peakMb)))],
  ...(flags.has('--warm') ? [['warm s', (r) => `${s1(r.warm)} (${r.warmDrawn} drawn)`]] : []),
  ...(flags.has('--starlight') ? [['Starlight s', (r) => s1(r.starlight)], ['ratio', (r) => (r.seconds / r.starlight).toFixed(2)]] : []),
];
const cells = rows.map((r) => columns.map(([, f]) => f(r)));
const widths = columns.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
console.log(columns.map(([h], i) => h.padStart(widths[i])).join('  '));
for (const c of cells) console.log(c.map((v, i) => v.padStart(widths[i])).join('  '));
if (rows.length > 2 && rows[0].n === 1) {
  const per = rows.slice(1).map((r) => (r.seconds - rows[0].seconds) / (r.n - 1));
  console.log(`\nTime per added entry, largest ÷ smallest: ${(Math.max(...per) / Math.min(...per)).toFixed(2)}`);
}
