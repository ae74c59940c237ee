// The German copy of the cross-selling calculator: field labels and help texts, the customer types'
// names and descriptions and the break-even sentences. The numbers and formulas are in
// cross-selling.ts. The calculator island never imports this module: the texts reach it as props on
// its page and with the entry's own script in entries (CrossSellingEntry.tsx), so the page's script
// does not carry them. The waterfall's labels, which the island needs itself, are in
// cross-selling-waterfall.ts.

import { describeInputs } from './describe-inputs';
import type { FieldSpec, FieldText } from './fields';
import type { BreakEvenCase } from './math';
import {
  CROSS_SELLING_INPUTS,
  CUSTOMER_TYPE_VALUES,
  DEFAULT_SHARES,
  type CrossSellingKey,
  type CustomerType,
  type CustomerTypeId,
} from './cross-selling';

const FIELD_TEXTS: Readonly<Record<CrossSellingKey, FieldText>> = {
  u0: {
    label: 'Listenumsatz Hauptprodukt', group: 'Hauptprodukt',
    help: 'Umsatz, den ein Kunde im Jahr mit dem Hauptprodukt zu Listenpreisen macht.',
  },
  m0: {
    label: 'Bruttomarge Hauptprodukt', group: 'Hauptprodukt',
    help: 'Anteil des Listenpreises, der nach Abzug des Wareneinsatzes übrig bleibt.',
  },
  r0: {
    label: 'Rabatt Hauptprodukt', group: 'Hauptprodukt',
    help: 'Durchschnittlicher Preisnachlass auf den Listenpreis des Hauptprodukts.',
  },
  q0: {
    label: 'Retourenquote Hauptprodukt', group: 'Hauptprodukt',
    help: 'Anteil des Warenwerts des Hauptprodukts, den Kunden zurückschicken.',
  },
  k0: {
    label: 'Servicekontakte Hauptprodukt', group: 'Hauptprodukt',
    help: 'Kontakte mit dem Kundenservice, die ein Kunde im Jahr wegen des Hauptprodukts auslöst.',
  },
  s0: {
    label: 'Retourensendungen Hauptprodukt', group: 'Hauptprodukt',
    help: 'Rücksendungen, die ein Kunde im Jahr beim Hauptprodukt verschickt.',
  },
  u1: {
    label: 'Listenumsatz Zusatzprodukt', group: 'Zusatzprodukt',
    help: 'Umsatz, den ein Käufer des Zusatzprodukts damit im Jahr zu Listenpreisen macht.',
  },
  m1: {
    label: 'Bruttomarge Zusatzprodukt', group: 'Zusatzprodukt',
    help: 'Anteil des Listenpreises des Zusatzprodukts, der nach Abzug des Wareneinsatzes übrig bleibt.',
  },
  r1: {
    label: 'Rabatt Zusatzprodukt', group: 'Zusatzprodukt',
    help: 'Durchschnittlicher Preisnachlass, mit dem das Zusatzprodukt verkauft wird.',
  },
  q1: {
    label: 'Retourenquote Zusatzprodukt', group: 'Zusatzprodukt',
    help: 'Anteil des Warenwerts des Zusatzprodukts, den Kunden zurückschicken.',
  },
  k1: {
    label: 'Zusätzliche Servicekontakte', group: 'Zusatzprodukt',
    help: 'Servicekontakte, die ein Käufer im Jahr zusätzlich wegen des Zusatzprodukts auslöst.',
  },
  s1: {
    label: 'Zusätzliche Retourensendungen', group: 'Zusatzprodukt',
    help: 'Rücksendungen, die ein Käufer im Jahr zusätzlich wegen des Zusatzprodukts verschickt.',
  },
  w: {
    label: 'Kannibalisierung', group: 'Zusatzprodukt',
    help: 'Anteil des Zusatzumsatzes, der nur Ausgaben für das Hauptprodukt ersetzt, weil das Budget des Kunden nicht wächst.',
  },
  kk: {
    label: 'Kosten pro Servicekontakt', group: 'Kosten', advanced: true, short: 'Servicekontakt',
    help: 'Was ein Kontakt mit dem Kundenservice im Durchschnitt kostet, etwa ein Anruf oder ein Chat.',
  },
  kr: {
    label: 'Kosten pro Retourensendung', group: 'Kosten', advanced: true, short: 'Retoure',
    help: 'Bearbeitungskosten einer Rücksendung von Versand über Prüfung bis Wiedereinlagerung.',
  },
  p: {
    label: 'Abschlussquote', group: 'Kampagne', advanced: true,
    help: 'Anteil der angesprochenen Kunden, die das Zusatzprodukt kaufen.',
  },
  a: {
    label: 'Ansprachekosten pro Kunde', group: 'Kampagne', advanced: true, short: 'Ansprache',
    help: 'Was es kostet, einem Kunden das Angebot zu machen, etwa für Mailing, Anruf oder Beratungszeit.',
  },
};

/** The calculator's input fields: the model's inputs with their German texts. */
export const CROSS_SELLING_FIELDS: FieldSpec[] = /* @__PURE__ */ describeInputs(CROSS_SELLING_INPUTS, FIELD_TEXTS);

const CUSTOMER_TYPE_TEXTS: Readonly<Record<CustomerTypeId, { name: string; description: string }>> = {
  durchschnitt: {
    name: 'Durchschnittskunde',
    description: 'Kauft das Zusatzprodukt zu üblichen Konditionen und nutzt Service und Retouren im normalen Maß.',
  },
  service: {
    name: 'Serviceintensiv',
    description: 'Meldet sich wegen des Zusatzprodukts sehr oft beim Kundenservice, hier 20 zusätzliche Kontakte im Jahr.',
  },
  rabatt: {
    name: 'Schnäppchenjäger',
    description: 'Kauft das Zusatzprodukt fast nur in Aktionen, hier mit 40 % Rabatt auf den Listenpreis.',
  },
  retouren: {
    name: 'Retournierer',
    description: 'Schickt die Hälfte des Zusatzprodukts zurück, mit vier Rücksendungen und drei Servicekontakten im Jahr.',
  },
  budget: {
    name: 'Budget-begrenzt',
    description: 'Hat ein festes Budget, das nicht mitwächst, sodass 90 % des Zusatzumsatzes nur Käufe des Hauptprodukts ersetzen.',
  },
};

/** The customer types of the presets and the portfolio view, in the order the page shows them. */
export const CUSTOMER_TYPES: readonly CustomerType[] = /* @__PURE__ */ customerTypes();

// A pure call, not a literal that reads CUSTOMER_TYPE_VALUES: a bundle without the types (the
// calculator page's script, whose island gets them as props) then drops the presets as well.
function customerTypes(): CustomerType[] {
  return (Object.keys(CUSTOMER_TYPE_TEXTS) as CustomerTypeId[]).map((id) => ({
    id,
    ...CUSTOMER_TYPE_TEXTS[id],
    values: CUSTOMER_TYPE_VALUES[id],
  }));
}

/** The portfolio view's inputs: the number of customers and the share of each customer type. */
export function portfolioFields(types: readonly CustomerType[]): FieldSpec[] {
  return [
    {
      name: 'n', label: 'Kunden im Bestand', unit: 'count', default: 1000, min: 0, max: 1e7, integer: true, group: 'Kundenbestand',
      help: 'Wie viele Bestandskunden die Kampagne erreichen könnte.',
    },
    ...types.map(
      (type): FieldSpec => ({
        name: `s_${type.id}`, label: `Anteil ${type.name}`, unit: 'percent', default: DEFAULT_SHARES[type.id], min: 0, max: 100,
        group: 'Kundenbestand', help: type.description,
      }),
    ),
  ];
}

/**
 * The break-evens in plain German; {x} stands for the formatted value. They reach the calculator like
 * the field texts (see the top of this file), so they are not shipped twice.
 */
export const BREAK_EVEN_SENTENCES: Record<'breakEvenContacts' | 'breakEvenDiscount' | 'breakEvenTakeRate', Record<BreakEvenCase, string>> = {
  breakEvenContacts: {
    none: 'Servicekontakte kosten nichts, also gibt es hier keine Schwelle.',
    below: 'Schon ohne zusätzliche Servicekontakte verliert das Zusatzgeschäft Geld (Schwelle: {x} Kontakte).',
    above: 'Ab {x} zusätzlichen Servicekontakten pro Käufer verliert das Zusatzgeschäft Geld.',
    normal: 'Ab {x} zusätzlichen Servicekontakten pro Käufer verliert das Zusatzgeschäft Geld.',
  },
  breakEvenDiscount: {
    none: 'Vom Zusatzprodukt bleibt nach Retouren kein Umsatz, also gibt es keine Rabattschwelle.',
    below: 'Schon ohne Rabatt verliert das Zusatzgeschäft Geld (Schwelle: {x}).',
    above: 'Selbst mit 100 % Rabatt bliebe das Zusatzgeschäft im Plus (rechnerische Schwelle: {x}).',
    normal: 'Ab {x} Rabatt auf das Zusatzprodukt verliert das Zusatzgeschäft Geld.',
  },
  breakEvenTakeRate: {
    none: 'Weil jeder Käufer Verlust bringt, lohnt sich die Kampagne bei keiner Abschlussquote.',
    below: 'Die Kampagne trägt sich ab einer Abschlussquote von {x}.',
    above: 'Selbst wenn jeder angesprochene Kunde kauft, decken die Käufer die Ansprachekosten nicht (nötig wären {x}).',
    normal: 'Die Kampagne trägt sich ab einer Abschlussquote von {x}.',
  },
};
