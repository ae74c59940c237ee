/** Open Graph and Twitter card tags of a page, as data for the <head>. */

/** One <meta> tag: Open Graph uses `property`, Twitter and the rest use `name`. */
export interface MetaTag {
  attr: 'property' | 'name';
  key: string;
  content: string;
}

/** The social preview image of a page. */
export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  /** German alt text. */
  alt: string;
  type?: string;
}

export interface SocialMetaInput {
  title: string;
  description: string;
  /** Canonical absolute URL; left out on pages that have none (404). */
  url?: string;
  type: 'website' | 'article';
  siteName: string;
  /** Open Graph locale, e.g. "de_DE". */
  locale: string;
  image: SocialImage;
  /** Articles: last editorial review (YYYY-MM-DD or full ISO date). */
  modified?: string;
  /** Articles: topic, e.g. the category name. */
  section?: string;
}

/** og:* and twitter:* tags in a stable order. */
export function socialMetaTags(input: SocialMetaInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key: `og:${key}`, content });
  const tags: MetaTag[] = [
    og('type', input.type),
    og('site_name', input.siteName),
    og('locale', input.locale),
    og('title', input.title),
    og('description', input.description),
  ];
  if (input.url) tags.push(og('url', input.url));
  tags.push(
    og('image', input.image.url),
    og('image:type', input.image.type ?? 'image/png'),
    og('image:width', String(input.image.width)),
    og('image:height', String(input.image.height)),
    og('image:alt', input.image.alt),
  );
  if (input.type === 'article') {
    if (input.modified) tags.push({ attr: 'property', key: 'article:modified_time', content: input.modified });
    if (input.section) tags.push({ attr: 'property', key: 'article:section', content: input.section });
  }
  tags.push(
    { attr: 'name', key: 'twitter:card', content: 'summary_large_image' },
    { attr: 'name', key: 'twitter:image:alt', content: input.image.alt },
  );
  return tags;
}
