import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml } from '../../../src/lib/seo/xml';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`Profitabilität & <Kennzahlen> "A" 'B'`)).toBe(
      'Profitabilität &amp; &lt;Kennzahlen&gt; &quot;A&quot; &apos;B&apos;',
    );
  });

  it('drops control characters that XML 1.0 does not allow', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne')).toBe('abc\td\ne');
  });

  it('never leaves a raw "<", "&" or quote in its output', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = escapeXml(text);
        expect(out).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|apos;)/);
      }),
    );
  });
});
