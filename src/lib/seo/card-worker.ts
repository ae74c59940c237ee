/**
 * A worker thread of CardPool: draws one card at a time into the card cache and answers with the
 * file, or with the error's message (a worker that threw would take every later card with it).
 * Node runs this file directly (type stripping), so its imports name the .ts files.
 */
import { parentPort } from 'node:worker_threads';
import { cardInCache } from './render-card.ts';
import type { CardJob } from './card-pool.ts';

parentPort!.on('message', async (job: CardJob) => {
  try {
    parentPort!.postMessage({ ok: true, ...(await cardInCache(job.input, job.colors, job.cacheDir)) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
