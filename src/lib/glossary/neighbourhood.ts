/**
 * The neighbourhood of an entry for its map („Begriffsnetz“): which other entries matter most to it,
 * and which matter most to those. A pure function of the link graph and the `related` lists.
 *
 * The rule (also in docs/autoren.md, „Karte des Glossars“). Four signals connect an entry E to another C:
 * E's text links C (outgoing), C's text links E (incoming), E names C in `related`, C names E in
 * `related`. C ranks by
 *   1. its tier, the strongest relation it has with E:
 *      tier 1 – links in both directions (each text needs the other: the strongest, content-backed bond);
 *      tier 2 – `related`, in either direction (an author's deliberate judgement about the pair; one
 *               author naming it is enough, the lists are curated);
 *      tier 3 – only E's text links C (E is explained with the help of C);
 *      tier 4 – only C's text links E (a mention elsewhere, often in passing);
 *      entries without any signal are no neighbours;
 *   2. the number of the four signals (a pair that is related both ways and linked one way beats one
 *      that is only related);
 *   3. how connected C is overall: its outgoing plus incoming text links (hubs first, they lead on);
 *   4. German A–Z of the title (DIN 5007, alphabet.ts), then the slug, so the order is total.
 *
 * The neighbourhood holds at most MAX_DIRECT direct neighbours (the best-ranked), and behind each of
 * them at most MAX_BEHIND of its own neighbours. No entry appears twice: never the centre, never a
 * direct neighbour again, never behind two direct neighbours. Who gets an entry that could stand
 * behind several: the direct neighbours choose in turns (round-robin in their rank order), each
 * taking its best-ranked entry not yet shown. An entry that is the first choice of two goes to the
 * more important direct neighbour, and no direct neighbour is starved by a stronger one that would
 * otherwise take all shared entries.
 */
import { compareGerman } from './alphabet';

export const MAX_DIRECT = 5;
export const MAX_BEHIND = 4;

/** What the ranking needs to know of the glossary; buildGraph's maps fit. */
export interface NeighbourInput {
  /** Every entry's slug and title. */
  titles: ReadonlyMap<string, string>;
  /** Entries each entry's text links to. */
  outgoing: ReadonlyMap<string, readonly string[]>;
  /** Entries whose text links to each entry. */
  backlinks: ReadonlyMap<string, readonly string[]>;
  /** Each entry's `related` list. */
  related: ReadonlyMap<string, readonly string[]>;
}

export type Tier = 1 | 2 | 3 | 4;

/** A neighbour of an entry with the reason it ranks where it does. */
export interface RankedNeighbour {
  slug: string;
  tier: Tier;
  /** How many of the four signals connect the two (1 to 4). */
  signals: number;
}

export interface Neighbourhood {
  centre: string;
  direct: { slug: string; behind: string[] }[];
}

export interface NeighbourIndex {
  /** All neighbours of an entry, most important first; empty for an unknown slug. */
  rank(slug: string): RankedNeighbour[];
  /** The entry's neighbourhood for its map. */
  neighbourhood(slug: string): Neighbourhood;
}

/**
 * Prepares the ranking once per build (sets and reverse `related` lists), so that ranking one entry
 * costs only its own neighbours. Links or `related` slugs to unknown entries are ignored here
 * (buildGraph reports them and stops the build).
 */
export function neighbourIndex(input: NeighbourInput): NeighbourIndex {
  const known = (slug: string) => input.titles.has(slug);
  const setOf = (map: ReadonlyMap<string, readonly string[]>) =>
    new Map([...input.titles.keys()].map((slug) => [slug, new Set((map.get(slug) ?? []).filter(known))]));
  const out = setOf(input.outgoing);
  const inc = setOf(input.backlinks);
  const rel = setOf(input.related);
  const relBy = new Map<string, Set<string>>([...input.titles.keys()].map((s) => [s, new Set<string>()]));
  for (const [slug, list] of rel) for (const target of list) relBy.get(target)!.add(slug);
  const degree = (slug: string) => out.get(slug)!.size + inc.get(slug)!.size;

  const cache = new Map<string, RankedNeighbour[]>();
  function rank(slug: string): RankedNeighbour[] {
    const cached = cache.get(slug);
    if (cached) return cached;
    if (!known(slug)) return [];
    const o = out.get(slug)!;
    const i = inc.get(slug)!;
    const r = rel.get(slug)!;
    const rb = relBy.get(slug)!;
    const candidates = new Set([...o, ...i, ...r, ...rb]);
    candidates.delete(slug);
    const ranked = [...candidates].map((c): RankedNeighbour => {
      const signals = Number(o.has(c)) + Number(i.has(c)) + Number(r.has(c)) + Number(rb.has(c));
      const tier: Tier = o.has(c) && i.has(c) ? 1 : r.has(c) || rb.has(c) ? 2 : o.has(c) ? 3 : 4;
      return { slug: c, tier, signals };
    });
    ranked.sort(
      (a, b) =>
        a.tier - b.tier ||
        b.signals - a.signals ||
        degree(b.slug) - degree(a.slug) ||
        compareGerman(input.titles.get(a.slug)!, input.titles.get(b.slug)!) ||
        (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    );
    cache.set(slug, ranked);
    return ranked;
  }

  function neighbourhood(centre: string): Neighbourhood {
    const direct = rank(centre).slice(0, MAX_DIRECT).map((n) => n.slug);
    const shown = new Set([centre, ...direct]);
    const queues = direct.map((d) => rank(d).map((n) => n.slug));
    const behind = direct.map((): string[] => []);
    for (let round = 0; round < MAX_BEHIND; round++) {
      direct.forEach((_, k) => {
        const next = queues[k]!.find((s) => !shown.has(s));
        if (next === undefined) return;
        shown.add(next);
        behind[k]!.push(next);
      });
    }
    return { centre, direct: direct.map((slug, k) => ({ slug, behind: behind[k]! })) };
  }

  return { rank, neighbourhood };
}
