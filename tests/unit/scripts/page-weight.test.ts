import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleImports, pageWeight } from '../../../scripts/lib/page-weight.mjs';
import { pageType } from '../../../scripts/lib/page-types.mjs';

describe('page weight', () => {
  it('finds the static and dynamic imports of a minified chunk', () => {
    const code = 'import{t as e}from"./a.js";import"./b.js";export{x}from"./c.js";const n=()=>import(`./d.js`);';
    expect(moduleImports(code)).toEqual({ static: ['./a.js', './b.js', './c.js'], dynamic: ['./d.js'] });
  });

  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, content: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  };

  it('counts stylesheets, scripts with their static imports and the requests on load; dynamic imports only at most', () => {
    write('glossar/x/index.html', '<link rel="icon" href="/i.svg"><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/t.js"></script><img src="/p.png">');
    write('_astro/a.css', 'p{color:red}');
    write('_astro/t.js', 'import"./h.js";const l=()=>import("./big.js");');
    write('_astro/h.js', 'export const h=1;');
    write('_astro/big.js', 'x'.repeat(1000));
    const w = pageWeight(dist, '/glossar/x/');
    expect(w.css.raw).toBe(12);
    expect(w.jsLoad.files.sort()).toEqual(['/_astro/h.js', '/_astro/t.js']);
    expect(w.jsMax.files).toContain('/_astro/big.js');
    expect(w.requests).toBe(1 + 1 + 2 + 1 + 1); // document, CSS, two modules, image, icon
  });

  it('sorts pages into the page types of the report', () => {
    expect(['/', '/glossar/', '/glossar/lead/', '/glossar/kategorie/pipeline/', '/glossar/karte/', '/glossar/karten/', '/rechner/cross-selling/', '/suche/', '/404.html', '/ueber/'].map(pageType))
      .toEqual(['home', 'A–Z', 'entry', 'category', 'map', 'entry', 'calculator', 'search', '404', 'other']);
  });
});
