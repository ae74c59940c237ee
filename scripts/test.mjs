// `npm test`: every stage in order, stopping at the first that fails, with the time of each stage
// printed as it ends and once more as a table at the end. Without a Chromium for the end-to-end
// tests and Lighthouse it stops at once, with the message that says how to get one.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './lib/chromium.mjs';

requireChromium();

const STAGES = [
  ['typecheck', 'npm run typecheck'],
  ['unit', 'npm run test:unit'],
  ['build', 'npm run build'],
  ['check', 'npm run check'],
  ['e2e', 'npm run test:e2e'],
  ['lighthouse', 'LIGHTHOUSE_RUNS=1 npm run lighthouse'],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const times = [];
const start = Date.now();
let failed;

for (const [name, command] of STAGES) {
  console.log(`\n▶ ${name}: ${command}`);
  const t0 = Date.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
  times.push([name, Date.now() - t0]);
  console.log(`${status === 0 ? '✓' : '✗'} ${name} ${seconds(Date.now() - t0)}`);
  if (status !== 0) {
    failed = name;
    break;
  }
}

console.log('\nStage        Time');
for (const [name, ms] of times) console.log(`${name.padEnd(12)} ${seconds(ms).padStart(8)}`);
console.log(`${'total'.padEnd(12)} ${seconds(Date.now() - start).padStart(8)}`);
if (failed) {
  console.error(`npm test: stage „${failed}“ failed.`);
  process.exit(1);
}
