/**
 * What the social images show and where they live: one card per entry and a default card for every
 * other page. Used by the build (src/integrations/social-images.ts, which reads the entries from
 * disk) and by the pages' meta tags (src/data/seo.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../site';
import { categoryBySlug } from '../glossary/categories';
import { entryPath } from '../glossary/links';
import type { GlossaryEntryData } from '../glossary/schema';
import type { SocialCardInput } from './social-card';
import { lightCardColors, type CardColors } from './theme';

/** Social image of an entry. */
export function entryImagePath(slug: string): string {
  return `/og/glossar/${slug}.png`;
}

/** Social image of every page that is not an entry. */
export const DEFAULT_IMAGE_PATH = '/og/default.png';

const host = () => new URL(site.url).host;

/** What the social image of an entry shows. */
export function entryCard(slug: string, data: Pick<GlossaryEntryData, 'title' | 'summary' | 'category'>): SocialCardInput {
  return {
    brand: site.brand,
    product: 'Glossar',
    eyebrow: categoryBySlug(data.category).name,
    title: data.title,
    summary: data.summary,
    address: `${host()}${entryPath(slug)}`,
    tagline: 'Definition · Beispiele · Quellen',
  };
}

/** What the default social image shows. */
export function defaultCard(entryCount: number): SocialCardInput {
  return {
    brand: site.brand,
    product: 'Glossar',
    title: 'Vertrieb verstehen – Begriff für Begriff',
    summary: site.tagline,
    address: host(),
    tagline: `${entryCount} Begriffe von A bis Z`,
  };
}

/** The light theme's colours from the site's stylesheet, so the cards follow the design. */
export function cardColors(root: string): CardColors {
  return lightCardColors(readFileSync(join(root, 'src/styles/global.css'), 'utf8'));
}
