/**
 * Every calculator the site has: the overview's list (/rechner/, sitemap) and the variants that
 * pages embed. A variant is an island with fixed props (src/components/Calculator.astro); the
 * German field texts travel as props, so the islands' scripts do not carry them.
 */
import { CUSTOMER_VALUE_FIELDS, MAX_CONTACTS_SENTENCES, PAYBACK_SENTENCES, TIMING_ASSUMPTION } from '../lib/calc/customer-value-copy';
import { CROSS_SELLING_DEFAULTS } from '../lib/calc/cross-selling';
import { BREAK_EVEN_SENTENCES, CROSS_SELLING_FIELDS, CUSTOMER_TYPES, portfolioFields } from '../lib/calc/cross-selling-copy';
import { CONTRIBUTION_FIELDS, CONTRIBUTION_SENTENCES } from '../lib/calc/contribution-copy';
import { FRAMEWORKS, type FrameworkId } from '../lib/calc/qualification';
import { CUSTOMER_LIST_FIELDS } from '../lib/customers/settings';
import { RESULT_CTA } from '../lib/cta';

/** The customer-list check's sample file (src/pages/rechner/kundenliste/beispiel-kundenliste.csv.ts). */
export const CUSTOMER_LIST_SAMPLE = '/rechner/kundenliste/beispiel-kundenliste.csv';

/** A calculator page, as the overview lists it: one sentence on the question it answers. */
export interface CalculatorPage {
  path: string;
  title: string;
  question: string;
}

export const CALCULATOR_PAGES: readonly CalculatorPage[] = [
  {
    path: '/rechner/cross-selling/',
    title: 'Cross-Selling-Rechner',
    question:
      'Erhöht ein Zusatzprodukt den Deckungsbeitrag pro Kunde – oder fressen Rabatte, Retouren und Servicekontakte den Gewinn auf? Mit Kundentypen und dem Wert der Qualifizierung.',
  },
  {
    path: '/rechner/kundenwert/',
    title: 'Kundenwert-Rechner (CLV)',
    question:
      'Was ist ein Neukunde heute wert, wenn man Betreuungskosten, Abwanderung und Akquisitionskosten einrechnet – und ab wie vielen Servicekontakten im Jahr kippt die Rechnung?',
  },
  {
    path: '/rechner/deckungsbeitrag/',
    title: 'Deckungsbeitrag und Break-even',
    question:
      'Ab welcher Absatzmenge deckt Ihr Geschäft die Fixkosten – und wie viel mehr müssen Sie verkaufen, damit sich ein Rabatt rechnet?',
  },
  {
    path: '/rechner/kundenliste/',
    title: 'Kundenliste prüfen',
    question:
      'Welchen Ihrer Kunden sollten Sie ein Cross-Selling-Angebot machen – und an welchen verlieren Sie schon heute Geld? Mit Ihrem CRM-Export, ausgewertet nur in Ihrem Browser.',
  },
  {
    path: '/rechner/qualifizierung/',
    title: 'Qualifizierungs-Scorecard',
    question:
      'Wie gut ist eine Verkaufschance nach BANT, MEDDPICC oder CHAMP qualifiziert – und was sollten Sie als Nächstes fragen? Mit gewichtetem Score und Ampel.',
  },
];

/** The ids of all scorecard frameworks, for the variants that offer the choice. */
const ALL_FRAMEWORKS: FrameworkId[] = FRAMEWORKS.map((f) => f.id);

/** The islands src/components/Calculator.astro renders. */
export type IslandName = 'cross-selling' | 'cross-selling-entry' | 'portfolio' | 'customer-value' | 'contribution' | 'qualification' | 'customer-list';

const customerValueProps = {
  fields: CUSTOMER_VALUE_FIELDS,
  sentences: { maxContacts: MAX_CONTACTS_SENTENCES, payback: PAYBACK_SENTENCES, timing: TIMING_ASSUMPTION },
};

export interface CalculatorVariant {
  island: IslandName;
  props: Record<string, unknown>;
}

export const CALCULATOR_VARIANTS = {
  'cross-selling': {
    island: 'cross-selling',
    props: {
      mode: 'page',
      fields: CROSS_SELLING_FIELDS,
      types: CUSTOMER_TYPES,
      sentences: BREAK_EVEN_SENTENCES,
      portfolioFields: portfolioFields(CUSTOMER_TYPES),
    },
  },
  // Its texts come with its script (CrossSellingEntry.tsx), to keep them out of the entry's HTML.
  'cross-selling-eintrag': { island: 'cross-selling-entry', props: {} },
  portfolio: {
    island: 'portfolio',
    props: { inputs: CROSS_SELLING_DEFAULTS, fields: portfolioFields(CUSTOMER_TYPES), types: CUSTOMER_TYPES },
  },
  kundenwert: { island: 'customer-value', props: { mode: 'page', ...customerValueProps } },
  'kundenwert-eintrag': { island: 'customer-value', props: { mode: 'entry', ...customerValueProps } },
  deckungsbeitrag: {
    island: 'contribution',
    props: { mode: 'page', fields: CONTRIBUTION_FIELDS, sentences: CONTRIBUTION_SENTENCES },
  },
  'deckungsbeitrag-eintrag': {
    island: 'contribution',
    props: { mode: 'entry', fields: CONTRIBUTION_FIELDS, sentences: CONTRIBUTION_SENTENCES },
  },
  // The check is where the loss step of the other calculators leads: it ends with the brand's own step.
  kundenliste: {
    island: 'customer-list',
    props: { fields: CUSTOMER_LIST_FIELDS, sample: CUSTOMER_LIST_SAMPLE, next: { loss: RESULT_CTA.list, gain: RESULT_CTA.list } },
  },
  qualifizierung: { island: 'qualification', props: { mode: 'page', frameworks: ALL_FRAMEWORKS } },
  'qualifizierung-eintrag': { island: 'qualification', props: { mode: 'entry', frameworks: ALL_FRAMEWORKS } },
  'qualifizierung-bant': { island: 'qualification', props: { mode: 'entry', frameworks: ['bant'] satisfies FrameworkId[] } },
} as const satisfies Record<string, CalculatorVariant>;

export type VariantName = keyof typeof CALCULATOR_VARIANTS;
