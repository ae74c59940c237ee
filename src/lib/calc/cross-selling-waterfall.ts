// The German labels of the cross-selling waterfalls. Part of the calculator island's script, unlike
// the other texts of cross-selling-copy.ts, which reach the island from outside it.

import { waterfall, type CrossSellingInputs, type WaterfallScenario, type WaterfallStep, type WaterfallStepKey } from './cross-selling';

const WATERFALL_LABELS: Readonly<Record<WaterfallStepKey, string>> = {
  list: 'Listenumsatz',
  discounts: '− Rabatte',
  returns: '− Retouren (Warenwert)',
  cannibalisation: '− Kannibalisierung',
  net: '= Nettoumsatz',
  goods: '− Wareneinsatz',
  contacts: '− Servicekontakte',
  shipments: '− Retourenabwicklung',
  contribution: '= Deckungsbeitrag',
};

const WATERFALL_TITLES: Readonly<Record<WaterfallScenario['id'], string>> = {
  base: 'ohne Cross-Selling',
  cross: 'mit Cross-Selling',
};

/** A waterfall step with the label the charts show. */
export interface LabelledStep extends WaterfallStep {
  label: string;
}

/** The waterfalls without and with cross-selling, titled and labelled in German for the charts. */
export function labelledWaterfalls(inputs: CrossSellingInputs): { title: string; steps: LabelledStep[] }[] {
  const { base, cross } = waterfall(inputs);
  return [base, cross].map((scenario) => ({
    title: WATERFALL_TITLES[scenario.id],
    steps: scenario.steps.map((step) => ({ ...step, label: WATERFALL_LABELS[step.key] })),
  }));
}
