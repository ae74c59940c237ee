/**
 * Brand, URLs and locale of the site: the one place to rebrand or move it.
 * Everything a reader sees about "who runs this" comes from here.
 */

import { BRAND_CTA, RESULT_CTA } from './lib/cta';

/** Used when SITE_URL is not set at build time; see docs/seo.md ("Konfiguration"). */
export const DEFAULT_SITE_URL = 'https://glossar.fioro.de';

/**
 * The origin the site is served from: SITE_URL when set, else DEFAULT_SITE_URL. Pages link with
 * root-relative paths, so the site must live at the root of its host: a path, query or fragment
 * in SITE_URL stops the build with a message instead of producing wrong canonical URLs.
 */
export function resolveSiteUrl(raw: string | undefined): string {
  const value = raw && raw.trim() !== '' ? raw.trim() : DEFAULT_SITE_URL;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`SITE_URL „${value}“ ist keine gültige Adresse; erwartet wird z. B. https://glossar.example.de`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL „${value}“ muss mit https:// (oder http://) beginnen.`);
  }
  if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '' || parsed.username !== '') {
    throw new Error(
      `SITE_URL „${value}“ darf nur aus Protokoll und Host bestehen (z. B. https://glossar.example.de): ` +
        'die Website liegt immer im Wurzelverzeichnis ihres Hosts.',
    );
  }
  return parsed.origin;
}

const envSiteUrl = typeof process !== 'undefined' ? process.env.SITE_URL : undefined;

/** Whether the site URL came from SITE_URL or is the default (the build log says which). */
export const siteUrlSource: 'SITE_URL' | 'default' = envSiteUrl && envSiteUrl.trim() !== '' ? 'SITE_URL' : 'default';

export const site = {
  /** Product and brand name, shown in the header, titles and the call to action. */
  brand: 'Fioro',
  /** Name of the glossary as a whole (DefinedTermSet name, home page heading). */
  glossaryName: 'Fioro Vertriebsglossar',
  /** Short claim under the brand on the home page. */
  tagline: 'Begriffe aus Vertrieb und Kundenprofitabilität – klar erklärt, mit Quellen und Rechnern.',
  /** Absolute origin the site is served from, without trailing slash. */
  url: resolveSiteUrl(envSiteUrl),
  /** BCP 47 language and the locale used for numbers and dates. */
  lang: 'de',
  locale: 'de-DE',
  /** Open Graph locale. */
  ogLocale: 'de_DE',
  /** Login to the product. */
  loginUrl: 'https://app.fioro.de/login',
  /** Call to action at the end of every entry. */
  cta: BRAND_CTA,
  /** The next step under a calculator's result, chosen by the answer (src/lib/cta.ts). */
  resultCta: RESULT_CTA,
  /** Where readers report errors in an entry (mailto link on /ueber/). */
  editorialEmail: 'glossar@fioro.de',
  /** Legal pages of the company behind the site (German law requires both). */
  legal: {
    impressum: 'https://fioro.de/impressum',
    datenschutz: 'https://fioro.de/datenschutz',
  },
} as const;

export type Site = typeof site;
