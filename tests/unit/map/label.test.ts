import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, wrapLabel } from '../../../src/lib/map/label';

const regular = { size: 13 };

describe('textWidth', () => {
  it('grows with the text and the font size, bold is wider', () => {
    expect(textWidth('', regular)).toBe(0);
    expect(textWidth('Lead', regular)).toBeLessThan(textWidth('Lead-Scoring', regular));
    expect(textWidth('Lead', { size: 26 })).toBeCloseTo(2 * textWidth('Lead', regular));
    expect(textWidth('Lead', { size: 13, bold: true })).toBeGreaterThan(textWidth('Lead', regular));
  });

  it('measures wide, so a label fits in common fonts: 0.5 to 0.65 em per letter in mixed case', () => {
    const perLetter = textWidth('Kundenakquisitionskosten', regular) / 24 / 13;
    expect(perLetter).toBeGreaterThan(0.5);
    expect(perLetter).toBeLessThan(0.65);
  });

  it('counts characters outside its table with a safe fallback', () => {
    expect(textWidth('€', regular)).toBeGreaterThan(0.6 * 13);
  });
});

describe('wrapLabel', () => {
  it('keeps a short title on one line', () => {
    expect(wrapLabel('Lead', regular, 130)).toEqual({ lines: ['Lead'], width: textWidth('Lead', regular), shortened: false });
  });

  it('wraps a long title onto two balanced lines at a space', () => {
    expect(wrapLabel('Customer Lifetime Value', regular, 130).lines).toEqual(['Customer', 'Lifetime Value']);
    expect(wrapLabel('MEDDIC und MEDDPICC', { size: 14, bold: true }, 140).lines).toEqual(['MEDDIC und', 'MEDDPICC']);
  });

  it('may wrap after a hyphen and keeps the hyphen', () => {
    expect(wrapLabel('Merkmal-Vorteil-Nutzen', { size: 14, bold: true }, 140).lines).toEqual(['Merkmal-', 'Vorteil-Nutzen']);
  });

  it('lets a single long compound run wider than preferred rather than break or cut it', () => {
    const label = wrapLabel('Kundenakquisitionskosten (CAC)', { size: 14, bold: true }, 140);
    expect(label.lines).toEqual(['Kundenakquisitionskosten', '(CAC)']);
    expect(label.shortened).toBe(false);
    expect(label.width).toBeGreaterThan(140);
  });

  it('shortens with „…“ only what two lines of the hard maximum cannot hold', () => {
    const label = wrapLabel('Donaudampfschifffahrtsgesellschaftskapitänsmütze', regular, 100, 120);
    expect(label.shortened).toBe(true);
    expect(label.lines).toHaveLength(1);
    expect(label.lines[0]).toMatch(/…$/);
    expect(label.width).toBeLessThanOrEqual(120);
  });

  it('never returns more than two lines, never an empty line, and never exceeds the hard maximum (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,30}$/);
    const title = fc.array(word, { minLength: 1, maxLength: 6 }).chain((words) =>
      fc.array(fc.constantFrom(' ', '-'), { minLength: words.length - 1, maxLength: words.length - 1 }).map((seps) =>
        words.map((w, i) => w + (seps[i] ?? '')).join(''),
      ),
    );
    fc.assert(
      fc.property(title, fc.integer({ min: 60, max: 200 }), (t, max) => {
        const label = wrapLabel(t, regular, max);
        expect(label.lines.length).toBeGreaterThanOrEqual(1);
        expect(label.lines.length).toBeLessThanOrEqual(2);
        for (const line of label.lines) expect(line.trim()).not.toBe('');
        expect(label.width).toBeLessThanOrEqual(max * 1.6 + 1e-9);
        // Unless shortened, the lines put together give back the title.
        if (!label.shortened) expect(label.lines.join(label.lines[0]!.endsWith('-') ? '' : ' ')).toBe(t);
      }),
    );
  });
});
