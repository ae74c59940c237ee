/**
 * The built site (dist/) served by `astro preview` on 127.0.0.1:`port`, for the scripts that
 * measure it in a browser (Lighthouse, the customer-list and search benchmarks). Resolves once the
 * home page answers; call stop() when done.
 */
import { spawn } from 'node:child_process';

export async function startPreview(port) {
  // Astro moves to the next free port when this one is taken, and the wait below would then accept
  // whatever answers here (another preview, perhaps of another build): refuse instead.
  if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) {
    throw new Error(`port ${port} is already in use; choose a free one with PORT=…`);
  }
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const stop = () => server.kill();
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return { origin: `http://127.0.0.1:${port}`, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('astro preview did not start');
}
