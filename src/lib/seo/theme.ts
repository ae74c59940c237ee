/**
 * The light theme's colours, read from the custom properties of the first `:root` block in
 * src/styles/global.css, so the social images follow the site's design without a copy of it.
 */

/** The colours a social image uses. */
export interface CardColors {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  accentStrong: string;
  accentSoft: string;
  onAccent: string;
}

/** Custom properties (without "--") of the first top-level `:root { … }` block. */
export function rootCustomProperties(css: string): Map<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const start = withoutComments.search(/(^|\n):root\s*\{/);
  if (start < 0) throw new Error('No top-level :root block in the stylesheet.');
  const open = withoutComments.indexOf('{', start);
  const close = withoutComments.indexOf('}', open);
  const body = withoutComments.slice(open + 1, close);
  const props = new Map<string, string>();
  for (const m of body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) props.set(m[1]!, m[2]!.trim());
  return props;
}

const KEYS: Record<keyof CardColors, string> = {
  bg: 'bg',
  surface: 'surface',
  text: 'text',
  muted: 'muted',
  border: 'border',
  accent: 'accent',
  accentStrong: 'accent-strong',
  accentSoft: 'accent-soft',
  onAccent: 'on-accent',
};

/** The card colours of the light theme; fails when a property is missing or not a hex colour. */
export function lightCardColors(css: string): CardColors {
  const props = rootCustomProperties(css);
  const colors = {} as CardColors;
  for (const [key, prop] of Object.entries(KEYS) as [keyof CardColors, string][]) {
    const value = props.get(prop);
    if (!value || !/^#[0-9a-f]{3,8}$/i.test(value)) {
      throw new Error(`global.css: --${prop} in :root must be a hex colour (found ${value ?? 'nothing'}).`);
    }
    colors[key] = value;
  }
  return colors;
}
