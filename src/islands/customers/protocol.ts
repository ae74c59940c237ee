/** The messages between the customer-list page and its worker (worker.ts). */
import type { LossMaker, Settings, Summary } from '../../lib/customers/model';
import type { Encoding, ReadOptions, Skip } from '../../lib/customers/read';

export type Request =
  | { type: 'open'; file: File; settings: Settings }
  | { type: 'options'; options: ReadOptions }
  | { type: 'settings'; settings: Settings }
  | { type: 'export' };

/** A loss maker as the page lists it: with its number, name and reasons from the file. */
export interface ListedLossMaker extends LossMaker {
  id: string;
  name: string;
  reasons: string[];
}

export interface Result {
  type: 'result';
  file: { name: string; size: number; encoding: Encoding; delimiter: string };
  headers: string[];
  options: ReadOptions;
  /** No column is mapped to revenue: the reader must choose one. */
  needsRevenue: boolean;
  summary: (Omit<Summary, 'lossMakers'> & { lossMakers: ListedLossMaker[] }) | null;
  skipped: Skip[];
  skippedCount: number;
  warnings: string[];
  /** Milliseconds spent reading the file and analysing it (for the benchmark). */
  timings: { read: number; analyse: number };
}

export type Response = Result | { type: 'export'; blob: Blob } | { type: 'error'; message: string };
