/**
 * The glossary's URLs: the paths of its pages, the one parser of entry hrefs (`/glossar/<slug>/#anchor`),
 * and the entry links and heading anchors in an entry's MDX source. Imported directly by the scripts
 * in scripts/ (Node strips the types), so its own imports carry the .ts extension.
 */
import GithubSlugger from 'github-slugger';
import { INLINE_CODE, blankFencedCode } from './mdx-code.ts';

/** A link from an entry's text to another entry (and maybe one of its sections). */
export interface EntryLink {
  /** Slug of the target entry. */
  slug: string;
  /** Anchor inside the target without '#', or undefined. */
  anchor: string | undefined;
  /** The href as written. */
  href: string;
}

/** Path prefix of entry pages. */
export const GLOSSARY_BASE = '/glossar/';

/** Segments under /glossar/ that are no entries: the map and the category pages. */
const MAP_SEGMENT = 'karte';
const CATEGORY_SEGMENT = 'kategorie';

/** Path of an entry page (with trailing slash, as all our URLs). */
export function entryPath(slug: string, anchor?: string): string {
  return `${GLOSSARY_BASE}${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** Path of a category page. */
export function categoryPath(slug: string): string {
  return `${GLOSSARY_BASE}${CATEGORY_SEGMENT}/${slug}/`;
}

/** Path of the map of the whole glossary. */
export const MAP_PATH = `${GLOSSARY_BASE}${MAP_SEGMENT}/`;

/**
 * Segments under /glossar/ that other pages use (the map, the category pages): no entry may have
 * one as its slug (the link graph and `npm run new` refuse it), and a link to one is no entry link.
 */
export const RESERVED_SLUGS: readonly string[] = [MAP_SEGMENT, CATEGORY_SEGMENT];

/** The source without fenced and inline code, so links and headings in code are ignored. */
function withoutCode(source: string): string[] {
  return blankFencedCode(source).map((line) => line.replace(INLINE_CODE, ''));
}

// Markdown links [text](/glossar/...) and JSX/HTML href="/glossar/..." attributes.
const HREF = /\]\(\s*<?(\/glossar\/[^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|href=["'{]{1,2}(\/glossar\/[^"'}\s]*)["'}]/g;

/**
 * The entry (and anchor) an href points to, or undefined when it is not an entry link; a query
 * (`?…`) is ignored. Links to other pages under /glossar/ (the index, category pages, the map:
 * RESERVED_SLUGS) are not entry links. The one parser of entry URLs: the link graph, the link
 * previews, the auto-linker and the page types of the build reports all ask it.
 */
export function parseEntryHref(href: string): EntryLink | undefined {
  const url = href.trim();
  if (!url.startsWith(GLOSSARY_BASE)) return undefined;
  const hash = url.indexOf('#');
  const anchor = hash < 0 ? undefined : url.slice(hash + 1) || undefined;
  const path = (hash < 0 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
  const segments = path.slice(GLOSSARY_BASE.length).split('/').filter(Boolean);
  if (segments.length !== 1 || RESERVED_SLUGS.includes(segments[0]!)) return undefined;
  return { slug: decodeSegment(segments[0]!), anchor, href };
}

/** A percent-decoded path segment; a malformed one stays as written, so the graph can name it as missing. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Every link to an entry page, in order of appearance (see parseEntryHref). */
export function extractEntryLinks(source: string): EntryLink[] {
  const links: EntryLink[] = [];
  for (const line of withoutCode(source)) {
    for (const match of line.matchAll(HREF)) {
      const link = parseEntryHref(match[1] ?? match[2] ?? '');
      if (link) links.push(link);
    }
  }
  return links;
}

/** The ids Astro gives the headings of this MDX source (github-slugger, in order). */
export function extractHeadingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  for (const line of withoutCode(source)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const plain = heading[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_]/g, '');
    ids.push(slugger.slug(plain));
  }
  return ids;
}
