// The German copy of the customer value calculator: field labels and help texts, the sentences of
// the results and the timing assumption. The numbers and formulas are in customer-value.ts.

import { describeInputs } from './describe-inputs';
import type { FieldSpec, FieldText } from './fields';
import type { BreakEvenCase } from './math';
import { CUSTOMER_VALUE_INPUTS, PAYBACK_MAX_YEARS, type CustomerValueKey } from './customer-value';

const FIELD_TEXTS: Readonly<Record<CustomerValueKey, FieldText>> = {
  u: {
    label: 'Jahresumsatz je Kunde', group: 'Umsatz und Marge',
    help: 'Nettoumsatz, den ein Kunde im Jahr bringt, nach Rabatten.',
  },
  m: {
    label: 'Bruttomarge', group: 'Umsatz und Marge',
    help: 'Anteil des Umsatzes, der nach Wareneinsatz oder direkten Kosten der Leistung bleibt.',
  },
  k: {
    label: 'Servicekontakte pro Jahr', group: 'Betreuung (Cost-to-Serve)',
    help: 'Kontakte mit Kundenservice oder Support, die ein Kunde im Jahr auslöst.',
  },
  kk: {
    label: 'Kosten pro Servicekontakt', group: 'Betreuung (Cost-to-Serve)',
    help: 'Was ein Kontakt im Durchschnitt kostet, etwa ein Anruf, ein Chat oder ein Ticket.',
  },
  b: {
    label: 'Kundenbindungsrate pro Jahr', group: 'Kundenbindung',
    help: 'Anteil der Kunden, die von einem Jahr zum nächsten bleiben (100 % minus Churn-Rate).',
  },
  z: {
    label: 'Zinssatz (Abzinsung)', group: 'Weitere Annahmen', advanced: true, short: 'Zinssatz',
    help: 'Kapitalkosten pro Jahr: Ein Euro in der Zukunft ist heute weniger wert.',
  },
  ac: {
    label: 'Akquisitionskosten je Neukunde', group: 'Weitere Annahmen', advanced: true, short: 'Akquisition',
    help: 'Was Marketing und Vertrieb im Schnitt ausgeben, bis ein neuer Kunde gewonnen ist.',
  },
};

/** The calculator's input fields: the model's inputs with their German texts. */
export const CUSTOMER_VALUE_FIELDS: FieldSpec[] = /* @__PURE__ */ describeInputs(CUSTOMER_VALUE_INPUTS, FIELD_TEXTS);

/**
 * The sentence cases of maxContacts: kk = 0 (none), no finite value to lose (unbounded), even 0
 * contacts lose money (below), or normal.
 */
export const MAX_CONTACTS_SENTENCES: Record<Exclude<BreakEvenCase, 'above'> | 'unbounded', string> = {
  none: 'Servicekontakte kosten hier nichts; sie verändern den Kundenwert nicht.',
  unbounded: 'Solange der Kundenwert ohne Grenze wächst, gibt es keine Schwelle für Servicekontakte.',
  below: 'Selbst ohne einen einzigen Servicekontakt deckt der Kunde seine Akquisitionskosten nicht (rechnerisch {x} Kontakte).',
  normal: 'Ab {x} Servicekontakten pro Jahr kostet der Kunde mehr, als er über seine Lebensdauer einbringt.',
};

/** The sentence cases of the payback year. */
export const PAYBACK_SENTENCES = {
  none: `Die Akquisitionskosten werden nicht innerhalb von ${PAYBACK_MAX_YEARS} Jahren wieder eingespielt.`,
  zero: 'Ohne Akquisitionskosten ist der Kunde vom ersten Tag an im Plus.',
  normal: 'Die Akquisitionskosten sind am Ende von Jahr {x} wieder eingespielt (abgezinst, mit Abwanderung gerechnet).',
} as const;

/** The timing the formulas assume, as the page and the chart state it. */
export const TIMING_ASSUMPTION =
  'Annahme: Die Akquisitionskosten fallen sofort an. Der Kunde bringt seinen Jahresbeitrag jeweils am Ende eines Jahres, in dem er bleibt – im ersten Jahr sicher, danach jedes Jahr mit der Bindungsrate. Spätere Beträge werden mit dem Zinssatz abgezinst; der Horizont ist unbegrenzt.';
