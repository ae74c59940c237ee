/** An Atom 1.0 feed (RFC 4287) of entries, newest update first. */
import { escapeXml } from './xml';

export interface FeedEntry {
  /** Absolute URL of the entry page; also its Atom id. */
  url: string;
  title: string;
  summary: string;
  updated: Date;
  /** Category as term (slug) and label (name). */
  category?: { term: string; label: string };
}

export interface FeedInput {
  /** Absolute URL of the site's home page; the feed's id and alternate link. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  title: string;
  subtitle: string;
  author: string;
  /** BCP 47 language, e.g. "de". */
  lang: string;
  entries: readonly FeedEntry[];
}

const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Entries newest first; equal dates keep their given order (A–Z). */
export function sortForFeed<T extends { updated: Date }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.updated.getTime() - a.entry.updated.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The feed document; its <updated> is the newest entry's (or the epoch for an empty feed). */
export function buildAtomFeed(input: FeedInput): string {
  const entries = sortForFeed(input.entries);
  const updated = entries[0]?.updated ?? new Date(0);
  const items = entries.map((e) =>
    [
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      ...(e.category ? [`    <category term="${escapeXml(e.category.term)}" label="${escapeXml(e.category.label)}"/>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(input.lang)}">`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.siteUrl)}"/>`,
    `  <id>${escapeXml(input.siteUrl)}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
