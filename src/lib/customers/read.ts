/**
 * Reading a customer list from the bytes of a file: what kind of file it is, its encoding, its
 * delimiter and line ends, the mapping of its columns and its number format, and then every row as
 * a customer or as a skipped line with its reason. Papa Parse does the CSV parsing. Also writes the
 * analysed list back as a CSV for German Excel. Runs in the page's Web Worker and in Node (tests,
 * benchmark); every message is German and says what to do.
 */
import Papa from 'papaparse';
import { COLUMNS, DELIMITER_NAMES, NUMERIC_KEYS, detectMapping, type Mapping, type NumericKey } from './columns';
import { excelNumber, detectNumberFormat, parseCell, NUMBER_FORMATS, type NumberFormat } from './numbers';
import { formatCount } from '../calc/number';
import { ADVICE, ADVICE_LABELS, grossProfitOf, reasons, type Customers, type Scores, type Settings } from './model';

/** A file the page cannot read, with the message the reader sees. */
export class FileProblem extends Error {}

/** The largest file the page reads: beyond it a browser tab may run out of memory. */
export const MAX_FILE_BYTES = 250e6;

const SAVE_AS_CSV = 'In Excel: Datei → Speichern unter → Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“, dann diese Datei hier wählen.';

/** Formats that are not text, told apart by their first bytes. */
const SIGNATURES: readonly [number[], (name: string) => string][] = [
  [[0x50, 0x4b, 0x03, 0x04], (name) =>
    /\.ods$/i.test(name)
      ? 'Das ist eine LibreOffice-Tabelle (.ods), keine CSV-Datei. In LibreOffice: Datei → Speichern unter → Dateityp „Text CSV“.'
      : /\.(xlsx|xlsm|xltx)$/i.test(name) || !/\.zip$/i.test(name)
        ? `Das ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. ${SAVE_AS_CSV}`
        : 'Das ist ein ZIP-Archiv. Entpacken Sie es und wählen Sie die CSV-Datei darin.'],
  [[0xd0, 0xcf, 0x11, 0xe0], () => `Das ist eine Excel-Datei im alten Format (.xls), keine CSV-Datei. ${SAVE_AS_CSV}`],
  [[0x25, 0x50, 0x44, 0x46], () => 'Das ist ein PDF. Aus einem PDF lassen sich keine Kundendaten lesen: Exportieren Sie die Liste aus Ihrem CRM oder ERP als CSV-Datei.'],
  [[0x89, 0x50, 0x4e, 0x47], () => 'Das ist ein Bild (PNG), keine Kundenliste. Exportieren Sie die Liste aus Ihrem CRM oder ERP als CSV-Datei.'],
  [[0xff, 0xd8, 0xff], () => 'Das ist ein Bild (JPEG), keine Kundenliste. Exportieren Sie die Liste aus Ihrem CRM oder ERP als CSV-Datei.'],
  [[0x47, 0x49, 0x46, 0x38], () => 'Das ist ein Bild (GIF), keine Kundenliste. Exportieren Sie die Liste aus Ihrem CRM oder ERP als CSV-Datei.'],
  [[0x52, 0x49, 0x46, 0x46], () => 'Das ist eine Bild- oder Mediendatei, keine Kundenliste. Exportieren Sie die Liste aus Ihrem CRM oder ERP als CSV-Datei.'],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** Megabytes as the reader sees them, "312 MB". */
const megabytes = (bytes: number) => `${formatCount(Math.round(bytes / 1e6))} MB`;

/** Throws a FileProblem for a file that is empty, too large, or not text (a workbook, a PDF, an image). */
export function checkFile(bytes: Uint8Array, name: string, size = bytes.length): void {
  if (size === 0) throw new FileProblem('Die Datei ist leer. Exportieren Sie die Kundenliste erneut, mit einer Kopfzeile und einer Zeile je Kunde.');
  if (size > MAX_FILE_BYTES) {
    throw new FileProblem(
      `Die Datei ist ${megabytes(size)} groß; im Browser lassen sich Listen bis ${megabytes(MAX_FILE_BYTES)} auswerten. Exportieren Sie nur die nötigen Spalten oder teilen Sie die Liste auf.`,
    );
  }
  for (const [sig, message] of SIGNATURES) if (startsWith(bytes, sig)) throw new FileProblem(message(name));
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && bytes.subarray(0, 4096).includes(0)) {
    throw new FileProblem(`Das ist keine Textdatei, also keine CSV-Datei. ${SAVE_AS_CSV}`);
  }
}

export type Encoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

/**
 * The file's text: UTF-8 (with or without byte order mark) when its bytes are valid UTF-8, UTF-16
 * with a byte order mark (Excel's "Unicode-Text"), else Windows-1252, which German Excel writes
 * for "CSV (Trennzeichen-getrennt)".
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** The delimiters a file may use, in the order they are tried. */
const DELIMITERS = Object.keys(DELIMITER_NAMES);

/** How the file is written: delimiter, line end, header, whether any field is quoted. */
export interface Layout {
  delimiter: string;
  newline: string;
  headers: string[];
  /** Whether the text contains a quote: only then may a row span several lines. */
  quoted: boolean;
}

/** The file's layout, from its first lines. */
export function readLayout(text: string): Layout {
  const start = text.slice(0, 256 * 1024);
  let head = Papa.parse<string[]>(start, { delimitersToGuess: DELIMITERS, preview: 10, skipEmptyLines: 'greedy' });
  if (head.errors.some((e) => e.code === 'UndetectableDelimiter')) {
    // Papa Parse guesses from the first ten rows; where they disagree (an unclosed quote, ragged
    // rows), the delimiter that occurs most often in the header line.
    const first = start.slice(0, start.search(/\r?\n|$/));
    const counts = DELIMITERS.map((d) => first.split(d).length);
    const best = counts.indexOf(Math.max(...counts));
    head = Papa.parse<string[]>(start, { delimiter: DELIMITERS[best]!, preview: 10, skipEmptyLines: 'greedy' });
  }
  const headers = (head.data[0] ?? []).map((h) => h.trim());
  if (headers.every((h) => h === '')) throw new FileProblem('Die Datei enthält keinen Text. Exportieren Sie die Kundenliste erneut als CSV-Datei.');
  if (/^\s*</.test(text)) throw new FileProblem('Das ist eine Webseite oder XML-Datei, keine CSV-Datei. Exportieren Sie die Kundenliste aus Ihrem CRM oder ERP als CSV.');
  if (headers.length < 2) {
    throw new FileProblem(
      'In der Datei steht nur eine Spalte: Weder Semikolon noch Komma noch Tabulator trennen die Werte. Exportieren Sie die Liste als CSV-Datei mit einer Spalte je Angabe.',
    );
  }
  return { delimiter: head.meta.delimiter, newline: head.meta.linebreak, headers, quoted: text.includes('"') };
}

/** Which columns are read and how. */
export interface ReadOptions {
  mapping: Mapping;
  format: NumberFormat;
  /** Per-cent columns written as a share ("0,4" for 40 %), detected from the file. */
  fractions: { margin: boolean; discount: boolean };
}

const config = (layout: Layout) => ({ delimiter: layout.delimiter, newline: layout.newline as '\n', skipEmptyLines: false as const });

/**
 * Calls `row` for every row after the header with its cells, the line where it starts and its
 * first and last character; blank lines are left out. `unclosed` hears of a quote that is never
 * closed (the rest of the file then reads as one field), with the line where it opens.
 */
function eachRow(
  text: string,
  layout: Layout,
  row: (cells: string[], line: number, start: number, end: number) => void,
  { limit = Infinity, unclosed }: { limit?: number; unclosed?: (line: number) => void } = {},
): void {
  let index = 0;
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(text, {
    ...config(layout),
    step: (result, handle) => {
      const cells = result.data;
      const end = result.meta.cursor;
      const at = line;
      // A quoted field may hold line breaks: count the lines the row took.
      if (layout.quoted) for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
      else line++;
      const from = start;
      start = end;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosed?.(at);
      if (index++ === 0) return;
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      if (index > limit + 1) return handle.abort();
      row(cells, at, from, end);
    },
  });
}

/** The mapping, number format and per-cent columns detected from the header and the first 1,000 rows. */
export function detectOptions(text: string, layout: Layout): ReadOptions {
  const mapping = detectMapping(layout.headers);
  const samples: Record<NumericKey, string[]> = Object.fromEntries(NUMERIC_KEYS.map((k) => [k, []])) as never;
  eachRow(
    text,
    layout,
    (cells) => {
      for (const key of NUMERIC_KEYS) {
        const at = mapping[key];
        if (at !== null && cells[at]) samples[key].push(cells[at]!.trim());
      }
    },
    { limit: 1000 },
  );
  const format = detectNumberFormat(NUMERIC_KEYS.flatMap((k) => samples[k]));
  return { mapping, format, fractions: { margin: isFraction(samples.margin, format), discount: isFraction(samples.discount, format) } };
}

/** Whether a per-cent column is written as shares: no "%" sign, every value between −1 and 1, some not whole. */
export function isFraction(cells: readonly string[], format: NumberFormat): boolean {
  let fractional = false;
  for (const text of cells) {
    const cell = parseCell(text, format);
    if (cell.kind !== 'number') continue;
    if (cell.percent || Math.abs(cell.value) > 1) return false;
    if (!Number.isInteger(cell.value)) fractional = true;
  }
  return fractional;
}

/** A skipped line: where it is and why. */
export interface Skip {
  line: number;
  reason: string;
}

/** How many skipped lines are listed with their reason. */
export const LISTED_SKIPS = 20;

export interface ReadResult {
  customers: Customers;
  /** Where each customer's row starts and ends in the text. */
  start: Uint32Array;
  end: Uint32Array;
  skipped: Skip[];
  skippedCount: number;
  /** Problems with the file as a whole (an unclosed quote). */
  warnings: string[];
}

const quote = (cell: string) => `„${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}“`;
const COUNT_KEYS = new Set<NumericKey>(['revenue', 'contacts', 'returns', 'categories']);

/**
 * Reads one row's numbers into `out` (NaN for an empty cell) in NUMERIC_KEYS order and returns
 * null, or returns why the row is skipped.
 */
function readRow(cells: readonly string[], options: ReadOptions, out: Float64Array): string | null {
  for (let k = 0; k < NUMERIC_KEYS.length; k++) {
    const key = NUMERIC_KEYS[k]!;
    const at = options.mapping[key];
    out[k] = NaN;
    if (at === null) continue;
    const text = cells[at] ?? '';
    const cell = parseCell(text, options.format);
    const label = COLUMNS[key].label;
    if (cell.kind === 'empty') {
      if (key === 'revenue') return 'kein Umsatz angegeben';
      continue;
    }
    if (cell.kind === 'invalid') {
      const other: NumberFormat = options.format === 'de' ? 'en' : 'de';
      const hint = parseCell(text, other).kind === 'number' ? ` (im ${NUMBER_FORMATS[other].label}en Zahlenformat eine Zahl)` : '';
      return `${label} ist keine Zahl: ${quote(text.trim())}${hint}`;
    }
    if (cell.value < 0 && COUNT_KEYS.has(key)) return `${label} ist negativ: ${quote(text.trim())}`;
    const fraction = (key === 'margin' || key === 'discount') && options.fractions[key];
    out[k] = fraction ? cell.value * 100 : cell.value;
  }
  return null;
}

/** Where each numeric column's values are in readRow's output. */
const AT = Object.fromEntries(NUMERIC_KEYS.map((k, i) => [k, i])) as Record<NumericKey, number>;

/** Every row of the file as a customer or a skipped line. */
export function readCustomers(text: string, layout: Layout, options: ReadOptions): ReadResult {
  // Grown by doubling; cut to size at the end.
  let capacity = 1024;
  const columns = { line: new Uint32Array(capacity), start: new Uint32Array(capacity), end: new Uint32Array(capacity), values: NUMERIC_KEYS.map(() => new Float64Array(capacity)) };
  let count = 0;
  const skipped: Skip[] = [];
  let skippedCount = 0;
  const out = new Float64Array(NUMERIC_KEYS.length);
  const warnings: string[] = [];
  const unclosed = (line: number) =>
    warnings.push(`In Zeile ${formatCount(line)} öffnet ein Anführungszeichen, das nicht mehr geschlossen wird: Der Rest der Datei ist als ein Feld gelesen. Prüfen Sie diese Zeile in der Datei.`);
  eachRow(text, layout, (cells, line, start, end) => {
    const reason = readRow(cells, options, out);
    if (reason) {
      if (skipped.length < LISTED_SKIPS) skipped.push({ line, reason });
      skippedCount++;
      return;
    }
    if (count === capacity) {
      capacity *= 2;
      const grow = <T extends Uint32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(capacity);
        b.set(a);
        return b;
      };
      columns.line = grow(columns.line);
      columns.start = grow(columns.start);
      columns.end = grow(columns.end);
      columns.values = columns.values.map(grow);
    }
    columns.line[count] = line;
    columns.start[count] = start;
    columns.end[count] = end;
    for (let k = 0; k < out.length; k++) columns.values[k]![count] = out[k]!;
    count++;
  }, { unclosed });
  const cut = <T extends Uint32Array | Float64Array>(a: T) => a.slice(0, count) as T;
  const v = columns.values.map(cut);
  const revenue = v[AT.revenue]!;
  const grossProfit = v[AT.grossProfit]!;
  const margin = v[AT.margin]!;
  for (let i = 0; i < count; i++) {
    if (Number.isNaN(grossProfit[i]!) && !Number.isNaN(margin[i]!)) grossProfit[i] = (revenue[i]! * margin[i]!) / 100;
  }
  const zeroIfEmpty = (a: Float64Array) => a.map((x) => (Number.isNaN(x) ? 0 : x));
  const { mapping } = options;
  return {
    customers: {
      count,
      line: cut(columns.line),
      revenue,
      grossProfit,
      contacts: zeroIfEmpty(v[AT.contacts]!),
      returns: zeroIfEmpty(v[AT.returns]!),
      discount: mapping.discount === null ? null : v[AT.discount]!,
      categories: mapping.categories === null ? null : v[AT.categories]!,
    },
    start: cut(columns.start),
    end: cut(columns.end),
    skipped,
    skippedCount,
    warnings,
  };
}

/** The cells of one row, from where it starts and ends in the text. */
export function rowCells(text: string, layout: Layout, start: number, end: number): string[] {
  return Papa.parse<string[]>(text.slice(start, end), config(layout)).data[0] ?? [];
}

/**
 * A cell that German Excel would take for a formula gets a leading apostrophe; negative numbers
 * ("-240,00") stay numbers.
 */
const FORMULA = /^(?:[=+@\t\r]|-(?!\d[\d.,]*$))/;

/**
 * The analysed list as German Excel opens it: every row of the file with its cells (numbers in the
 * columns read as numbers rewritten with a decimal comma when the file wrote English ones) and
 * three columns added: Deckungsbeitrag, Empfehlung, Gründe. Semicolons, CRLF, UTF-8 with BOM.
 */
export function exportCsv(text: string, layout: Layout, options: ReadOptions, customers: Customers, scores: Scores, settings: Settings): string {
  const rows: string[][] = [[...layout.headers, 'Deckungsbeitrag', 'Empfehlung', 'Gründe']];
  const numeric = NUMERIC_KEYS.map((k) => options.mapping[k]).filter((at): at is number => at !== null);
  const out = new Float64Array(NUMERIC_KEYS.length);
  let k = 0;
  eachRow(text, layout, (cells) => {
    const row = layout.headers.map((_, i) => cells[i] ?? '');
    const reason = readRow(cells, options, out);
    if (options.format === 'en') {
      for (const at of numeric) {
        const cell = parseCell(row[at]!, 'en');
        if (cell.kind === 'number') row[at] = `${excelNumber(cell.value, 6).replace(/,?0+$/, '')}${cell.percent ? ' %' : ''}`;
      }
    }
    if (reason) rows.push([...row, '', 'übersprungen', reason]);
    else {
      const gp = grossProfitOf(customers, k, settings.m);
      rows.push([...row, excelNumber(scores.contribution[k]!), ADVICE_LABELS[ADVICE[scores.advice[k]!]!], reasons(scores.flags[k]!, gp).join(', ')]);
      k++;
    }
  });
  return `\ufeff${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}
