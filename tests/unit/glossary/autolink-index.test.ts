import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildTermIndex,
  planAutolinks,
  termKey,
  type AutolinkPlan,
  type AutolinkSource,
  type MdNode,
  type Term,
  type TermIndex,
} from '../../../src/lib/glossary/autolink';
import { lowerCase } from '../../../src/lib/text/fold';

// The reference: how autolink.ts found mentions before it had a needle index. Every term of the
// index is tested against every block with `includes`, in index order; the rest is copied as it was.
const WORD_BEFORE = /[\p{L}\p{N}\p{M}\u00AD\-\u2010\u2011]/u;
const WORD_AFTER = /[\p{L}\p{N}\p{M}\u00AD]/u;
const HYPHEN = /^[-\u2010\u2011]$/;
const WORD_START = /^[\p{L}\p{N}]$/u;

interface Mention {
  start: number;
  end: number;
  term: Term;
}

function referenceMentions(text: string, index: TermIndex): Mention[] {
  const found: Mention[] = [];
  const lower = lowerCase(text);
  for (const term of index.terms) {
    if (!lower.includes(term.needle)) continue;
    for (const match of text.matchAll(term.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (WORD_BEFORE.test(text[start - 1] ?? '') || WORD_AFTER.test(text[end] ?? '')) continue;
      if (HYPHEN.test(text[end] ?? '')) {
        const next = [...text.slice(end + 1, end + 3)][0] ?? '';
        if (match[1] || !WORD_START.test(next)) continue;
      }
      found.push({ start, end, term });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Mention[] = [];
  for (const m of found) if (chosen.every((c) => m.end <= c.start || m.start >= c.end)) chosen.push(m);
  return chosen.sort((a, b) => a.start - b.start);
}

/** One planned link: paragraph, offsets in its text, target. */
type Placed = [paragraph: number, start: number, end: number, slug: string];

/** The links planAutolinks would add to paragraphs of plain text, by the reference's rules. */
function referenceLinks(paragraphs: readonly string[], slug: string, ignore: readonly string[], index: TermIndex): Placed[] {
  const ignoreKeys = new Set(ignore.map(termKey));
  const linked = new Set([slug]);
  const placed: Placed[] = [];
  paragraphs.forEach((text, p) => {
    for (const m of referenceMentions(text, index)) {
      if (!m.term.linkable || linked.has(m.term.slug) || ignoreKeys.has(termKey(m.term.text))) continue;
      linked.add(m.term.slug);
      placed.push([p, m.start, m.end, m.term.slug]);
    }
  });
  return placed;
}

/** A tree of paragraphs, each one text node. */
function tree(paragraphs: readonly string[]): MdNode {
  return { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
}

/** Where a plan puts its links, read back from its replacement nodes. */
function placedBy(plan: AutolinkPlan, root: MdNode): Placed[] {
  const placed: Placed[] = [];
  for (const { parent, nodes } of plan.replacements) {
    const p = root.children!.indexOf(parent);
    let at = 0;
    for (const node of nodes) {
      const length = node.type === 'link' ? node.children[0].value.length : node.value.length;
      if (node.type === 'link') placed.push([p, at, at + length, node.url.split('/')[2]!]);
      at += length;
    }
  }
  return placed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

// Names whose needles (first words, lower case) share prefixes („Lead“, „Leads“, „Leadgenerierung“),
// are shorter than three characters („DB“, „A-Kunde“) or empty („-Rabatt“), start with an umlaut,
// occur only inside other words („Rabatt“ in „Mengenrabatt“), or match the same words as another
// name („Leads“ as a name and as the plural of „Lead“: the earlier term in the index wins); and
// multi-word names that share their first word, some with a one-letter or upper-case last word.
const NAMES = [
  'Lead', 'Leads', 'Lead-Scoring', 'Lead Management', 'Leadgenerierung', 'lead', 'DB', 'KI', 'A-Kunde',
  'E-Mail-Marketing', 'E-Mail', 'Übergabe', 'Überzeugung', 'Über', 'übergabe', 'Ärger', 'Öffnungsrate',
  'Größe', 'Maß', 'Rabatt', '-Rabatt', 'Preis', 'Preisnachlass', 'Sales Pipeline', 'Sales Funnel',
  'Sales', 'USP', 'USPs', 'CRM', 'CRM-System', 'Up-Selling', 'Upselling', 'Kunde', 'Kunden',
  'Kundenwert', 'Wert', 'Customer Lifetime Value', 'Value', 'Kundenakquisitionskosten (CAC)',
  'vertrauen', 'Vertrauen', 'ökologisch', 'Plan B', 'Sales KPI', 'Lead-Übergabe',
];
const WORDS = [
  ...NAMES, 'Leads', 'des', 'Lead-Kampagne', 'B2B-Lead', 'Lead-', 'Mengenrabatt', 'Rabatts', 'Rabatte',
  'U\u0308bergabe', 'ÜBERGABE', 'Übergaben', 'Sales-Pipeline', 'sales pipeline', 'Kundenwerte', 'DBs',
  'KI-gestützt', 'GRÖSSE', 'Maße', '(CAC)', 'CAC', 'A-Kunden', 'Preis-', 'über', 'Ökologisch',
  'und', 'der', 'die', 'ist', '.', ',', '–', '„Lead“', 'Customer-Lifetime-Value', 'SALES PIPELINE',
  'Plan-B-Strategie', 'Plan C', 'Sales-KPIs', 'sales kpi', 'Lead-U\u0308bergabe', 'Lead Übergaben',
];
const SLUGS = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7'];

/** Random glossaries: names spread over a few entries (two entries naming alike share the name). */
const glossary = fc
  .array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      slug: fc.constantFrom(...SLUGS),
      // One name in five is excluded by its entry (autolinkExcludeNames).
      excluded: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((picks) => {
    const sources = new Map<string, AutolinkSource & { synonyms: string[]; excludeNames: string[] }>();
    for (const { name, slug, excluded } of picks) {
      const source = sources.get(slug);
      if (!source) sources.set(slug, { slug, title: name, synonyms: [], excludeNames: excluded ? [name] : [] });
      else {
        source.synonyms.push(name);
        if (excluded) source.excludeNames.push(name);
      }
    }
    return [...sources.values()];
  });
const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 20 }).map((ws) => ws.join(' '));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 5 });

describe('the needle index of the auto-linker', () => {
  it('plans the same links as testing every term against every block', () => {
    fc.assert(
      fc.property(glossary, paragraphs, fc.constantFrom(...SLUGS), fc.subarray(NAMES, { maxLength: 3 }), (sources, texts, slug, ignore) => {
        const index = buildTermIndex(sources);
        const root = tree(texts);
        const plan = planAutolinks(root, { slug, ignore }, index);
        expect(placedBy(plan, root)).toEqual(referenceLinks(texts, slug, ignore, index));
      }),
      { numRuns: 500 },
    );
  });

  it('works for an index put together by hand, and for a copy of one', () => {
    const built = buildTermIndex([
      { slug: 'lead', title: 'Lead', synonyms: [] },
      { slug: 'leads', title: 'Leads', synonyms: ['DB'] },
    ]);
    const texts = ['Die Leads und die DB.'];
    const expected = referenceLinks(texts, 'x', [], built);
    expect(expected.map((p) => p[3])).toEqual(['lead', 'leads']);
    for (const index of [built, { ...built }, { terms: [...built.terms], slugByKey: built.slugByKey }]) {
      const root = tree(texts);
      expect(placedBy(planAutolinks(root, { slug: 'x' }, index), root)).toEqual(expected);
    }
    // Other terms, other links: nothing is kept from the first index that would not fit the second.
    const reversed: TermIndex = { terms: [...built.terms].reverse(), slugByKey: built.slugByKey };
    const root = tree(texts);
    expect(placedBy(planAutolinks(root, { slug: 'x' }, reversed), root)).toEqual(referenceLinks(texts, 'x', [], reversed));
  });
});
