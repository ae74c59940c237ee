// The qualification scorecard: frameworks with criteria, editorial weights and next questions; score, light, open criteria.

import type { ChoiceSpec, FieldSpec } from './fields';
import { roundTo2 } from './number';

export type FrameworkId = 'bant' | 'meddpicc' | 'champ';

/** How far a criterion is met: 0 nicht erfüllt, 0.5 teilweise, 1 erfüllt; null: not rated yet. */
export type Rating = 0 | 0.5 | 1 | null;

export interface Criterion {
  /**
   * Share-link parameter of the rating, unique across frameworks (first letter of the framework, an
   * underscore, the criterion: "b_need"); the weight's parameter is the same with "_w".
   */
  param: string;
  /** The framework's own name of the criterion: "Need", "Economic Buyer". */
  name: string;
  /** The German name: "Bedarf", "wirtschaftlicher Entscheider". */
  german: string;
  /** One line in our words: what it takes for the criterion to be met. */
  explanation: string;
  /** One or two questions that move the criterion forward while it is not fully met. */
  questions: readonly string[];
  /** Editorial default weight (0 to 10); the page states why. */
  weight: number;
}

export interface Framework {
  id: FrameworkId;
  name: string;
  criteria: readonly Criterion[];
  /** Why the default weights are what they are, in one or two sentences (shown on the page). */
  weightReason: string;
}

/** The weights a reader may set; 10 leaves room above the defaults (1 to 3) without inviting extremes. */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;

/**
 * The light's thresholds on the score in percent: grün from 75 %, gelb from 50 %, below that rot.
 * A quarter of the weight missing still counts as qualified; half of it missing does not.
 */
export const THRESHOLDS = { gruen: 75, gelb: 50 } as const;

// Texts are our own words. Sources for the frameworks' content: DOMAIN.md and the entries bant, meddic, champ.
export const FRAMEWORKS: readonly Framework[] = [
  {
    id: 'bant',
    name: 'BANT',
    weightReason:
      'Need wiegt am meisten, weil es ohne Bedarf kein Geschäft gibt und ein Budget oft erst entsteht, wenn der Bedarf erkannt ist. Timeline wiegt am wenigsten: Ein Termin ohne Anlass ist ein Wunsch.',
    criteria: [
      {
        param: 'b_budget', name: 'Budget', german: 'Budget', weight: 2,
        explanation: 'Für eine Lösung ist Geld vorgesehen oder lässt sich beschaffen.',
        questions: [
          '„Ist für dieses Vorhaben im laufenden Jahr Budget freigegeben – und in welcher Höhe?“',
          '„Wie haben Sie vergleichbare Anschaffungen bisher finanziert?“',
        ],
      },
      {
        param: 'b_authority', name: 'Authority', german: 'Entscheidungsbefugnis', weight: 2,
        explanation: 'Sie wissen, wer entscheidet, wer mitredet und wer den Kauf stoppen kann.',
        questions: [
          '„Wer außer Ihnen entscheidet mit, und wer unterschreibt am Ende?“',
          '„Wie ist die Entscheidung bei der letzten vergleichbaren Anschaffung gefallen?“',
        ],
      },
      {
        param: 'b_need', name: 'Need', german: 'Bedarf', weight: 3,
        explanation: 'Der Kunde hat ein Problem, das Ihr Angebot löst, und es ist ihm wichtig genug.',
        questions: [
          '„Was passiert, wenn Sie alles so lassen, wie es ist?“',
          '„Woran merken Sie das Problem im Alltag, und was kostet es Sie?“',
        ],
      },
      {
        param: 'b_timeline', name: 'Timeline', german: 'Zeitrahmen', weight: 1,
        explanation: 'Es gibt einen Termin für die Lösung und einen Anlass, der ihn trägt.',
        questions: [
          '„Bis wann muss die Lösung laufen, und was geschieht, wenn es später wird?“',
          '„Welches Ereignis gibt diesen Termin vor?“',
        ],
      },
    ],
  },
  {
    id: 'meddpicc',
    name: 'MEDDPICC',
    weightReason:
      'Identify Pain und Economic Buyer wiegen am meisten: Ohne spürbaren Schmerz und ohne Zugang zu dem, der das Geld freigibt, fällt oft gar keine Entscheidung. Champion, Metrics und Decision Process entscheiden, ob und wann Sie gewinnen; Decision Criteria, Paper Process und Competition verschieben eher Termin und Konditionen.',
    criteria: [
      {
        param: 'm_metrics', name: 'Metrics', german: 'Kennzahlen', weight: 2,
        explanation: 'Der Kunde hat den Nutzen selbst beziffert, in Euro, Stunden oder Prozent.',
        questions: [
          '„Woran messen Sie in einem Jahr, ob sich die Lösung gelohnt hat?“',
          '„Mit welcher Zahl begründen Sie die Investition vor Ihrer Geschäftsführung?“',
        ],
      },
      {
        param: 'm_buyer', name: 'Economic Buyer', german: 'wirtschaftlicher Entscheider', weight: 3,
        explanation: 'Sie kennen die Person, die das Geld freigibt, und haben mit ihr gesprochen.',
        questions: [
          '„Wer gibt das Budget am Ende frei – und können wir gemeinsam mit dieser Person sprechen?“',
          '„Was muss diese Person sehen, um Ja zu sagen?“',
        ],
      },
      {
        param: 'm_criteria', name: 'Decision Criteria', german: 'Entscheidungskriterien', weight: 1,
        explanation: 'Sie wissen, woran der Kunde die Angebote misst und was am schwersten wiegt.',
        questions: [
          '„Nach welchen Kriterien vergleichen Sie die Angebote, und welches zählt am meisten?“',
          '„Gibt es eine Liste der Anforderungen, die wir sehen dürfen?“',
        ],
      },
      {
        param: 'm_process', name: 'Decision Process', german: 'Entscheidungsprozess', weight: 2,
        explanation: 'Sie kennen die Schritte, Gremien und Termine bis zur Entscheidung.',
        questions: [
          '„Welche Schritte und Gremien liegen zwischen heute und der Entscheidung?“',
          '„Wer muss bis wann zustimmen, damit Ihr Termin hält?“',
        ],
      },
      {
        param: 'm_paper', name: 'Paper Process', german: 'Weg zur Unterschrift', weight: 1,
        explanation: 'Sie wissen, was zwischen Zusage und Unterschrift geschieht: Einkauf, Recht, Freigaben.',
        questions: [
          '„Was passiert nach Ihrer Zusage bis zur Unterschrift, und wer prüft den Vertrag?“',
          '„Wie lange hat das bei Ihrem letzten Vertrag dieser Größe gedauert?“',
        ],
      },
      {
        param: 'm_pain', name: 'Identify Pain', german: 'Schmerz erkennen', weight: 3,
        explanation: 'Ein geschäftliches Problem zwingt den Kunden zum Handeln, und Sie kennen es.',
        questions: [
          '„Was kostet Sie das Problem heute, im Monat oder im Jahr?“',
          '„Was passiert, wenn Sie in den nächsten zwölf Monaten nichts ändern?“',
        ],
      },
      {
        param: 'm_champion', name: 'Champion', german: 'Fürsprecher', weight: 2,
        explanation: 'Jemand mit Einfluss beim Kunden setzt sich aktiv für Ihre Lösung ein.',
        questions: [
          '„Wer bei Ihnen gewinnt am meisten, wenn das Projekt gelingt?“',
          '„Würden Sie uns einen Termin beim Entscheider besorgen und ihn mit uns vorbereiten?“',
        ],
      },
      {
        param: 'm_competition', name: 'Competition', german: 'Wettbewerb', weight: 1,
        explanation: 'Sie wissen, gegen wen Sie antreten: andere Anbieter, Eigenbau oder Nichtstun.',
        questions: [
          '„Welche anderen Wege prüfen Sie gerade, auch eine eigene Lösung?“',
          '„Was spräche aus Ihrer Sicht dafür, alles so zu lassen?“',
        ],
      },
    ],
  },
  {
    id: 'champ',
    name: 'CHAMP',
    weightReason:
      'Challenges wiegt am meisten, weil Geld und Priorität davon abhängen, wie groß das Problem ist. Authority, Money und Prioritization zählen gleich: Fehlt eines davon, wird selbst ein echtes Problem nicht gelöst.',
    criteria: [
      {
        param: 'c_challenges', name: 'Challenges', german: 'Herausforderungen', weight: 3,
        explanation: 'Sie kennen das Problem des Kunden, seine Folgen und was es ihn kostet.',
        questions: [
          '„Woran merken Sie das Problem, und was kostet es Sie im Jahr?“',
          '„Was haben Sie schon versucht, um es zu lösen?“',
        ],
      },
      {
        param: 'c_authority', name: 'Authority', german: 'Entscheider', weight: 2,
        explanation: 'Sie wissen, wer entscheidet, wer mitredet und wer blockieren kann.',
        questions: [
          '„Wer war bei der letzten vergleichbaren Anschaffung beteiligt?“',
          '„Wer könnte das Vorhaben noch stoppen?“',
        ],
      },
      {
        param: 'c_money', name: 'Money', german: 'Geld', weight: 2,
        explanation: 'Geld steht bereit oder lässt sich beschaffen, in der passenden Größenordnung.',
        questions: [
          '„In welcher Größenordnung planen Sie, um dieses Problem zu lösen?“',
          '„Aus welchem Budget würde das bezahlt, und wer gibt es frei?“',
        ],
      },
      {
        param: 'c_priority', name: 'Prioritization', german: 'Priorität', weight: 2,
        explanation: 'Das Vorhaben steht weit genug oben auf der Liste des Kunden, mit Zeit und Personal.',
        questions: [
          '„Welche Projekte haben in diesem Jahr Vorrang vor diesem?“',
          '„Wer arbeitet ab wann daran, und mit wie viel Zeit?“',
        ],
      },
    ],
  },
];

/** The three levels a reader can choose, in the order of the radio buttons. */
export const RATING_LABELS = ['nicht erfüllt', 'teilweise', 'erfüllt'] as const;

/** A rating in the share link: 0 nicht erfüllt, 1 teilweise, 2 erfüllt; absent: not rated. */
export const RATING_CHOICES = ['0', '1', '2'] as const;

/** The rating a link value or radio button stands for ('0', '1', '2'); anything else: not rated. */
export function ratingOf(choice: string | undefined): Rating {
  return choice === '0' ? 0 : choice === '1' ? 0.5 : choice === '2' ? 1 : null;
}

/** The link parameter of a criterion's weight: its rating parameter with "_w" (b_need → b_need_w). */
export const weightParam = (criterion: Criterion): string => `${criterion.param}_w`;

/** The framework parameter of the share link: f=bant|meddpicc|champ, BANT by default. */
export const FRAMEWORK_PARAM: ChoiceSpec = { name: 'f', label: 'Raster', choices: ['bant', 'meddpicc', 'champ'], default: 'bant' };

/** One rating parameter per criterion (0, 1 or 2), without a default: absent means not rated. */
export function ratingParams(frameworks: readonly Framework[]): ChoiceSpec[] {
  return frameworks.flatMap((fw) =>
    fw.criteria.map((c) => ({ name: c.param, label: `${c.name} (${fw.name})`, choices: RATING_CHOICES })),
  );
}

/** One weight field per criterion, a German number input from 0 to 10 with the editorial default. */
export function weightFields(frameworks: readonly Framework[]): FieldSpec[] {
  return frameworks.flatMap((fw) =>
    fw.criteria.map((c) => ({
      name: weightParam(c),
      label: `Gewicht ${c.name}`,
      unit: 'count' as const,
      default: c.weight,
      min: WEIGHT_MIN,
      max: WEIGHT_MAX,
      help: `Von ${WEIGHT_MIN} bis ${WEIGHT_MAX}, Vorgabe ${c.weight}.`,
      group: `Gewichte für ${fw.name}`,
      advanced: true,
      short: c.name,
    })),
  );
}

export interface ScoreItem {
  weight: number;
  rating: Rating;
}

/** The weight and rating of each criterion of a framework, from a form's values and choices. */
export function scoreItems(
  framework: Framework,
  weights: Readonly<Record<string, number>>,
  choices: Readonly<Record<string, string | undefined>>,
): ScoreItem[] {
  return framework.criteria.map((c) => ({ weight: weights[weightParam(c)] ?? c.weight, rating: ratingOf(choices[c.param]) }));
}

export type Light = 'gruen' | 'gelb' | 'rot';

export interface ScoreResult {
  /** Weighted score in percent (0 to 100); null when nothing is rated or every weight is 0. */
  score: number | null;
  /** Why there is no score: nothing rated yet, or no weight; null when there is one. */
  none: 'unrated' | 'weights' | null;
  light: Light | null;
  /** Index of the criterion that held the light at gelb instead of grün (see `light`), or null. */
  cap: number | null;
  /** How many criteria are rated. */
  rated: number;
  /** Indices of the criteria not fully met (not rated included), highest weight first, ties in framework order. */
  open: number[];
}

/**
 * Scores a framework's criteria.
 * - Score: sum(weight × rating) / sum(weight) in percent. A criterion not rated counts as nicht
 *   erfüllt, because what the seller does not know is a risk (the MEDDIC idea), but only once at
 *   least one criterion is rated: before that the score is null, not 0 %.
 * - Light: grün from 75 %, gelb from 50 %, rot below, on the score as shown (two decimals). A
 *   criterion that is not met at all (or not rated) and has the highest weight of all criteria holds
 *   grün at gelb: a high share of the weight must not hide a gap in what matters most.
 */
export function scoreCard(items: readonly ScoreItem[]): ScoreResult {
  const rated = items.filter((i) => i.rating !== null).length;
  const open = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.rating !== 1)
    .sort((a, b) => b.item.weight - a.item.weight || a.index - b.index)
    .map(({ index }) => index);
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  const none = rated === 0 ? 'unrated' : total > 0 ? null : 'weights';
  if (none) return { score: null, none, light: null, cap: null, rated, open };

  const met = items.reduce((sum, i) => sum + i.weight * (i.rating ?? 0), 0);
  // The quotient of sums of non-negative terms lies in [0, 1]; the clamp guards against rounding.
  const score = Math.min(100, Math.max(0, (100 * met) / total)) + 0;
  const shown = roundTo2(score);
  let light: Light = shown >= THRESHOLDS.gruen ? 'gruen' : shown >= THRESHOLDS.gelb ? 'gelb' : 'rot';
  let cap: number | null = null;
  if (light === 'gruen') {
    const top = Math.max(...items.map((i) => i.weight));
    const gap = items.findIndex((i) => i.weight === top && (i.rating ?? 0) === 0);
    if (gap >= 0) {
      light = 'gelb';
      cap = gap;
    }
  }
  return { score, none, light, cap, rated, open };
}

/** What the light says, and the sentences for the cases without a score; `{x}` is a criterion's name. */
export const LIGHT_TEXTS = {
  gruen: { label: 'Grün', advice: 'Gut qualifiziert: weiterverfolgen und die offenen Punkte klären.' },
  gelb: { label: 'Gelb', advice: 'Lücken schließen, bevor Sie viel Zeit investieren.' },
  rot: { label: 'Rot', advice: 'So nicht qualifiziert: erst die wichtigsten Punkte klären oder die Chance zurückstellen.' },
  cap: 'Gelb statt Grün, weil {x} gar nicht erfüllt ist, obwohl es am höchsten gewichtet ist.',
  unrated: 'Noch nichts bewertet. Sobald Sie ein Kriterium bewerten, erscheinen Score und Ampel; was Sie nicht bewerten, zählt dann als nicht erfüllt.',
  weights: 'Alle Gewichte sind 0. Ohne Gewicht lässt sich kein Score berechnen.',
} as const;

