import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lightCardColors, rootCustomProperties } from '../../../src/lib/seo/theme';

const globalCss = readFileSync(join(import.meta.dirname, '../../../src/styles/global.css'), 'utf8');

describe('rootCustomProperties', () => {
  it('reads the first top-level :root block and ignores the dark one inside @media', () => {
    const css = `/* --bg: #000; */\n:root {\n  --bg: #fff;\n  --text: #111;\n}\n@media (prefers-color-scheme: dark) {\n  :root { --bg: #000; }\n}`;
    expect(Object.fromEntries(rootCustomProperties(css))).toEqual({ bg: '#fff', text: '#111' });
  });

  it('fails for a stylesheet without :root', () => {
    expect(() => rootCustomProperties('body { color: red; }')).toThrow(/:root/);
  });
});

describe('lightCardColors', () => {
  it('takes the light theme of src/styles/global.css', () => {
    const colors = lightCardColors(globalCss);
    const props = rootCustomProperties(globalCss);
    expect(colors.bg).toBe(props.get('bg'));
    expect(colors.accent).toBe(props.get('accent'));
    expect(colors.onAccent).toBe(props.get('on-accent'));
    expect(Object.values(colors).every((c) => /^#[0-9a-f]{3,8}$/i.test(c))).toBe(true);
  });

  it('names the property when one is missing or not a hex colour', () => {
    expect(() => lightCardColors(':root { --bg: #fff; }')).toThrow(/--surface/);
    expect(() => lightCardColors(globalCss.replace(/--accent: #[0-9a-f]+;/i, '--accent: var(--x);'))).toThrow(/--accent\b/);
  });
});
