import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, formatProblems, mutualLinks, type GraphEntry } from '../../../src/lib/glossary/graph';

function entry(slug: string, body = '', related: string[] = []): GraphEntry {
  return { slug, file: `src/content/glossary/${slug}.mdx`, title: slug, related, body };
}

describe('buildGraph', () => {
  const entries = [
    entry('cross-selling', 'Erst [qualifizieren](/glossar/qualifizierung/), dann [Nutzen](/glossar/nutzenargumentation/#sie-stil) und nochmal [Q](/glossar/qualifizierung/).', ['up-selling']),
    entry('qualifizierung', 'Für [Cross-Selling](/glossar/cross-selling/) wichtig.'),
    entry('nutzenargumentation', '## Sie-Stil\n\nText mit Selbstlink [hier](/glossar/nutzenargumentation/).'),
    entry('up-selling', 'Kein Link.'),
  ];
  const graph = buildGraph(entries);

  it('lists distinct outgoing links in order of first mention', () => {
    expect(graph.outgoing.get('cross-selling')).toEqual(['qualifizierung', 'nutzenargumentation']);
  });

  it('computes backlinks and ignores links of an entry to itself', () => {
    expect(graph.backlinks.get('qualifizierung')).toEqual(['cross-selling']);
    expect(graph.backlinks.get('cross-selling')).toEqual(['qualifizierung']);
    expect(graph.backlinks.get('nutzenargumentation')).toEqual(['cross-selling']);
    expect(graph.backlinks.get('up-selling')).toEqual([]);
  });

  it('finds no problems in a consistent glossary', () => {
    expect(graph.problems).toEqual([]);
  });

  it('reports a link to a missing entry with the file and the target', () => {
    const { problems } = buildGraph([entry('a', 'Siehe [X](/glossar/gibt-es-nicht/).')]);
    expect(problems).toEqual([
      { file: 'src/content/glossary/a.mdx', message: 'Link auf „/glossar/gibt-es-nicht/“: Einen Eintrag „gibt-es-nicht“ gibt es nicht.' },
    ]);
  });

  it('reports a link to a missing anchor', () => {
    const { problems } = buildGraph([entry('a', '[B](/glossar/b/#fehlt)'), entry('b', '## Da\n')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('keinen Abschnitt „#fehlt“');
  });

  it('reports related slugs that do not exist or point to the entry itself', () => {
    const { problems } = buildGraph([entry('a', '', ['fehlt', 'a'])]);
    expect(problems.map((p) => p.message)).toEqual([
      '„related“ nennt „fehlt“, aber diesen Eintrag gibt es nicht.',
      '„related“ nennt den Eintrag selbst („a“).',
    ]);
  });

  it('reports duplicate and malformed slugs', () => {
    const { problems } = buildGraph([entry('a'), entry('a'), entry('Gross_Schreibung')]);
    expect(problems.map((p) => p.message)).toEqual([
      'Der Slug „a“ ist doppelt (auch in src/content/glossary/a.mdx).',
      'Der Dateiname ergibt den Slug „Gross_Schreibung“; erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche.',
    ]);
  });

  it('refuses the slugs of other pages under /glossar/, so an entry cannot hide the map', () => {
    const { problems } = buildGraph([entry('karte'), entry('kategorie'), entry('karten')]);
    expect(problems).toEqual([
      {
        file: 'src/content/glossary/karte.mdx',
        message: 'Der Slug „karte“ ist reserviert: /glossar/karte/ ist eine andere Seite des Glossars. Bitte die Datei umbenennen, z. B. in „karte-begriff.mdx“.',
      },
      expect.objectContaining({ file: 'src/content/glossary/kategorie.mdx' }),
    ]);
  });

  it('collects every problem at once', () => {
    const { problems } = buildGraph([entry('a', '[1](/glossar/x/) [2](/glossar/y/)', ['z'])]);
    expect(problems).toHaveLength(3);
    expect(formatProblems(problems)).toMatch(/^Das Glossar hat 3 defekte Verweise:\n {2}src\/content\/glossary\/a\.mdx: /);
  });

  it('is linear: 2,000 entries with 10 links each build quickly', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      entry(`e${i}`, Array.from({ length: 10 }, (_, k) => `[x](/glossar/e${(i + k + 1) % 2000}/)`).join(' ')),
    );
    const big = buildGraph(many);
    expect(big.problems).toEqual([]);
    expect(big.backlinks.get('e0')).toHaveLength(10);
  });
});

describe('mutualLinks', () => {
  it('pairs two entries exactly when each text links the other', () => {
    const outgoing = new Map([
      ['a', ['b', 'c']],
      ['b', ['a']],
      ['c', ['d']],
      ['d', ['c', 'a']],
    ]);
    expect(mutualLinks(outgoing)).toEqual(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
        ['c', ['d']],
        ['d', ['c']],
      ]),
    );
  });

  it('agrees with a test of every pair, for any link graph (property)', () => {
    const slugs = ['a', 'b', 'c', 'd', 'e', 'f'];
    const arbGraph = fc.tuple(...slugs.map(() => fc.subarray(slugs))).map((targets) => new Map(slugs.map((s, i) => [s, targets[i]!])));
    fc.assert(
      fc.property(arbGraph, (outgoing) => {
        const mutual = mutualLinks(outgoing);
        for (const a of slugs) {
          const expected = slugs.filter((b) => b !== a && outgoing.get(a)!.includes(b) && outgoing.get(b)!.includes(a));
          expect([...mutual.get(a)!].sort()).toEqual(expected);
        }
      }),
    );
  });
});
