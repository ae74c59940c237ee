import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { markdownToHast } from 'satteri';
import {
  PREVIEW_CLASS,
  planPreviews,
  previewElement,
  previewIndex,
  type PreviewData,
} from '../../../src/lib/glossary/previews';

const index = new Map<string, PreviewData>([
  ['vertrauen', { title: 'Vertrauen', category: 'Kundenbeziehung', summary: 'Die Bereitschaft, sich zu verlassen.' }],
  ['bant', { title: 'BANT', category: 'Pipeline & Qualifizierung', summary: 'Budget, Authority, Need, Timeline.' }],
  ['cross-selling', { title: 'Cross-Selling', category: 'Profitabilität & Kennzahlen', summary: 'Zusätzliches Produkt.' }],
]);

const tree = (markdown: string) => markdownToHast(markdown) as Root;
const hrefs = (plan: ReturnType<typeof planPreviews>) => plan.map((p) => p.link.properties.href);
const textOf = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

describe('previewIndex', () => {
  it('takes title and summary from the frontmatter and shows the category by its name', () => {
    const data = { title: 'Lead', category: 'pipeline' as const, summary: 'Ein möglicher Kunde.' };
    expect(previewIndex([{ slug: 'lead', data }]).get('lead')).toEqual({
      title: 'Lead',
      category: 'Pipeline & Qualifizierung',
      summary: 'Ein möglicher Kunde.',
    });
  });
});

describe('previewElement', () => {
  const preview = previewElement(index.get('vertrauen')!, 'vorschau-3');

  it('is a span hidden from assistive technology and from the search index', () => {
    expect(preview.tagName).toBe('span');
    expect(preview.properties).toEqual({ className: [PREVIEW_CLASS], ariaHidden: 'true', dataPagefindIgnore: '' });
  });

  it('shows category, title and summary, with spaces between them, and gives the summary the id', () => {
    expect(textOf(preview)).toBe('Kundenbeziehung Vertrauen Die Bereitschaft, sich zu verlassen.');
    const summary = preview.children.at(-1) as Element;
    expect(summary.properties.id).toBe('vorschau-3');
    expect(textOf(summary)).toBe('Die Bereitschaft, sich zu verlassen.');
  });

  it('holds only phrasing elements and no link, so it may sit inside an <a>', () => {
    const tags: string[] = [];
    const walk = (e: Element) => {
      tags.push(e.tagName);
      e.children.forEach((c) => c.type === 'element' && walk(c));
    };
    walk(preview);
    expect(tags.every((t) => ['span', 'small', 'strong'].includes(t))).toBe(true);
  });
});

describe('planPreviews', () => {
  it('gives every link to another entry a preview, with or without anchor or trailing slash', () => {
    const plan = planPreviews(
      tree('Erst [Vertrauen](/glossar/vertrauen/), dann [BANT](/glossar/bant/#kritik) und [BANT](/glossar/bant).'),
      index,
    );
    expect(hrefs(plan)).toEqual(['/glossar/vertrauen/', '/glossar/bant/#kritik', '/glossar/bant']);
    expect(plan.map((p) => textOf(p.preview))).toEqual([
      'Kundenbeziehung Vertrauen Die Bereitschaft, sich zu verlassen.',
      'Pipeline & Qualifizierung BANT Budget, Authority, Need, Timeline.',
      'Pipeline & Qualifizierung BANT Budget, Authority, Need, Timeline.',
    ]);
  });

  it('leaves the index, category pages, other pages, other sites and mail links alone', () => {
    const plan = planPreviews(
      tree(
        '[A–Z](/glossar/) [Kategorie](/glossar/kategorie/pipeline/) [Rechner](/rechner/cross-selling/) ' +
          '[Extern](https://example.com/glossar/vertrauen/) [Mail](mailto:a@b.de) [Anker](#kritik)',
      ),
      index,
    );
    expect(plan).toEqual([]);
  });

  it('leaves links to unknown entries alone (the link graph reports them)', () => {
    expect(planPreviews(tree('[Gibt es nicht](/glossar/gibt-es-nicht/)'), index)).toEqual([]);
  });

  it('gives no preview to a link to the entry itself', () => {
    const plan = planPreviews(tree('[Selbst](/glossar/bant/) und [Vertrauen](/glossar/vertrauen/)'), index, 'bant');
    expect(hrefs(plan)).toEqual(['/glossar/vertrauen/']);
  });

  it('skips links in headings, whose text becomes the heading id and the table of contents', () => {
    const plan = planPreviews(tree('## Abgrenzung zu [BANT](/glossar/bant/)\n\nText zu [BANT](/glossar/bant/).'), index);
    expect(plan).toHaveLength(1);
    expect(plan[0]!.link.properties.href).toBe('/glossar/bant/');
    expect(plan[0]!.preview.children).toHaveLength(5);
  });

  it('finds links in lists, tables, emphasis and callout components', () => {
    const root: Root = {
      type: 'root',
      children: [
        ...tree('- *[BANT](/glossar/bant/)*\n\n| a |\n|---|\n| [Vertrauen](/glossar/vertrauen/) |').children,
        // An MDX component such as <Tipp>: not an element, but its children are walked.
        { type: 'mdxJsxFlowElement', name: 'Tipp', attributes: [], children: tree('[Cross](/glossar/cross-selling/)').children } as never,
      ],
    };
    expect(hrefs(planPreviews(root, index))).toEqual(['/glossar/bant/', '/glossar/vertrauen/', '/glossar/cross-selling/']);
  });

  it('does not add a second preview to a link that has one', () => {
    const root = tree('[BANT](/glossar/bant/)');
    const [first] = planPreviews(root, index);
    first!.link.children.push(first!.preview);
    expect(planPreviews(root, index)).toEqual([]);
  });

  it('numbers the ids in order and keeps an aria-describedby the link already had', () => {
    const root = tree('[A](/glossar/bant/) [B](/glossar/vertrauen/)');
    ((root.children[0] as Element).children[0] as Element).properties.ariaDescribedBy = ['hinweis'];
    expect(planPreviews(root, index).map((p) => p.describedBy)).toEqual(['hinweis vorschau-1', 'vorschau-2']);
  });

  it('gives unique ids on a page that never repeat an id the page already has', () => {
    const link = fc.record({
      slug: fc.constantFrom('vertrauen', 'bant', 'cross-selling', 'unbekannt', 'kategorie/pipeline'),
      inHeading: fc.boolean(),
    });
    const block = fc.record({ links: fc.array(link, { maxLength: 4 }), id: fc.option(fc.integer({ min: 1, max: 12 })) });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 10 }), (blocks) => {
        const root: Root = {
          type: 'root',
          children: blocks.map(({ links, id }) => ({
            type: 'element',
            tagName: links.some((l) => l.inHeading) ? 'h2' : 'p',
            properties: id === null ? {} : { id: `vorschau-${id}` },
            children: links.map((l) => ({
              type: 'element',
              tagName: 'a',
              properties: { href: `/glossar/${l.slug}/` },
              children: [{ type: 'text', value: l.slug }],
            })),
          })),
        };
        const plan = planPreviews(root, index);
        const ids = plan.map((p) => p.describedBy);
        const existing = blocks.flatMap((b) => (b.id === null ? [] : [`vorschau-${b.id}`]));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.filter((id) => existing.includes(id))).toEqual([]);
        const eligible = blocks
          .filter((b) => !b.links.some((l) => l.inHeading))
          .flatMap((b) => b.links)
          .filter((l) => index.has(l.slug));
        expect(plan).toHaveLength(eligible.length);
        for (const p of plan) expect((p.preview.children.at(-1) as Element).properties.id).toBe(p.describedBy);
      }),
    );
  });
});
