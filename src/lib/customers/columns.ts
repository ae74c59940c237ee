/**
 * The columns of a customer list (../shared/CUSTOMERLIST.md, "Columns") and how a file's headers
 * are matched to them: by the usual German and English names, ignoring case, punctuation, units
 * and periods, so "Umsatz (12 Monate) in €" and "Kd.-Nr." are recognised.
 */

export const COLUMN_KEYS = ['id', 'name', 'revenue', 'grossProfit', 'margin', 'contacts', 'returns', 'discount', 'categories'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The columns that hold numbers. */
export const NUMERIC_KEYS = ['revenue', 'grossProfit', 'margin', 'contacts', 'returns', 'discount', 'categories'] as const;
export type NumericKey = (typeof NUMERIC_KEYS)[number];

/** For each column: its short German name, what it holds, and whether it is a share in per cent. */
export const COLUMNS: Readonly<Record<ColumnKey, { label: string; help: string; percent?: boolean; required?: boolean }>> = {
  id: { label: 'Kundennummer', help: 'ohne sie heißt ein Kunde nach seiner Zeile' },
  name: { label: 'Name', help: 'Name des Kunden' },
  revenue: { label: 'Umsatz', help: 'Nettoumsatz der letzten 12 Monate in €, nach Rabatten und Retouren', required: true },
  grossProfit: { label: 'Rohertrag', help: 'Rohertrag der letzten 12 Monate in €' },
  margin: { label: 'Marge', help: 'Rohertragsmarge in % des Nettoumsatzes', percent: true },
  contacts: { label: 'Servicekontakte', help: 'Tickets, Anrufe und Anfragen in 12 Monaten' },
  returns: { label: 'Retouren', help: 'Rücksendungen in 12 Monaten' },
  discount: { label: 'Rabatt', help: 'durchschnittlicher Rabatt auf den Listenpreis in %', percent: true },
  categories: { label: 'Kategorien', help: 'Zahl der Produktkategorien, die der Kunde in 12 Monaten gekauft hat' },
};

/** The names a column goes by in exports, already normalised (see normaliseHeader). */
const ALIASES: Readonly<Record<ColumnKey, readonly string[]>> = {
  id: [
    'kundennummer', 'kundennr', 'kundenid', 'kdnr', 'kdnummer', 'knr', 'debitor', 'debitornr', 'debitorennummer',
    'debitorennr', 'kontonummer', 'customerid', 'customerno', 'customernumber', 'clientid', 'accountid',
    'accountnumber', 'id', 'nr', 'nummer',
  ],
  name: ['name', 'kunde', 'kundenname', 'customer', 'firma', 'firmenname', 'unternehmen', 'kundenbezeichnung', 'customername', 'company', 'companyname', 'accountname', 'clientname'],
  revenue: [
    'umsatz', 'nettoumsatz', 'umsatznetto', 'gesamtumsatz', 'jahresumsatz', 'umsatzerloese', 'erloese', 'nettoerloes', 'nettoerloese',
    'revenue', 'netrevenue', 'sales', 'netsales', 'turnover',
  ],
  grossProfit: ['rohertrag', 'rohgewinn', 'bruttogewinn', 'grossprofit'],
  margin: [
    'marge', 'rohertragsmarge', 'rohertragsquote', 'bruttomarge', 'handelsspanne', 'rohgewinnmarge', 'margin',
    'grossmarginpercent', 'grossmarginrate', 'marginpercent',
  ],
  contacts: [
    'tickets', 'servicekontakte', 'supportkontakte', 'kontakte', 'anfragen', 'serviceanfragen', 'supportanfragen', 'servicefaelle',
    'supporttickets', 'servicetickets', 'supportcontacts', 'contacts', 'cases', 'supportcases', 'numbertickets', 'numbercontacts',
  ],
  returns: ['retouren', 'ruecksendungen', 'retoursendungen', 'retourensendungen', 'returns', 'returnshipments', 'numberreturns'],
  discount: ['rabatt', 'rabatte', 'rabattquote', 'nachlass', 'preisnachlass', 'discount', 'discountrate', 'averagediscount'],
  categories: [
    'kategorien', 'produktkategorien', 'warengruppen', 'produktgruppen', 'sortimente', 'sparten', 'categories',
    'productcategories', 'productlines',
  ],
};

/** Words a header may carry besides the name: units, periods, "Ø", "average". */
const FILLER = new Set([
  'in', 'eur', 'euro', 'prozent', 'percent', 'pct', 'anzahl', 'of', 'count', 'gesamt', 'total', 'summe', 'sum',
  'letzte', 'letzten', 'last', 'monate', 'monat', 'months', 'month', 'jahr', 'jahre', 'year', 'years', 'ltm', 'ttm', 'pa',
  'ytd', 'durchschnitt', 'durchschnittlich', 'durchschnittlicher', 'durchschn', 'avg', 'average', 'mittlerer', 'mittel', 'der',
  'die', 'des', 'im', 'je', 'pro', 'per',
]);

/**
 * A header reduced to what identifies it: lower case, umlauts spelled out, bracketed parts, units,
 * periods and numbers dropped, the rest joined without spaces or punctuation.
 * "Kunden-Nr." → "kundennr", "Umsatz (12 Monate) in €" → "umsatz", "Ø Rabatt %" → "rabatt".
 */
export function normaliseHeader(header: string): string {
  const words = header
    .toLowerCase()
    .replace(/^\ufeff/, '')
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FILLER.has(w) && !/^\d+$/.test(w));
  return words.join('');
}

const BY_ALIAS: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMN_KEYS.flatMap((key) => ALIASES[key].map((alias) => [alias, key] as const)),
);

/** Which file column (its index) each key reads from; null: none. */
export type Mapping = Record<ColumnKey, number | null>;

/** A mapping with no column chosen. */
export function emptyMapping(): Mapping {
  return Object.fromEntries(COLUMN_KEYS.map((k) => [k, null])) as Mapping;
}

/**
 * The mapping recognised from a file's headers: each key takes the first header that is one of its
 * names; a header is used for one key only.
 */
export function detectMapping(headers: readonly string[]): Mapping {
  const mapping = emptyMapping();
  headers.forEach((header, index) => {
    const key = BY_ALIAS.get(normaliseHeader(header));
    if (key && mapping[key] === null) mapping[key] = index;
  });
  return mapping;
}

/** The same mapping with `key` reading from `index` (null: none); another key that read from it loses it. */
export function remap(mapping: Mapping, key: ColumnKey, index: number | null): Mapping {
  const next = { ...mapping };
  if (index !== null) for (const k of COLUMN_KEYS) if (next[k] === index) next[k] = null;
  next[key] = index;
  return next;
}

/** The delimiters' names on the page. */
export const DELIMITER_NAMES: Readonly<Record<string, string>> = { ';': 'Semikolon', ',': 'Komma', '\t': 'Tabulator' };
