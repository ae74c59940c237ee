import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pruneCspHashes } from '../../src/integrations/csp-prune';

const hash = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe('pruning CSP hashes to the inline code of the page', () => {
  it('hashes inline scripts and styles but not external scripts', () => {
    const html = `<script>a()</script><script type="module" src="/x.js"></script><style>p{}</style>`;
    expect(inlineHashes(html)).toEqual(new Set([hash('a()'), hash('p{}')]));
  });

  it('keeps the hashes of code on the page and drops the others, leaving other sources alone', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${hash('a()')}' '${hash('b()')}'; style-src 'self' '${hash('q{}')}';`;
    const out = pruneCspHashes(`<head>${meta(policy)}</head><script>a()</script>`);
    expect(out).toContain(meta(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${hash('a()')}'; style-src 'self'`));
    expect(out).toContain('<script>a()</script>');
  });

  it('leaves a page without a CSP meta unchanged', () => {
    expect(pruneCspHashes('<p>x</p>')).toBe('<p>x</p>');
  });
});
