/**
 * Astro integration: after the build, keep in each page's CSP <meta> only the hashes of inline
 * scripts and styles that page contains. Astro's security.csp lists the hashes of all its inline
 * code (every island bootstrap variant) on every page; most pages have none, and the unused
 * hashes cost about 0.3 kB gzip of HTML per page and allow code the page never runs.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** sha256 hashes (CSP source form, without quotes) of the inline <script> and <style> elements. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi)) {
    const attrs = m[2] ?? '';
    if (m[1]!.toLowerCase() === 'script' && /\ssrc\s*=/i.test(attrs)) continue;
    hashes.add(`sha256-${createHash('sha256').update(m[3]!).digest('base64')}`);
  }
  return hashes;
}

/** The page with hash sources in its CSP <meta> reduced to those of its own inline code. */
export function pruneCspHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const present = inlineHashes(html);
  const policy = meta[2]!
    .split(/\s*;\s*/)
    .filter((d) => d !== '')
    .map((directive) =>
      directive
        .split(/\s+/)
        .filter((source) => !/^'sha(256|384|512)-/.test(source) || present.has(source.slice(1, -1)))
        .join(' '),
    )
    .join('; ');
  return html.replace(META, (_, start: string, _old: string, end: string) => `${start}${policy}${end}`);
}

export default function cspPrune(): AstroIntegration {
  return {
    name: 'glossar-csp-prune',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const pruned = pruneCspHashes(html);
          if (pruned !== html) {
            await writeFile(path, pruned);
            pages++;
          }
        }
        logger.info(`CSP: hashes reduced to the page's own inline code on ${pages} pages.`);
      },
    },
  };
}
