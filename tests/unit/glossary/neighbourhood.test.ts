import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_BEHIND, MAX_DIRECT, neighbourIndex, type NeighbourInput } from '../../../src/lib/glossary/neighbourhood';

/** A glossary from text links ("a>b" = a's text links b) and related lists; titles are the slugs unless given. */
function glossary(links: string[], related: Record<string, string[]> = {}, titles: Record<string, string> = {}): NeighbourInput {
  const slugs = new Set<string>([...Object.keys(related), ...Object.values(related).flat(), ...Object.keys(titles)]);
  const pairs = links.map((l) => l.split('>') as [string, string]);
  for (const [a, b] of pairs) slugs.add(a).add(b);
  const outgoing = new Map([...slugs].map((s) => [s, [] as string[]]));
  const backlinks = new Map([...slugs].map((s) => [s, [] as string[]]));
  for (const [a, b] of pairs) {
    if (!outgoing.get(a)!.includes(b)) outgoing.get(a)!.push(b);
    if (!backlinks.get(b)!.includes(a)) backlinks.get(b)!.push(a);
  }
  return {
    titles: new Map([...slugs].map((s) => [s, titles[s] ?? s])),
    outgoing,
    backlinks,
    related: new Map([...slugs].map((s) => [s, related[s] ?? []])),
  };
}

const slugsOf = (list: { slug: string }[]) => list.map((n) => n.slug);

describe('the ranking of an entry’s neighbours', () => {
  it('puts links in both directions first, then related, then outgoing, then incoming links', () => {
    const g = glossary(['x>mutual', 'mutual>x', 'x>out', 'in>x'], { rel: ['x'] });
    const ranked = neighbourIndex(g).rank('x');
    expect(slugsOf(ranked)).toEqual(['mutual', 'rel', 'out', 'in']);
    expect(ranked.map((n) => n.tier)).toEqual([1, 2, 3, 4]);
  });

  it('counts related in either direction: named by the entry or naming it', () => {
    const g = glossary([], { x: ['own'], other: ['x'] });
    expect(slugsOf(neighbourIndex(g).rank('x')).sort()).toEqual(['other', 'own']);
    expect(neighbourIndex(g).rank('x').every((n) => n.tier === 2)).toBe(true);
  });

  it('ranks a pair with more signals higher within its tier', () => {
    // Both are mutual links; "both" is also related in both directions, "one" only in one.
    const g = glossary(['x>both', 'both>x', 'x>one', 'one>x', 'x>plain', 'plain>x'], { x: ['both', 'one'], both: ['x'] });
    expect(slugsOf(neighbourIndex(g).rank('x'))).toEqual(['both', 'one', 'plain']);
  });

  it('breaks ties by how many links the candidate has overall, then German A–Z', () => {
    const g = glossary(
      ['x>hub', 'x>Äpfel', 'x>Zebra', 'x>apfel', 'hub>a1', 'hub>a2', 'a3>hub'],
      {},
      { Äpfel: 'Äpfel', apfel: 'Apfel', Zebra: 'Zebra' },
    );
    // hub has 4 links; the others 1 each and are sorted A–Z with Ä beside A (DIN 5007).
    expect(slugsOf(neighbourIndex(g).rank('x'))).toEqual(['hub', 'apfel', 'Äpfel', 'Zebra']);
  });

  it('never ranks the entry itself and ignores targets that do not exist', () => {
    const g = glossary(['x>x', 'x>y']);
    const input = { ...g, related: new Map([...g.related, ['x', ['x', 'missing']]]) };
    expect(slugsOf(neighbourIndex(input).rank('x'))).toEqual(['y']);
    expect(neighbourIndex(input).rank('missing')).toEqual([]);
  });
});

describe('the neighbourhood of an entry', () => {
  // x links a1..a7 both ways (a1 the most connected); each ai links its own b's both ways.
  const links: string[] = [];
  for (let i = 1; i <= 7; i++) {
    links.push(`x>a${i}`, `a${i}>x`);
    for (let k = 1; k <= 6; k++) links.push(`a${i}>b${i}${k}`, `b${i}${k}>a${i}`);
    for (let k = 0; k < 8 - i; k++) links.push(`a${i}>hubfan${k}`);
  }
  const index = neighbourIndex(glossary(links));
  const hood = index.neighbourhood('x');

  it('has at most 5 direct neighbours, the best-ranked, in rank order', () => {
    expect(hood.centre).toBe('x');
    expect(hood.direct.map((d) => d.slug)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('has at most 4 entries behind each direct neighbour, in its rank order', () => {
    for (const d of hood.direct) {
      expect(d.behind).toHaveLength(MAX_BEHIND);
      expect(d.behind).toEqual(slugsOf(index.rank(d.slug)).filter((s) => s !== 'x' && !s.startsWith('a') && !s.startsWith('hubfan')).slice(0, 4));
    }
  });

  it('shows no entry twice and never the centre or a direct neighbour behind another', () => {
    // Here every b is shared: both a1 and a2 link them, and they link each other.
    const shared = ['x>a1', 'a1>x', 'x>a2', 'a2>x', 'a1>a2', 'a2>a1', 'a1>s1', 'a2>s1', 'a1>s2', 'a2>s2', 'a1>s3', 'a2>s3'];
    const h = neighbourIndex(glossary(shared)).neighbourhood('x');
    const all = [h.centre, ...h.direct.flatMap((d) => [d.slug, ...d.behind])];
    expect(new Set(all).size).toBe(all.length);
    expect(h.direct.map((d) => d.slug)).toEqual(['a1', 'a2']);
  });

  it('lets the direct neighbours choose shared entries in turns, the more important first', () => {
    // s1..s4 hang behind both a1 and a2 (same strength); a1 ranks first, so they alternate.
    const shared = ['x>a1', 'a1>x', 'x>a2', 'a2>x', 'x>a1'];
    for (const s of ['s1', 's2', 's3', 's4']) shared.push(`a1>${s}`, `${s}>a1`, `a2>${s}`, `${s}>a2`);
    shared.push('a1>extra');
    const h = neighbourIndex(glossary(shared)).neighbourhood('x');
    expect(h.direct).toEqual([
      { slug: 'a1', behind: ['s1', 's3', 'extra'] },
      { slug: 'a2', behind: ['s2', 's4'] },
    ]);
  });

  it('gives an entry with no neighbours an empty neighbourhood', () => {
    expect(neighbourIndex(glossary([], { alone: [] })).neighbourhood('alone')).toEqual({ centre: 'alone', direct: [] });
  });

  it('is the same on every call, whatever the order of the input', () => {
    const shuffled = glossary([...links].reverse());
    expect(neighbourIndex(shuffled).neighbourhood('x')).toEqual(hood);
  });
});

describe('neighbourhoods of random glossaries (property-based)', () => {
  const slugs = Array.from({ length: 14 }, (_, i) => `e${i}`);
  const arbGlossary = fc
    .record({
      links: fc.array(fc.tuple(fc.constantFrom(...slugs), fc.constantFrom(...slugs)), { maxLength: 80 }),
      related: fc.array(fc.tuple(fc.constantFrom(...slugs), fc.constantFrom(...slugs)), { maxLength: 30 }),
    })
    .map(({ links, related }) => {
      const rel: Record<string, string[]> = Object.fromEntries(slugs.map((s) => [s, []]));
      for (const [a, b] of related) if (a !== b && !rel[a]!.includes(b)) rel[a]!.push(b);
      return glossary(
        links.filter(([a, b]) => a !== b).map(([a, b]) => `${a}>${b}`),
        rel,
      );
    });

  it('respects the limits, shows every entry once, never the centre, and only entries that exist', () => {
    fc.assert(
      fc.property(arbGlossary, fc.constantFrom(...slugs), (g, centre) => {
        const index = neighbourIndex(g);
        const h = index.neighbourhood(centre);
        expect(h.direct.length).toBeLessThanOrEqual(MAX_DIRECT);
        const all = [h.centre, ...h.direct.flatMap((d) => [d.slug, ...d.behind])];
        expect(new Set(all).size).toBe(all.length);
        for (const d of h.direct) {
          expect(d.behind.length).toBeLessThanOrEqual(MAX_BEHIND);
          // A direct neighbour is a neighbour of the centre, an entry behind one is a neighbour of it.
          expect(slugsOf(index.rank(centre))).toContain(d.slug);
          for (const b of d.behind) expect(slugsOf(index.rank(d.slug))).toContain(b);
        }
        for (const s of all) expect(g.titles.has(s)).toBe(true);
      }),
    );
  });

  it('takes as many direct neighbours as there are, up to 5, and fills the places behind when it can', () => {
    fc.assert(
      fc.property(arbGlossary, fc.constantFrom(...slugs), (g, centre) => {
        const index = neighbourIndex(g);
        const h = index.neighbourhood(centre);
        expect(h.direct.length).toBe(Math.min(MAX_DIRECT, index.rank(centre).length));
        const shown = new Set([h.centre, ...h.direct.flatMap((d) => [d.slug, ...d.behind])]);
        // A direct neighbour with a free place behind it has no neighbour left that is not shown.
        for (const d of h.direct) {
          if (d.behind.length < MAX_BEHIND) expect(index.rank(d.slug).every((n) => shown.has(n.slug))).toBe(true);
        }
      }),
    );
  });

  it('is deterministic: a fresh index and a shuffled input give the same neighbourhood', () => {
    fc.assert(
      fc.property(arbGlossary, fc.constantFrom(...slugs), (g, centre) => {
        const reversed: NeighbourInput = {
          titles: new Map([...g.titles].reverse()),
          outgoing: new Map([...g.outgoing].reverse().map(([k, v]) => [k, [...v].reverse()])),
          backlinks: new Map([...g.backlinks].reverse().map(([k, v]) => [k, [...v].reverse()])),
          related: new Map([...g.related].reverse().map(([k, v]) => [k, [...v].reverse()])),
        };
        expect(neighbourIndex(reversed).neighbourhood(centre)).toEqual(neighbourIndex(g).neighbourhood(centre));
      }),
    );
  });

  it('ranks in a total order consistent with tiers', () => {
    fc.assert(
      fc.property(arbGlossary, fc.constantFrom(...slugs), (g, centre) => {
        const tiers = neighbourIndex(g).rank(centre).map((n) => n.tier);
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      }),
    );
  });
});
