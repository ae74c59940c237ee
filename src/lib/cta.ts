/**
 * The calls to action: the brand's (the end of every entry) and the next step under a calculator's
 * result. A module of its own, without the rest of src/site.ts, so an island can import them
 * instead of carrying them as props in the page's HTML.
 */
import type { NextSteps } from '../islands/calc/NextStep';

/** The brand's call to action: try the product behind the glossary. */
export const BRAND_CTA = {
  title: 'Fioro ausprobieren',
  text: 'Fioro zeigt Ihrem Vertriebsteam, bei welchen Kunden sich ein Zusatzangebot wirklich lohnt – bevor Servicekosten den Gewinn auffressen.',
  label: 'Fioro kostenlos testen',
  url: 'https://fioro.de/testen',
};

/**
 * The next step under a calculator's result, chosen by the answer: `loss` where the result says
 * the customer or the extra business loses money (it leads to the check of the reader's own
 * customers), else `gain` (the brand's call to action). `list` ends the customer-list check itself.
 */
export const RESULT_CTA = {
  loss: {
    title: 'Welche Ihrer Kunden bringen Verlust?',
    text: 'Prüfen Sie Ihren CRM-Export, ohne dass Daten den Browser verlassen.',
    label: 'Kundenliste prüfen',
    url: '/rechner/kundenliste/',
  },
  gain: BRAND_CTA,
  list: {
    title: 'Diese Auswertung jeden Monat, ohne Export?',
    text: 'Fioro rechnet den Deckungsbeitrag jedes Kunden laufend aus Ihren Daten nach – mit Servicekontakten, Retouren und Rabatten.',
    label: 'Fioro kostenlos testen',
    url: BRAND_CTA.url,
  },
} satisfies Record<string, NextSteps['loss']>;
