import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOC_MIN_SECTIONS, tocLinks, type Heading } from '../../../src/lib/reading/toc';

const h = (depth: number, text: string, slug = text.toLowerCase().replace(/\s+/g, '-')): Heading => ({ depth, slug, text });
const sources = { id: 'quellen', text: 'Quellen' };

describe('tocLinks', () => {
  it('lists the h2 of a text with three sections, in order, then the fixed sections after the text', () => {
    const headings = [h(2, 'Wie es funktioniert'), h(3, 'Ein Detail'), h(2, 'Abgrenzung'), h(2, 'Fallstricke')];
    expect(tocLinks(headings, [sources])).toEqual([
      { id: 'wie-es-funktioniert', text: 'Wie es funktioniert' },
      { id: 'abgrenzung', text: 'Abgrenzung' },
      { id: 'fallstricke', text: 'Fallstricke' },
      sources,
    ]);
  });

  it('gives a text with fewer than three sections no table of contents, whatever the fixed sections', () => {
    expect(TOC_MIN_SECTIONS).toBe(3);
    expect(tocLinks([h(2, 'Eins'), h(2, 'Zwei')], [sources])).toEqual([]);
    expect(tocLinks([], [sources])).toEqual([]);
  });

  it('counts neither h3 nor other levels as sections', () => {
    expect(tocLinks([h(2, 'Eins'), h(3, 'Zwei'), h(3, 'Drei'), h(4, 'Vier'), h(1, 'Titel')])).toEqual([]);
  });

  it('skips headings without id or text instead of linking nowhere', () => {
    expect(tocLinks([h(2, 'Eins'), h(2, 'Zwei'), h(2, 'Drei', ''), h(2, '  ', 'leer')])).toEqual([]);
  });

  it('either lists every h2 of the text or nothing', () => {
    const heading = fc.record({ depth: fc.integer({ min: 1, max: 6 }), slug: fc.stringMatching(/^[a-z]{1,8}$/), text: fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,12}$/) });
    fc.assert(
      fc.property(fc.array(heading, { maxLength: 12 }), (headings) => {
        const h2 = headings.filter((x) => x.depth === 2);
        const links = tocLinks(headings);
        expect(links).toEqual(h2.length >= TOC_MIN_SECTIONS ? h2.map((x) => ({ id: x.slug, text: x.text })) : []);
      }),
    );
  });
});
