// The German copy of the contribution calculator: field labels and help texts, and the sentence
// templates of the results. The numbers, formulas and sentence cases are in contribution.ts.

import { describeInputs } from './describe-inputs';
import type { FieldSpec, FieldText } from './fields';
import { CONTRIBUTION_INPUTS, type ContributionKey, type ContributionTemplates } from './contribution';

const FIELD_TEXTS: Readonly<Record<ContributionKey, FieldText>> = {
  p: {
    label: 'Listenpreis je Einheit', group: 'Je Einheit',
    help: 'Preis ohne Rabatt, netto ohne Umsatzsteuer.',
  },
  r: {
    label: 'Rabatt', group: 'Je Einheit',
    help: 'Durchschnittlicher Nachlass auf den Listenpreis.',
  },
  kv: {
    label: 'Variable Kosten je Einheit', group: 'Je Einheit',
    help: 'Kosten, die mit jeder verkauften Einheit anfallen, etwa Einkauf, Material, Fracht und Provision.',
  },
  x: {
    label: 'Absatzmenge', group: 'Im Zeitraum',
    help: 'Verkaufte Einheiten im betrachteten Zeitraum, meist einem Jahr: Stück, Aufträge, Verträge oder Stunden.',
  },
  kf: {
    label: 'Fixkosten', group: 'Im Zeitraum',
    help: 'Kosten, die im selben Zeitraum unabhängig von der Menge anfallen, etwa Gehälter, Miete und Software.',
  },
};

/** The calculator's input fields: the model's inputs with their German texts. */
export const CONTRIBUTION_FIELDS: FieldSpec[] = /* @__PURE__ */ describeInputs(CONTRIBUTION_INPUTS, FIELD_TEXTS);

/**
 * The results in plain German, one template per case. Placeholders: {x} the value the sentence is
 * about, {n} whole units, {q} the reader's quantity, {d} the discount, {m} the margin, {s} the
 * signed safety margin. Passed to the calculator as props from the server, not bundled with its script.
 */
export const CONTRIBUTION_SENTENCES: ContributionTemplates = {
  breakEven: {
    none: 'Keine Absatzmenge deckt die Fixkosten: Nach Rabatt bringt eine Einheit keinen positiven Deckungsbeitrag.',
    zero: 'Ohne Fixkosten bringt schon die erste verkaufte Einheit Gewinn.',
    whole: 'Die Gewinnschwelle liegt bei {n} Einheiten: Dort sind die Fixkosten genau gedeckt, jede weitere Einheit bringt Gewinn.',
    fraction: 'Die Gewinnschwelle liegt rechnerisch bei {x} Einheiten; in ganzen Einheiten sind die Fixkosten ab {n} verkauften Einheiten gedeckt.',
  },
  safety: {
    none: 'Ohne Gewinnschwelle gibt es keinen Sicherheitsabstand.',
    noQuantity: 'Ohne Absatzmenge lässt sich kein Sicherheitsabstand angeben.',
    above: 'Sicherheitsabstand {x}: So weit darf Ihr Absatz sinken, bevor Verlust entsteht.',
    at: 'Ihre Absatzmenge liegt genau auf der Gewinnschwelle.',
    below: 'Der Sicherheitsabstand ist negativ ({s}): Bis zur Gewinnschwelle fehlen {x} Ihrer jetzigen Absatzmenge.',
  },
  extraVolume: {
    noPrice: 'Ohne Listenpreis gibt es keine Marge, die ein Rabatt schmälern könnte, und keinen Mehrabsatz, der ihn ausgleicht.',
    noMargin: 'Schon ohne Rabatt deckt der Preis die variablen Kosten nicht; mehr Absatz vergrößert nur den Verlust.',
    tooHigh: 'Mit diesem Rabatt ist kein Absatz groß genug: {d} Rabatt zehren die ganze Marge von {m} auf, jede Einheit bringt danach keinen positiven Deckungsbeitrag mehr.',
    zero: 'Ohne Rabatt brauchen Sie keinen Mehrabsatz.',
    normal: 'Den Rabatt von {d} holen Sie erst herein, wenn er den Absatz um {x} steigert – bei {q} Einheiten um {n} Einheiten.',
    noQuantity: 'Den Rabatt von {d} holen Sie erst herein, wenn er den Absatz um {x} steigert.',
  },
};
