/**
 * Draws social cards on worker threads (card-worker.ts), each into the card cache (cardInCache), so
 * that the build's main thread goes on compiling and rendering pages meanwhile. Cards are handed
 * out one at a time, in the order they were asked for; the pool can grow while it works (the build
 * starts with the cores the main thread leaves free and takes all of them once the pages are done).
 */
import { Worker } from 'node:worker_threads';
import type { SocialCardInput } from './social-card.ts';
import type { CardColors } from './theme.ts';

export interface CardJob {
  input: SocialCardInput;
  colors: CardColors;
  cacheDir: string;
}

export interface CardResult {
  /** The PNG in the cache folder. */
  file: string;
  /** False when the cache already held it. */
  drawn: boolean;
}

type Answer = ({ ok: true } & CardResult) | { ok: false; message: string };

interface Task {
  job: CardJob;
  resolve: (result: CardResult) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  task?: Task;
}

const WORKER_FILE = new URL('./card-worker.ts', import.meta.url);

/**
 * resvg allocates with its own mimalloc, which reads these options once, when the threads first load
 * it, from the process environment (shared by all threads). On these virtual machines a fresh 4 KiB
 * page costs about 15 µs, and every card's 3 MB canvas came from fresh pages: 28 ms for an empty
 * 1200×630 canvas, 5 ms with huge pages and freed memory kept for the next card (docs/qualitaet.md).
 * Set before the first thread starts; a value the user set wins.
 */
const RENDERER_MEMORY = { MIMALLOC_ALLOW_LARGE_OS_PAGES: '1', MIMALLOC_PURGE_DELAY: '-1' };

export class CardPool {
  #threads: Thread[] = [];
  #queue: Task[] = [];
  #closed = false;

  constructor(size: number) {
    for (const [name, value] of Object.entries(RENDERER_MEMORY)) process.env[name] ??= value;
    this.resize(size);
  }

  /** Number of worker threads. */
  get size(): number {
    return this.#threads.length;
  }

  /** Grows the pool to `size` threads (it never shrinks while working). */
  resize(size: number): void {
    while (!this.#closed && this.#threads.length < Math.max(1, size)) this.#threads.push(this.#spawn());
    this.#pump();
  }

  /** Draws the card into `job.cacheDir`, unless it is there already. */
  draw(job: CardJob): Promise<CardResult> {
    if (this.#closed) return Promise.reject(new Error('CardPool is closed.'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#pump();
    });
  }

  /** Stops the threads; cards still queued are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(new Error('CardPool closed before the card was drawn.'));
    await Promise.all(this.#threads.map((t) => t.worker.terminate()));
    this.#threads = [];
  }

  #spawn(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_FILE) };
    // An idle thread must not keep the process alive (a failed build would never exit); a busy one does.
    thread.worker.unref();
    thread.worker.on('message', (answer: Answer) => {
      const task = thread.task!;
      thread.task = undefined;
      thread.worker.unref();
      if (answer.ok) task.resolve({ file: answer.file, drawn: answer.drawn });
      else task.reject(new Error(answer.message));
      this.#pump();
    });
    thread.worker.on('error', (error) => {
      // The thread is gone (out of memory, a crash in the renderer): its card fails, the others go on.
      this.#threads = this.#threads.filter((t) => t !== thread);
      thread.task?.reject(error);
      thread.task = undefined;
      if (this.#threads.length === 0 && !this.#closed) this.#threads.push(this.#spawn());
      this.#pump();
    });
    return thread;
  }

  #pump(): void {
    for (const thread of this.#threads) {
      if (thread.task || this.#queue.length === 0) continue;
      thread.task = this.#queue.shift()!;
      thread.worker.ref();
      thread.worker.postMessage(thread.task.job);
    }
  }
}
