/**
 * The whole check in one call, from text or from a file's bytes to the summary: what the page's
 * worker, the tests and the benchmark run.
 */
import { checkFile, decode, detectOptions, readCustomers, readLayout, type Encoding, type Layout, type ReadOptions, type ReadResult } from './read';
import { score, summarise, type Scores, type Settings, type Summary } from './model';

export interface Analysis extends ReadResult {
  layout: Layout;
  options: ReadOptions;
  scores: Scores;
  summary: Summary;
}

/** Reads and analyses a list given as text; `options` overrides what is detected (mapping, number format). */
export function analyseText(text: string, settings: Settings, options?: ReadOptions): Analysis {
  const layout = readLayout(text);
  const chosen = options ?? detectOptions(text, layout);
  const read = readCustomers(text, layout, chosen);
  const scores = score(read.customers, settings);
  return { ...read, layout, options: chosen, scores, summary: summarise(read.customers, settings, scores) };
}

/** The same from a file's bytes, after checking it is a text file and decoding it. */
export function analyseBytes(bytes: Uint8Array, name: string, settings: Settings): Analysis & { text: string; encoding: Encoding } {
  checkFile(bytes, name);
  const { text, encoding } = decode(bytes);
  return { ...analyseText(text, settings), text, encoding };
}
