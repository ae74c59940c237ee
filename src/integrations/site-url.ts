/**
 * Astro integration: one line in the build log that names the site URL of this build and where it
 * comes from, so a build for the wrong host (SITE_URL forgotten) is visible at a glance.
 */
import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE_URL, site, siteUrlSource } from '../site.ts';

export default function siteUrlIntegration(): AstroIntegration {
  return {
    name: 'glossar-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        logger.info(
          siteUrlSource === 'SITE_URL'
            ? `Site-URL aus SITE_URL: ${site.url}`
            : `SITE_URL ist nicht gesetzt: kanonische URLs, Sitemap, Feed und Vorschaubilder nutzen ${DEFAULT_SITE_URL} (DEFAULT_SITE_URL in src/site.ts).`,
        );
      },
    },
  };
}
