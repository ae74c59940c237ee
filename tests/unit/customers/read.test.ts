import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { analyseBytes, analyseText } from '../../../src/lib/customers/analyse';
import { detectMapping, normaliseHeader, remap } from '../../../src/lib/customers/columns';
import { detectNumberFormat, excelNumber, parseCell } from '../../../src/lib/customers/numbers';
import { FileProblem, checkFile, decode, exportCsv, rowCells } from '../../../src/lib/customers/read';
import { DEFAULT_SETTINGS } from '../../../src/lib/customers/model';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes of a text of Latin-1 characters (umlauts, ß, €). */
const cp1252 = (s: string) => Uint8Array.from([...s], (ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0)));

const LIST = (d: string, nl = '\n') =>
  [['Kundennummer', 'Name', 'Umsatz', 'Marge'], ['1', 'Müller GmbH', '1000', '40'], ['2', 'Größe & Söhne', '500', '30']].map((r) => r.join(d)).join(nl) + nl;

describe('reading the file', () => {
  test.each([
    ['semicolon', ';'],
    ['comma', ','],
    ['tab', '\t'],
  ])('detects the delimiter: %s', (_, d) => {
    const a = analyseText(LIST(d), DEFAULT_SETTINGS);
    expect(a.layout.delimiter).toBe(d);
    expect(a.customers.count).toBe(2);
    expect([...a.customers.grossProfit]).toEqual([400, 150]);
  });

  test('UTF-8 with and without byte order mark, and CRLF line ends, read the same', () => {
    for (const bytes of [utf8(LIST(';')), utf8(`\ufeff${LIST(';', '\r\n')}`)]) {
      const a = analyseBytes(bytes, 'kunden.csv', DEFAULT_SETTINGS);
      expect(a.encoding).toBe('UTF-8');
      expect(a.layout.headers[0]).toBe('Kundennummer');
      expect(a.options.mapping.id).toBe(0);
      expect(rowCells(a.text, a.layout, a.start[1]!, a.end[1]!)).toEqual(['2', 'Größe & Söhne', '500', '30']);
      expect(a.customers.count).toBe(2);
    }
  });

  test('Windows-1252, as German Excel writes "CSV (Trennzeichen-getrennt)": umlauts in names and headers come out right', () => {
    const text = 'Kunden-Nr.;Name;Umsatz in €;Rücksendungen;Ø Rabatt\n7;Bäckerei Öztürk;1.200;2;5\n';
    const { text: decoded, encoding } = decode(cp1252(text));
    expect(encoding).toBe('Windows-1252');
    expect(decoded).toBe(text);
    const a = analyseBytes(cp1252(text), 'kunden.csv', DEFAULT_SETTINGS);
    expect(a.options.mapping).toMatchObject({ id: 0, name: 1, revenue: 2, returns: 3, discount: 4 });
    expect(rowCells(a.text, a.layout, a.start[0]!, a.end[0]!)[1]).toBe('Bäckerei Öztürk');
  });

  test('quoted fields may hold delimiters, quotes and line breaks; line numbers count the lines', () => {
    const text = 'Kundennummer;Name;Umsatz\n1;"Meyer; Söhne";100\n2;"Der ""Laden""";200\n3;"zwei\nZeilen";300\n4;Ende;x\n';
    const a = analyseText(text, DEFAULT_SETTINGS);
    expect(a.customers.count).toBe(3);
    expect([...a.customers.line]).toEqual([2, 3, 4]);
    expect(rowCells(text, a.layout, a.start[0]!, a.end[0]!)[1]).toBe('Meyer; Söhne');
    expect(rowCells(text, a.layout, a.start[1]!, a.end[1]!)[1]).toBe('Der "Laden"');
    expect(rowCells(text, a.layout, a.start[2]!, a.end[2]!)[1]).toBe('zwei\nZeilen');
    expect(a.skipped).toEqual([{ line: 6, reason: 'Umsatz ist keine Zahl: „x“' }]);
  });

  test('German and English numbers are detected from the file', () => {
    const de = analyseText('Kunde;Umsatz;Marge\na;1.234,56;12,5 %\nb;2.000;10\n', DEFAULT_SETTINGS);
    expect(de.options.format).toBe('de');
    expect([...de.customers.revenue]).toEqual([1234.56, 2000]);
    expect(de.customers.grossProfit[0]).toBeCloseTo(154.32, 10);
    const en = analyseText('Customer,Revenue,Margin\na,"1,234.56",12.5%\nb,2000,10\n', DEFAULT_SETTINGS);
    expect(en.options.format).toBe('en');
    expect([...en.customers.revenue]).toEqual([1234.56, 2000]);
  });

  test('the number format can be switched; rows that do not read in it are skipped with a hint', () => {
    const text = 'Kunde;Umsatz\na;12,5\nb;100\n';
    const a = analyseText(text, DEFAULT_SETTINGS);
    const en = analyseText(text, DEFAULT_SETTINGS, { ...a.options, format: 'en' });
    expect(en.customers.count).toBe(1);
    expect(en.skipped).toEqual([{ line: 2, reason: 'Umsatz ist keine Zahl: „12,5“ (im deutschen Zahlenformat eine Zahl)' }]);
  });

  test('margins written as shares (0,4) count as per cent; a mapping can be changed', () => {
    const a = analyseText('Kunde;Umsatz;Marge;Nettoumsatz\na;1000;0,4;2000\nb;1000;0,25;2000\n', DEFAULT_SETTINGS);
    expect(a.options.fractions.margin).toBe(true);
    expect([...a.customers.grossProfit]).toEqual([400, 250]);
    const b = analyseText('Kunde;Umsatz;Marge;Nettoumsatz\na;1000;0,4;2000\n', DEFAULT_SETTINGS, { ...a.options, mapping: remap(a.options.mapping, 'revenue', 3) });
    expect([...b.customers.revenue]).toEqual([2000]);
  });

  test('rows are skipped, with line and reason, for a missing or bad revenue, a bad number or a negative count', () => {
    const text = 'Kunde;Umsatz;Tickets;Retouren;Rohertrag\na;;1;0;5\nb;abc;1;0;5\nc;100;-2;0;5\nd;-5;1;0;5\ne;100;1;zwei;5\nf;100;1;0;-50\n\n';
    const a = analyseText(text, DEFAULT_SETTINGS);
    expect(a.skippedCount).toBe(5);
    expect(a.skipped.map((s) => s.line)).toEqual([2, 3, 4, 5, 6]);
    expect(a.skipped.map((s) => s.reason)).toEqual([
      'kein Umsatz angegeben',
      'Umsatz ist keine Zahl: „abc“',
      'Servicekontakte ist negativ: „-2“',
      'Umsatz ist negativ: „-5“',
      'Retouren ist keine Zahl: „zwei“',
    ]);
    // A negative gross profit is a customer, not a bad row.
    expect(a.customers.count).toBe(1);
  });

  test('an unclosed quote is reported with its line', () => {
    const a = analyseText('Kunde;Umsatz\na;100\n"b;200\nc;300\n', DEFAULT_SETTINGS);
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toContain('Zeile 3');
  });
});

describe('files that are not a customer list get a German message that says what to do', () => {
  const problem = (bytes: Uint8Array, name: string) => {
    try {
      analyseBytes(bytes, name, DEFAULT_SETTINGS);
    } catch (e) {
      expect(e).toBeInstanceOf(FileProblem);
      return (e as Error).message;
    }
    throw new Error('no problem reported');
  };

  test.each([
    ['an empty file', new Uint8Array(0), 'leer.csv', /leer/],
    ['an Excel workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'kunden.xlsx', /Speichern unter → Dateityp „CSV UTF-8/],
    ['an old Excel file', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), 'kunden.xls', /\.xls.*Speichern unter/],
    ['a PDF', utf8('%PDF-1.7\n...'), 'kunden.pdf', /PDF/],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'bild.png', /Bild/],
    ['a JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'foto.jpg', /Bild/],
    ['binary data', Uint8Array.from([1, 0, 2, 0, 3]), 'daten.bin', /keine Textdatei/],
    ['a single column', utf8('Umsatz\n100\n200\n'), 'spalte.csv', /nur eine Spalte/],
    ['an HTML page', utf8('<!DOCTYPE html><html><body>a;b</body></html>'), 'seite.csv', /Webseite/],
  ])('%s', (_, bytes, name, message) => {
    expect(problem(bytes, name)).toMatch(message);
  });

  test('a file above the size limit is refused before it is read', () => {
    expect(() => checkFile(new Uint8Array(4), 'gross.csv', 300e6)).toThrow(/300 MB.*250 MB/);
  });
});

describe('recognising columns by their headers', () => {
  test.each([
    ['Kundennummer', 'id'], ['Kunden-Nr.', 'id'], ['Kd.-Nr.', 'id'], ['customer id', 'id'], ['Customer No.', 'id'],
    ['Umsatz', 'revenue'], ['Nettoumsatz', 'revenue'], ['Umsatz (12 Monate)', 'revenue'], ['Umsatz in €', 'revenue'], ['revenue', 'revenue'], ['Sales', 'revenue'],
    ['Marge', 'margin'], ['Rohertragsmarge', 'margin'], ['margin %', 'margin'],
    ['Rohertrag', 'grossProfit'], ['Gross Profit (EUR)', 'grossProfit'],
    ['Tickets', 'contacts'], ['Servicekontakte', 'contacts'], ['Anfragen', 'contacts'], ['Support Tickets', 'contacts'],
    ['Retouren', 'returns'], ['Rücksendungen', 'returns'], ['returns', 'returns'],
    ['Rabatt', 'discount'], ['Ø Rabatt', 'discount'], ['discount', 'discount'],
    ['Kategorien', 'categories'], ['Produktkategorien', 'categories'], ['categories', 'categories'],
  ])('%s → %s', (header, key) => {
    const mapping = detectMapping(['irgendwas', header]);
    expect(mapping[key as keyof typeof mapping]).toBe(1);
  });

  test('headers are normalised: case, umlauts, units, periods and punctuation do not count', () => {
    expect(normaliseHeader('Umsatz (letzte 12 Monate) in EUR')).toBe('umsatz');
    expect(normaliseHeader('RÜCKSENDUNGEN')).toBe('ruecksendungen');
    expect(normaliseHeader('\ufeffKd.-Nr.')).toBe('kdnr');
  });

  test('the first matching column wins, and a column is used once', () => {
    const mapping = detectMapping(['Umsatz', 'Nettoumsatz', 'Name']);
    expect(mapping.revenue).toBe(0);
    expect(remap(mapping, 'name', 0)).toMatchObject({ revenue: null, name: 0 });
  });
});

describe('numbers', () => {
  test.each([
    ['1.234,56', 'de', 1234.56], ['12,5 %', 'de', 12.5], ['1.234 €', 'de', 1234], ['1.234,56-', 'de', -1234.56], ['−3', 'de', -3],
    ['1 234,5', 'de', 1234.5], ['1,234.56', 'en', 1234.56], ['12.5%', 'en', 12.5], ['EUR 99', 'en', 99],
  ] as const)('%s (%s) = %d', (text, format, value) => {
    expect(parseCell(text, format)).toMatchObject({ kind: 'number', value });
  });

  test.each([['12.5', 'de'], ['1.23,4', 'de'], ['1,234,5', 'en'], ['abc', 'de'], ['1e5', 'de'], ['--1', 'en']] as const)('%s is not a number in %s', (text, format) => {
    expect(parseCell(text, format).kind).toBe('invalid');
  });

  test('empty cells and a lone dash are empty', () => {
    for (const text of ['', '  ', '-', '–']) expect(parseCell(text, 'de').kind).toBe('empty');
  });

  test('detection: the format that reads more of the telling cells; German where nothing tells', () => {
    expect(detectNumberFormat(['1.234,56', '12,5', '7'])).toBe('de');
    expect(detectNumberFormat(['1,234.56', '12.5', '7'])).toBe('en');
    expect(detectNumberFormat(['1.234', '1000'])).toBe('de');
  });

  test('property: a number written German-style by Intl reads back in the German format, and English in the English', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (v) => {
        const rounded = Math.round(v * 100) / 100;
        const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(rounded);
        const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(rounded);
        expect(parseCell(de, 'de')).toMatchObject({ kind: 'number', value: rounded || 0 });
        expect(parseCell(en, 'en')).toMatchObject({ kind: 'number', value: rounded || 0 });
      }),
    );
  });

  test('Excel numbers: decimal comma, no thousands separator', () => {
    expect(excelNumber(4768)).toBe('4768,00');
    expect(excelNumber(-0.001)).toBe('0,00');
    expect(excelNumber(1234567.891)).toBe('1234567,89');
  });
});

describe('the download', () => {
  test('every row with Deckungsbeitrag, Empfehlung and Gründe, for German Excel', () => {
    const text = 'Kunde,Revenue,Margin,Tickets\n"Smith, Inc.",1200.50,40%,70\n=cmd,100,50%,0\nbad,x,1,0\n';
    const a = analyseText(text, DEFAULT_SETTINGS);
    const csv = exportCsv(text, a.layout, a.options, a.customers, a.scores, DEFAULT_SETTINGS);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['Kunde', 'Revenue', 'Margin', 'Tickets', 'Deckungsbeitrag', 'Empfehlung', 'Gründe'],
      ['Smith, Inc.', '1200,5', '40 %', '70', '-79,80', 'nicht anbieten', 'Service'],
      ["'=cmd", '100', '50 %', '0', '50,00', 'anbieten', ''],
      ['bad', 'x', '1', '0', '', 'übersprungen', 'Umsatz ist keine Zahl: „x“'],
    ]);
    expect(csv).toContain('\r\n');
  });
});
