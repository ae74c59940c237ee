/**
 * A realistic, made-up customer list as a German CRM export: the page's "Beispieldatei", its
 * "Mit Beispieldaten ausprobieren", and the lists the benchmark and tests analyse. Deterministic
 * for a seed. Most customers pay; small ones with many service contacts or returns, and a few
 * bargain hunters, do not, so the whale curve rises above the total and falls back to it.
 */
import { prng } from '../random.ts';

const TRADES = [
  'Bäckerei', 'Autohaus', 'Zahnarztpraxis', 'Elektro', 'Sanitär', 'Gasthaus', 'Hotel', 'Kanzlei', 'Steuerbüro', 'Apotheke',
  'Druckerei', 'Schreinerei', 'Metallbau', 'Blumen', 'Optik', 'Praxis', 'Logistik', 'Gartenbau', 'Malerbetrieb', 'Fahrschule',
];
const NAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch',
  'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann',
  'Lange', 'Schmitt', 'Werner', 'Krause', 'Köhler', 'Özdemir', 'Yılmaz', 'Jäger', 'Groß', 'Lehmann', 'Weiß', 'Böhm',
];
const FORMS = ['GmbH', 'GmbH & Co. KG', 'KG', 'e. K.', 'AG', 'OHG', 'UG (haftungsbeschränkt)', ''];
const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt am Main', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Nürnberg', 'Würzburg', 'Lübeck', 'Görlitz'];

/** German number with thousands separators and `decimals` decimals: 12.345,50. */
function german(value: number, decimals: number): string {
  const [whole, frac] = value.toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

export const SAMPLE_HEADER = ['Kundennummer', 'Name', 'Ort', 'Umsatz (12 Monate)', 'Marge', 'Servicekontakte', 'Retouren', 'Ø Rabatt', 'Kategorien'];

/** `count` customers as CSV text (semicolons, German numbers, CRLF), without byte order mark. */
export function sampleCustomerList(count: number, seed = 2026): string {
  const random = prng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // A standard normal number (Box–Muller).
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const lines = [SAMPLE_HEADER.join(';')];
  for (let i = 0; i < count; i++) {
    const type = random();
    // Service-heavy small customers, returners and bargain hunters are each a small group.
    const serviceHeavy = type < 0.12;
    const returner = type >= 0.12 && type < 0.2;
    const bargain = type >= 0.2 && type < 0.28;
    const scale = serviceHeavy || returner ? 0.15 : 1;
    const revenue = Math.min(600_000, Math.max(150, scale * Math.exp(9 + 1.1 * normal())));
    const margin = Math.round((bargain ? 8 + random() * 12 : 24 + random() * 22) * 2) / 2;
    const contacts = Math.round((serviceHeavy ? 30 + random() * 150 : random() * 4) + (revenue / 15_000) * random());
    const returns = Math.round(returner ? 20 + random() * 60 : random() < 0.3 ? random() * 3 : 0);
    const discount = Math.round(bargain ? 30 + random() * 15 : random() * 14);
    const categories = 1 + Math.floor(Math.min(4, random() * 2 + revenue / 40_000 + (serviceHeavy || returner ? random() : 0)));
    const name = `${pick(TRADES)} ${pick(NAMES)} ${pick(FORMS)}`.trim();
    const quoted = name.includes(';') || name.includes('"') ? `"${name.replace(/"/g, '""')}"` : name;
    lines.push(
      [10001 + i, quoted, pick(CITIES), german(revenue, 2), `${german(margin, 1)} %`, contacts, returns, discount, categories].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The number of customers in the page's sample file. */
export const SAMPLE_SIZE = 250;
