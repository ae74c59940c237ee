// Tests of the qualification scorecard: frameworks, score, light, open criteria and the share link.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FRAMEWORKS,
  FRAMEWORK_PARAM,
  LIGHT_TEXTS,
  RATING_CHOICES,
  THRESHOLDS,
  WEIGHT_MAX,
  ratingOf,
  ratingParams,
  scoreCard,
  scoreItems,
  weightFields,
  weightParam,
  type Framework,
  type Rating,
  type ScoreItem,
} from '../../../src/lib/calc/qualification';
import { readParams, writeParams, type ParamSpec } from '../../../src/lib/calc/fields';

function framework(id: string): Framework {
  const fw = FRAMEWORKS.find((f) => f.id === id);
  if (!fw) throw new Error(`no framework ${id}`);
  return fw;
}

/** Every parameter the scorecard page's share link may carry: framework, ratings, weights. */
function scorecardParams(frameworks: readonly Framework[]): ParamSpec[] {
  return [FRAMEWORK_PARAM, ...ratingParams(frameworks), ...weightFields(frameworks)];
}

const BANT = framework('bant');
const MEDDPICC = framework('meddpicc');
const CHAMP = framework('champ');

/** BANT's default weights with the given ratings (in framework order: Budget, Authority, Need, Timeline). */
const bant = (...ratings: Rating[]): ScoreItem[] => BANT.criteria.map((c, i) => ({ weight: c.weight, rating: ratings[i] ?? null }));

const rating: fc.Arbitrary<Rating> = fc.constantFrom<Rating>(null, 0, 0.5, 1);
const weight = fc.oneof(fc.integer({ min: 0, max: WEIGHT_MAX }), fc.integer({ min: 0, max: WEIGHT_MAX * 100 }).map((n) => n / 100));
const items: fc.Arbitrary<ScoreItem[]> = fc.array(fc.record({ weight, rating }), { minLength: 1, maxLength: 8 });

const RANK: Record<string, number> = { null: 0, 0: 1, 0.5: 2, 1: 3 };

describe('FRAMEWORKS', () => {
  it('has BANT, MEDDPICC and CHAMP with their criteria in the order of the acronym', () => {
    expect(FRAMEWORKS.map((f) => f.id)).toEqual(FRAMEWORK_PARAM.choices);
    expect(BANT.criteria.map((c) => c.name)).toEqual(['Budget', 'Authority', 'Need', 'Timeline']);
    expect(MEDDPICC.criteria.map((c) => c.name)).toEqual([
      'Metrics', 'Economic Buyer', 'Decision Criteria', 'Decision Process', 'Paper Process', 'Identify Pain', 'Champion', 'Competition',
    ]);
    expect(CHAMP.criteria.map((c) => c.name)).toEqual(['Challenges', 'Authority', 'Money', 'Prioritization']);
  });

  it('gives every criterion a unique parameter, a German one-line explanation, one or two quoted questions and a default weight in range', () => {
    const params = FRAMEWORKS.flatMap((f) => f.criteria.map((c) => c.param));
    expect(new Set(params).size).toBe(params.length);
    for (const fw of FRAMEWORKS) {
      expect(fw.weightReason.length).toBeGreaterThan(40);
      for (const c of fw.criteria) {
        expect(c.param).toMatch(new RegExp(`^${fw.id[0]}_[a-z]+$`));
        expect(c.explanation, c.param).toMatch(/^[A-ZÄÖÜ][^.!?]*\.$/);
        expect(c.questions.length, c.param).toBeGreaterThanOrEqual(1);
        expect(c.questions.length, c.param).toBeLessThanOrEqual(2);
        for (const q of c.questions) expect(q, c.param).toMatch(/^„[^„“]+\?“$/);
        expect(c.weight).toBeGreaterThan(0);
        expect(c.weight).toBeLessThanOrEqual(WEIGHT_MAX);
      }
    }
  });

  it('weights the customer’s problem highest in each framework (the editorial choice stated on the page)', () => {
    const top = (fw: Framework) => fw.criteria.filter((c) => c.weight === Math.max(...fw.criteria.map((x) => x.weight))).map((c) => c.name);
    expect(top(BANT)).toEqual(['Need']);
    expect(top(MEDDPICC)).toEqual(['Economic Buyer', 'Identify Pain']);
    expect(top(CHAMP)).toEqual(['Challenges']);
    expect(BANT.criteria.find((c) => c.name === 'Timeline')!.weight).toBe(1);
  });
});

describe('share-link parameters', () => {
  it('reads 0, 1 and 2 as nicht erfüllt, teilweise and erfüllt, and anything else as not rated', () => {
    expect([ratingOf('0'), ratingOf('1'), ratingOf('2'), ratingOf(undefined), ratingOf('3')]).toEqual([0, 0.5, 1, null, null]);
  });

  it('describes a rating choice and a weight field for every criterion', () => {
    expect(ratingParams([BANT])[2]).toEqual({ name: 'b_need', label: 'Need (BANT)', choices: RATING_CHOICES });
    expect(weightFields([BANT])[2]).toEqual({
      name: 'b_need_w', label: 'Gewicht Need', unit: 'count', default: 3, min: 0, max: 10, help: 'Von 0 bis 10, Vorgabe 3.', group: 'Gewichte für BANT', advanced: true, short: 'Need',
    });
    expect(scorecardParams(FRAMEWORKS)).toHaveLength(1 + 2 * 16);
  });

  it('names a bad framework, rating or weight and keeps the rest', () => {
    const { choices, values, ignored } = readParams(scorecardParams(FRAMEWORKS), new URLSearchParams('f=spin&b_need=5&b_budget=2&b_need_w=11&x=1'));
    expect(choices).toEqual({ f: 'bant', b_budget: '2' });
    expect(values['b_need_w']).toBe(3);
    expect(ignored.map((i) => `${i.name}: ${i.reason}`)).toEqual([
      'f: Erlaubt sind bant, meddpicc oder champ.',
      'b_need: Erlaubt sind 0, 1 oder 2.',
      'b_need_w: Höchstens 10.',
      'x: unbekannter Parameter',
    ]);
  });

  it('round-trips any state through the link: write, then read gives the same framework, ratings and weights', () => {
    const specs = scorecardParams(FRAMEWORKS);
    const weights = fc.record(
      Object.fromEntries(weightFields(FRAMEWORKS).map((f) => [f.name, fc.oneof(fc.constant(f.default), weight)])),
    );
    const ratings = fc.record(
      Object.fromEntries(ratingParams(FRAMEWORKS).map((p) => [p.name, fc.option(fc.constantFrom(...RATING_CHOICES), { nil: undefined })])),
    );
    fc.assert(
      fc.property(fc.constantFrom('bant', 'meddpicc', 'champ'), ratings, weights, (f, r, w) => {
        const link = writeParams(specs, w, { f, ...r }).toString();
        const back = readParams(specs, new URLSearchParams(link));
        expect(back.ignored).toEqual([]);
        expect(back.values).toEqual(w);
        expect(back.choices).toEqual(Object.fromEntries(Object.entries({ f, ...r }).filter(([, v]) => v !== undefined)));
      }),
    );
  });

  it('writes nothing for the default state and only what differs otherwise', () => {
    const specs = scorecardParams(FRAMEWORKS);
    const defaults = Object.fromEntries(weightFields(FRAMEWORKS).map((f) => [f.name, f.default]));
    expect(writeParams(specs, defaults, { f: 'bant' }).toString()).toBe('');
    expect(writeParams(specs, { ...defaults, m_pain_w: 5 }, { f: 'meddpicc', m_pain: '2' }).toString()).toBe('f=meddpicc&m_pain=2&m_pain_w=5');
  });
});

describe('scoreCard: examples', () => {
  it('has no score and no light while nothing is rated, and lists every criterion by weight', () => {
    expect(scoreCard(bant())).toEqual({ score: null, none: 'unrated', light: null, cap: null, rated: 0, open: [2, 0, 1, 3] });
  });

  it('gives 100 % and grün when everything is met', () => {
    expect(scoreCard(bant(1, 1, 1, 1))).toEqual({ score: 100, none: null, light: 'gruen', cap: null, rated: 4, open: [] });
  });

  it('gives 0 % and rot when nothing is met', () => {
    expect(scoreCard(bant(0, 0, 0, 0))).toMatchObject({ score: 0, light: 'rot', open: [2, 0, 1, 3] });
  });

  it('weights the ratings as computed by hand', () => {
    // Budget 2 × 1 + Authority 2 × 0,5 + Need 3 × 1 + Timeline 1 × 0 = 6 of 8 = 75 %.
    expect(scoreCard(bant(1, 0.5, 1, 0))).toMatchObject({ score: 75, light: 'gruen', open: [1, 3] });
    // Need unmet instead: 2 + 1 + 0 + 1 = 4 of 8 = 50 %.
    expect(scoreCard(bant(1, 0.5, 0, 1))).toMatchObject({ score: 50, light: 'gelb', open: [2, 1] });
    // Equal weights: the same ratings give (1 + 0,5 + 0 + 1) / 4 = 62,5 %.
    const equal = bant(1, 0.5, 0, 1).map((i) => ({ ...i, weight: 1 }));
    expect(scoreCard(equal).score).toBe(62.5);
    // Need weighted 10: (2 + 1 + 0 + 1) / 15 = 26,67 %.
    const needHeavy = bant(1, 0.5, 0, 1).map((i, k) => (k === 2 ? { ...i, weight: 10 } : i));
    expect(scoreCard(needHeavy).score).toBeCloseTo(26.666, 2);
    expect(scoreCard(needHeavy).light).toBe('rot');
  });

  it('counts criteria not rated as nicht erfüllt once one is rated', () => {
    // Only Need rated erfüllt: 3 of 8 = 37,5 %.
    expect(scoreCard(bant(null, null, 1, null))).toMatchObject({ score: 37.5, light: 'rot', rated: 1, open: [0, 1, 3] });
  });

  it('has no score when every weight is 0', () => {
    const zero = bant(1, 0, 0.5, 1).map((i) => ({ ...i, weight: 0 }));
    expect(scoreCard(zero)).toMatchObject({ score: null, none: 'weights', light: null });
  });

  it('holds grün at gelb when a criterion of the highest weight is not met at all', () => {
    // MEDDPICC: everything met but Identify Pain (3 of 15): 80 %, but Pain carries the top weight.
    const items = MEDDPICC.criteria.map((c) => ({ weight: c.weight, rating: (c.name === 'Identify Pain' ? 0 : 1) as Rating }));
    expect(scoreCard(items)).toMatchObject({ score: 80, light: 'gelb', cap: 5, open: [5] });
    // Partly met is not a gap: the light stays grün at (15 − 1,5) / 15 = 90 %.
    items[5]!.rating = 0.5;
    expect(scoreCard(items)).toMatchObject({ score: 90, light: 'gruen', cap: null });
    // A gap in a lower weight does not hold the light: Competition (1) unmet gives 93,33 %, grün.
    const competition = MEDDPICC.criteria.map((c) => ({ weight: c.weight, rating: (c.name === 'Competition' ? 0 : 1) as Rating }));
    expect(scoreCard(competition)).toMatchObject({ light: 'gruen', cap: null });
  });

  it('applies the thresholds to the score as shown, so 74,996 % (shown as 75 %) is grün and 74,994 % gelb', () => {
    expect(scoreCard([{ weight: 7.4996, rating: 1 }, { weight: 2.5004, rating: 0 }])).toMatchObject({ light: 'gruen' });
    expect(scoreCard([{ weight: 7.4994, rating: 1 }, { weight: 2.5006, rating: 0 }])).toMatchObject({ light: 'gelb' });
    expect(scoreCard([{ weight: 1, rating: 1 }, { weight: 1, rating: 0 }])).toMatchObject({ score: 50, light: 'gelb' });
    expect(scoreCard([{ weight: 1, rating: 0.5 }, { weight: 1, rating: 0.5 }, { weight: 2, rating: 0 }])).toMatchObject({ score: 25, light: 'rot' });
  });

  it('reads the items of a framework from the form, with defaults for missing weights', () => {
    expect(scoreItems(BANT, { b_need_w: 7 }, { b_need: '2', b_budget: '1' })).toEqual([
      { weight: 2, rating: 0.5 }, { weight: 2, rating: null }, { weight: 7, rating: 1 }, { weight: 1, rating: null },
    ]);
  });

  it('has a German text for every light and case', () => {
    expect(LIGHT_TEXTS.cap).toContain('{x}');
    for (const l of ['gruen', 'gelb', 'rot'] as const) expect(LIGHT_TEXTS[l].advice).toMatch(/\.$/);
  });
});

describe('scoreCard: properties', () => {
  it('gives a score in [0, 100] or null, never NaN or -0, and a light exactly when there is a score', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = scoreCard(xs);
        if (r.score === null) {
          expect(r.light).toBeNull();
          expect(r.none).toBe(xs.every((i) => i.rating === null) ? 'unrated' : 'weights');
        } else {
          expect(Number.isFinite(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(Object.is(r.score, -0)).toBe(false);
          expect(r.light).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the score when a rating is raised (once something is rated)', () => {
    fc.assert(
      fc.property(items, fc.nat(), rating, (xs, at, to) => {
        const k = at % xs.length;
        const from = xs[k]!.rating;
        fc.pre(RANK[String(to)]! > RANK[String(from)]!);
        const before = scoreCard(xs);
        const after = scoreCard(xs.map((x, i) => (i === k ? { ...x, rating: to } : x)));
        if (before.score !== null && after.score !== null) expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-9);
        // Rating something can only give a score where there was none, never take it away.
        if (before.score !== null) expect(after.score).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the score unchanged when all weights are scaled by the same positive factor', () => {
    fc.assert(
      fc.property(items, fc.double({ min: 0.01, max: 100, noNaN: true }), (xs, factor) => {
        const a = scoreCard(xs).score;
        const b = scoreCard(xs.map((x) => ({ ...x, weight: x.weight * factor }))).score;
        if (a === null) expect(b).toBeNull();
        else expect(Math.abs(b! - a)).toBeLessThan(1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('lists as open exactly the criteria not fully met, by weight from highest, ties in framework order', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const { open } = scoreCard(xs);
        const expected = xs.map((x, i) => i).filter((i) => xs[i]!.rating !== 1);
        expect([...open].sort((a, b) => a - b)).toEqual(expected);
        for (let j = 1; j < open.length; j++) {
          const prev = xs[open[j - 1]!]!.weight;
          const cur = xs[open[j]!]!.weight;
          expect(prev > cur || (prev === cur && open[j - 1]! < open[j]!)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('shows grün only when the score is at least 75 % and no top-weighted criterion is unmet', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = scoreCard(xs);
        if (r.light !== 'gruen') return;
        expect(r.score!).toBeGreaterThanOrEqual(THRESHOLDS.gruen - 0.005);
        const top = Math.max(...xs.map((x) => x.weight));
        expect(xs.some((x) => x.weight === top && (x.rating ?? 0) === 0)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('names the criterion that holds the light at gelb, and only when the score alone would be grün', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const r = scoreCard(xs);
        if (r.cap === null) return;
        expect(r.light).toBe('gelb');
        expect(r.score!).toBeGreaterThanOrEqual(THRESHOLDS.gruen - 0.005);
        expect(xs[r.cap]!.rating ?? 0).toBe(0);
        expect(xs[r.cap]!.weight).toBe(Math.max(...xs.map((x) => x.weight)));
      }),
      { numRuns: 500 },
    );
  });

  it('names each weight parameter after its rating parameter with _w', () => {
    for (const fw of FRAMEWORKS) for (const c of fw.criteria) expect(weightParam(c)).toBe(`${c.param}_w`);
  });
});
