/// <reference lib="webworker" />
/**
 * The customer-list check's Web Worker: reads the chosen file, parses it (Papa Parse), analyses it
 * and keeps the text and the customers, so a changed mapping or number format re-reads the text and
 * a changed setting recomputes, without reading the file again. The page gets small answers: the
 * summary, at most 20 loss makers and 20 skipped lines. Nothing is sent anywhere else.
 */
import { analyseText, type Analysis } from '../../lib/customers/analyse';
import { reasons, score, summarise, type Settings } from '../../lib/customers/model';
import { FileProblem, checkFile, decode, exportCsv, rowCells, type Encoding, type ReadOptions } from '../../lib/customers/read';
import type { Request, Response, Result } from './protocol';

let state: (Analysis & { text: string; encoding: Encoding; name: string; size: number; settings: Settings }) | undefined;

const post = (message: Response) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

/** The page's view of the current state. */
function result(timings: Result['timings']): Result {
  const s = state!;
  const cell = (cells: string[], at: number | null) => (at === null ? '' : (cells[at] ?? '').trim());
  const needsRevenue = s.options.mapping.revenue === null;
  return {
    type: 'result',
    file: { name: s.name, size: s.size, encoding: s.encoding, delimiter: s.layout.delimiter },
    headers: s.layout.headers,
    options: s.options,
    needsRevenue,
    summary: needsRevenue ? null : {
      ...s.summary,
      lossMakers: s.summary.lossMakers.map((m) => {
        const cells = rowCells(s.text, s.layout, s.start[m.index]!, s.end[m.index]!);
        return { ...m, id: cell(cells, s.options.mapping.id) || `Zeile ${m.line}`, name: cell(cells, s.options.mapping.name), reasons: reasons(m.flags, m.grossProfit) };
      }),
    },
    skipped: s.skipped,
    skippedCount: s.skippedCount,
    warnings: s.warnings,
    timings,
  };
}

/** Reads the text again with other options (a mapping or number format the reader chose). */
function reread(options: ReadOptions) {
  const s = state!;
  state = { ...s, ...analyseText(s.text, s.settings, options) };
}

async function handle(message: Request) {
  const t0 = performance.now();
  switch (message.type) {
    case 'open': {
      const { file, settings } = message;
      // A file that cannot be read leaves nothing of the one before to change or download.
      state = undefined;
      // The first bytes tell a workbook, a PDF or an image; too large a file is never read whole.
      checkFile(new Uint8Array(await file.slice(0, 4096).arrayBuffer()), file.name, file.size);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { text, encoding } = decode(bytes);
      const t1 = performance.now();
      state = { ...analyseText(text, settings), text, encoding, name: file.name, size: file.size, settings };
      post(result({ read: t1 - t0, analyse: performance.now() - t1 }));
      return;
    }
    case 'options': {
      reread(message.options);
      post(result({ read: 0, analyse: performance.now() - t0 }));
      return;
    }
    case 'settings': {
      const s = state!;
      s.settings = message.settings;
      s.scores = score(s.customers, s.settings);
      s.summary = summarise(s.customers, s.settings, s.scores);
      post(result({ read: 0, analyse: performance.now() - t0 }));
      return;
    }
    case 'export': {
      const s = state!;
      const csv = exportCsv(s.text, s.layout, s.options, s.customers, s.scores, s.settings);
      post({ type: 'export', blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }) });
      return;
    }
  }
}

/** Messages are handled one after the other: a file still being read is never overtaken by the next. */
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<Request>) => {
  queue = queue.then(() => answer(event.data));
};

async function answer(message: Request) {
  try {
    await handle(message);
  } catch (error) {
    if (error instanceof FileProblem) post({ type: 'error', message: error.message });
    else {
      // Out of memory or a bug: a message, never a frozen or blank page.
      console.warn(error);
      post({
        type: 'error',
        message:
          error instanceof RangeError
            ? 'Die Datei ist zu groß für den Speicher dieses Browsers. Exportieren Sie nur die nötigen Spalten oder teilen Sie die Liste auf.'
            : 'Die Datei ließ sich nicht auswerten. Prüfen Sie, ob es eine CSV-Datei mit einer Kopfzeile und einer Zeile je Kunde ist.',
      });
    }
  }
}
