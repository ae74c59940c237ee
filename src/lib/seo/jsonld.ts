/**
 * schema.org JSON-LD for the pages: WebSite (home), DefinedTermSet (A–Z), DefinedTerm (entries),
 * BreadcrumbList, and a safe serialisation for an inline <script type="application/ld+json">.
 */

/** A JSON-LD node: plain JSON data. */
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdNode | JsonLdValue[];

/** Who the site belongs to and where it lives. */
export interface SiteIdentity {
  /** Origin without trailing slash, e.g. "https://glossar.fioro.de". */
  url: string;
  /** Name of the glossary (the WebSite and the DefinedTermSet). */
  name: string;
  /** Brand behind it (publisher). */
  brand: string;
  /** BCP 47 language, e.g. "de". */
  lang: string;
}

/** A crumb as the visible breadcrumbs have it: label and root-relative path. */
export interface Crumb {
  label: string;
  href: string;
}

const CONTEXT = 'https://schema.org';

const abs = (site: SiteIdentity, path: string) => new URL(path, `${site.url}/`).href;

/** @id of the WebSite node. */
export function websiteId(site: SiteIdentity): string {
  return `${site.url}/#website`;
}

/** @id of the glossary's DefinedTermSet, on the A–Z page. */
export function termSetId(site: SiteIdentity, termSetPath: string): string {
  return `${abs(site, termSetPath)}#begriffe`;
}

/** @id of an entry's DefinedTerm. */
function termId(site: SiteIdentity, path: string): string {
  return `${abs(site, path)}#begriff`;
}

function publisher(site: SiteIdentity): JsonLdNode {
  return { '@type': 'Organization', name: site.brand };
}

/** The site with its search: /suche/?q={search_term_string}. */
export function webSite(site: SiteIdentity, opts: { description: string; searchPath: string; queryParam: string }): JsonLdNode {
  const target = `${abs(site, opts.searchPath)}?${opts.queryParam}={search_term_string}`;
  return {
    '@type': 'WebSite',
    '@id': websiteId(site),
    url: `${site.url}/`,
    name: site.name,
    description: opts.description,
    inLanguage: site.lang,
    publisher: publisher(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: target },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A term as listed in the set: name and page. */
export interface TermRef {
  name: string;
  path: string;
}

/** The glossary as a DefinedTermSet that lists every term (the A–Z page). */
export function definedTermSet(
  site: SiteIdentity,
  opts: { path: string; description: string; terms: readonly TermRef[]; dateModified?: string },
): JsonLdNode {
  const node: JsonLdNode = {
    '@type': 'DefinedTermSet',
    '@id': termSetId(site, opts.path),
    url: abs(site, opts.path),
    name: site.name,
    description: opts.description,
    inLanguage: site.lang,
    isPartOf: { '@id': websiteId(site) },
    publisher: publisher(site),
    hasDefinedTerm: opts.terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': termId(site, t.path),
      name: t.name,
      url: abs(site, t.path),
    })),
  };
  if (opts.dateModified) node.dateModified = opts.dateModified;
  return node;
}

/** One entry as a DefinedTerm in the glossary's set. */
export function definedTerm(
  site: SiteIdentity,
  opts: { name: string; path: string; description: string; alternateNames: readonly string[]; termSetPath: string },
): JsonLdNode {
  const node: JsonLdNode = {
    '@type': 'DefinedTerm',
    '@id': termId(site, opts.path),
    name: opts.name,
    description: opts.description,
    url: abs(site, opts.path),
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      '@id': termSetId(site, opts.termSetPath),
      url: abs(site, opts.termSetPath),
      name: site.name,
    },
  };
  const names = [...new Set(opts.alternateNames.map((n) => n.trim()).filter((n) => n !== '' && n !== opts.name))];
  if (names.length > 0) node.alternateName = names;
  return node;
}

/** The visible breadcrumbs as a BreadcrumbList, position 1 first, with absolute URLs. */
export function breadcrumbList(site: SiteIdentity, crumbs: readonly Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: abs(site, c.href),
    })),
  };
}

/** A plain page of the site (category, search, 404); `path` is left out for pages without a canonical URL. */
export function webPage(
  site: SiteIdentity,
  opts: { type?: 'WebPage' | 'CollectionPage' | 'SearchResultsPage'; name: string; description: string; path?: string },
): JsonLdNode {
  const node: JsonLdNode = {
    '@type': opts.type ?? 'WebPage',
    name: opts.name,
    description: opts.description,
    inLanguage: site.lang,
    isPartOf: { '@id': websiteId(site) },
  };
  if (opts.path) {
    node['@id'] = abs(site, opts.path);
    node.url = abs(site, opts.path);
  }
  return node;
}

/** The nodes of one page as a single JSON-LD document (one node stays flat, more go into @graph). */
export function jsonLdDocument(nodes: readonly JsonLdNode[]): JsonLdNode {
  if (nodes.length === 1) return { '@context': CONTEXT, ...nodes[0] };
  return { '@context': CONTEXT, '@graph': [...nodes] };
}

/**
 * JSON for an inline script element: "<", ">" and "&" become \u escapes, so no text from an entry
 * can close the element ("</script>") or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(doc: JsonLdNode): string {
  return JSON.stringify(doc).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
