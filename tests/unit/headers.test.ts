import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The rules of a Netlify/Cloudflare _headers file: path pattern → header lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(':');
      current?.set(name!.toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

describe('the security and cache headers', () => {
  const rules = parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));
  const nginx = readFileSync(join(root, 'docs/nginx.conf'), 'utf8');
  const all = rules.get('/*')!;
  const required = ['strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-security-policy', 'x-frame-options'];

  it('public/_headers sets HSTS, nosniff, a referrer policy, a permissions policy and forbids framing on every path', () => {
    expect([...all.keys()]).toEqual(expect.arrayContaining(required));
    expect(all.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('public/_headers caches the content-hashed files of Astro and Pagefind for a year', () => {
    for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*']) expect(rules.get(path)?.get('cache-control'), path).toMatch(/max-age=31536000, immutable/);
  });

  it('docs/nginx.conf sets the same headers', () => {
    for (const name of required) expect(nginx.toLowerCase()).toContain(`add_header ${name} `);
    expect(nginx).toContain('max-age=31536000, immutable');
  });
});
