import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyLink, extractLinks, fileForPath, parseTags } from '../../../scripts/lib/html.mjs';
import { checkLinks, pathForFile } from '../../../scripts/check-links.mjs';

describe('the HTML scanner', () => {
  it('reads quoted, unquoted and bare attributes, decodes entities and keeps ">" inside quotes', () => {
    const [tag] = parseTags(`<a href="/a/?x=1&amp;y=2" data-props='{"v":"a>b"}' hidden id=top>x</a>`);
    expect(tag).toEqual({ name: 'a', attrs: { href: '/a/?x=1&y=2', 'data-props': '{"v":"a>b"}', hidden: '', id: 'top' } });
  });

  it('skips comments and does not read tags inside scripts', () => {
    const tags = parseTags(`<!-- <a href="/x/"> --><script>const s = '<a href="/y/">';</script><p id="p">`);
    expect(tags.map((t) => t.name)).toEqual(['script', 'p']);
    expect(tags[0]!.text).toContain('/y/');
  });

  it('collects href, src and srcset links, and ids plus names of anchors as fragment targets', () => {
    const { links, ids } = extractLinks(`<h2 id="a">A</h2><a name="b"></a><input name="q"><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x"><a href="#a">`);
    expect(links.map((l) => l.url)).toEqual(['/i.png', '/i1.png', '/i2.png', '#a']);
    expect([...ids].sort()).toEqual(['a', 'b']);
  });
});

describe('resolving links', () => {
  it('resolves relative links against the page, ignores the query and decodes path and fragment', () => {
    expect(classifyLink('../b/?q=1#Stra%C3%9Fe', '/glossar/a/')).toEqual({ kind: 'internal', path: '/glossar/b/', fragment: 'Straße' });
    expect(classifyLink('#x', '/glossar/a/')).toEqual({ kind: 'internal', path: '/glossar/a/', fragment: 'x' });
  });

  it('treats the canonical origin as internal and counts other hosts as external', () => {
    expect(classifyLink('https://glossar.fioro.de/glossar/', '/', 'https://glossar.fioro.de')).toMatchObject({ kind: 'internal', path: '/glossar/' });
    expect(classifyLink('https://hbr.org/x', '/', 'https://glossar.fioro.de')).toEqual({ kind: 'external', host: 'hbr.org' });
    expect(classifyLink('mailto:a@b.de', '/')).toEqual({ kind: 'skip' });
  });

  it('maps URL paths to files in dist/ and back', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/glossar/lead/')).toBe('glossar/lead/index.html');
    expect(fileForPath('/_astro/a.css')).toBe('_astro/a.css');
    expect(pathForFile('glossar/lead/index.html')).toBe('/glossar/lead/');
    expect(pathForFile('404.html')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const dist = mkdtempSync(join(tmpdir(), 'check-links-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), html);
  };

  it('reports every broken link and missing fragment at once, with file and link', () => {
    write('index.html', `<link rel="canonical" href="https://site.de/"><a href="/a/#ok">a</a><a href="/a/#nope">b</a><a href="/gone/">c</a><a href="/a">d</a><a href="https://x.org/">e</a>`);
    write('a/index.html', `<h2 id="ok">ok</h2><a href="https://site.de/#top">home</a><img src="/missing.png">`);
    const { problems, external, internal, fragments } = checkLinks(dist);
    expect(problems).toEqual([
      { file: 'a/index.html', link: '/missing.png', reason: 'no file dist/missing.png' },
      { file: 'index.html', link: '/a/#nope', reason: 'no id="nope" in dist/a/index.html' },
      { file: 'index.html', link: '/gone/', reason: 'no file dist/gone/index.html' },
      { file: 'index.html', link: '/a', reason: 'no file dist/a (directory: add a trailing slash)' },
    ]);
    expect(Object.fromEntries(external)).toEqual({ 'x.org': 1 });
    expect(internal).toBe(7);
    expect(fragments).toBe(2);
  });
});
