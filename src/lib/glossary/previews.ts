/**
 * Link previews: which links in an entry's text get a preview of the entry they point to, and the
 * hast of that preview (title, category, summary). Pure; the Markdown plugin in previews-plugin.ts
 * applies the plan while Astro compiles an entry, src/styles/previews.css shows it on hover/focus.
 *
 * Accessibility: the preview sits inside the link (so the pointer can move into it without it
 * closing, and CSS can anchor it to the link) but is aria-hidden, so it neither changes the link's
 * accessible name nor is read a second time in the text. The link gets the summary once, as its
 * accessible description (aria-describedby → the summary's id; a description may point to hidden
 * content). Title and category stay visual only: the link text already names the entry.
 */
import type { Element, ElementContent } from 'hast';
import { categoryBySlug } from './categories';
import { parseEntryHref } from './links';
import type { GlossaryEntryData } from './schema';

/** What a preview shows of its target entry. */
export interface PreviewData {
  title: string;
  /** The category's name as readers see it. */
  category: string;
  summary: string;
}

/** Class of the preview element (src/styles/previews.css). */
export const PREVIEW_CLASS = 'preview';

/** Ids of the summaries are `vorschau-1`, `vorschau-2`, … in order of the links on the page. */
const PREVIEW_ID_PREFIX = 'vorschau-';

/** Preview data per slug, from the entries' frontmatter. */
export function previewIndex(
  entries: readonly { slug: string; data: Pick<GlossaryEntryData, 'title' | 'category' | 'summary'> }[],
): Map<string, PreviewData> {
  return new Map(
    entries.map(({ slug, data }) => [
      slug,
      { title: data.title, category: categoryBySlug(data.category).name, summary: data.summary },
    ]),
  );
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * The preview of one entry: `<span class="preview" aria-hidden="true" data-pagefind-ignore>`
 * with category, title and the summary (which carries `id`). Phrasing content only (it lives
 * inside an <a> inside a <p>), no links (no interactive content inside a link), and left out of
 * the search index, so an entry is not found by the summaries of the entries it links to. The
 * spaces keep the words apart where CSS is missing (reader modes, text browsers).
 */
export function previewElement(data: PreviewData, id: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [PREVIEW_CLASS], ariaHidden: 'true', dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'small', properties: {}, children: [text(data.category)] },
      text(' '),
      { type: 'element', tagName: 'strong', properties: {}, children: [text(data.title)] },
      text(' '),
      { type: 'element', tagName: 'span', properties: { id }, children: [text(data.summary)] },
    ],
  };
}

/** A preview to add: append `preview` to `link` and set the link's aria-describedby. */
export interface PlannedPreview {
  link: Element;
  preview: Element;
  /** The link's new aria-describedby (the summary's id after any the link already had). */
  describedBy: string;
}

/** Any hast node, including MDX's JSX elements (Tipp, Fakt, …), whose children are walked too. */
interface AnyNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: readonly AnyNode[];
}

const HEADING = /^h[1-6]$/;

/**
 * The previews for the links in one entry's hast tree, in document order. A link gets one when its
 * href is an entry page (`/glossar/<slug>/`, with or without `#anchor`) of a known entry other than
 * `self`. Left alone: links to the index, category pages and other sites, unknown targets (the link
 * graph reports those), links in headings (Astro derives the heading's id and the table of contents
 * from its text, which must not include a preview) and links that already have a preview.
 * Ids are unique on the page: numbered in order, skipping ids the tree already uses.
 */
export function planPreviews(
  root: AnyNode,
  index: ReadonlyMap<string, PreviewData>,
  self?: string,
): PlannedPreview[] {
  const taken = new Set<string>();
  const links: { link: AnyNode; data: PreviewData }[] = [];

  const walk = (node: AnyNode, inHeading: boolean) => {
    const id = node.properties?.id;
    if (typeof id === 'string') taken.add(id);
    if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.href;
      const target = typeof href === 'string' ? parseEntryHref(href) : undefined;
      const data = target && target.slug !== self ? index.get(target.slug) : undefined;
      if (data && !inHeading && !hasPreview(node)) links.push({ link: node, data });
    }
    const heading = inHeading || (node.type === 'element' && HEADING.test(node.tagName ?? ''));
    for (const child of node.children ?? []) walk(child, heading);
  };
  walk(root, false);

  let n = 0;
  const nextId = () => {
    let id: string;
    do id = `${PREVIEW_ID_PREFIX}${++n}`;
    while (taken.has(id));
    return id;
  };
  return links.map(({ link, data }) => {
    const id = nextId();
    const existing = link.properties?.ariaDescribedBy;
    const before = Array.isArray(existing) ? existing.join(' ') : typeof existing === 'string' ? existing : '';
    return {
      link: link as Element,
      preview: previewElement(data, id),
      describedBy: before ? `${before} ${id}` : id,
    };
  });
}

function hasPreview(link: AnyNode): boolean {
  return (link.children ?? []).some((child) => {
    const className = child.properties?.className;
    return Array.isArray(className) && className.includes(PREVIEW_CLASS);
  });
}
