/**
 * The glossary as the pages use it: entries, link graph, A–Z order. Loaded once
 * per build (the promise is shared by all pages); a broken link stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, formatProblems, mutualLinks } from '../lib/glossary/graph';
import { sortByTitle } from '../lib/glossary/alphabet';
import { CONTENT_DIR } from '../lib/glossary/entry-files';
import { neighbourIndex, type Neighbourhood } from '../lib/glossary/neighbourhood';
import { orderNeighbours, type Neighbours } from '../lib/reading/neighbours';

export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface Glossary {
  /** All entries in German A–Z order. */
  entries: GlossaryEntry[];
  bySlug: ReadonlyMap<string, GlossaryEntry>;
  /** Entries linked from this entry's text, in order of first mention. */
  outgoing(slug: string): GlossaryEntry[];
  /** Entries whose text links to this entry, A–Z. */
  backlinks(slug: string): GlossaryEntry[];
  /** The entry's `related` list, resolved. */
  related(slug: string): GlossaryEntry[];
  /** Entries whose texts link each other with this entry's text, A–Z. */
  mutual(slug: string): GlossaryEntry[];
  /** The entry before and after this one in A–Z order (no wrap-around). */
  previousAndNext(slug: string): Neighbours<GlossaryEntry>;
  /** The entry's most important neighbours and theirs, for its map (rule in neighbourhood.ts). */
  neighbourhood(slug: string): Neighbourhood;
}

let loaded: Promise<Glossary> | undefined;

/** The glossary of this build. */
export function loadGlossary(): Promise<Glossary> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Glossary> {
  const entries = sortByTitle(await getCollection('glossary'), (e) => e.data.title);
  const graph = buildGraph(
    entries.map((e) => ({
      slug: e.id,
      file: e.filePath ?? `${CONTENT_DIR}/${e.id}.mdx`,
      title: e.data.title,
      related: e.data.related,
      body: e.body ?? '',
    })),
  );
  if (graph.problems.length > 0) throw new Error(formatProblems(graph.problems));

  const bySlug = new Map(entries.map((e) => [e.id, e]));
  const resolve = (slugs: readonly string[] | undefined) => (slugs ?? []).map((s) => bySlug.get(s)!);
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const byOrder = (slugs: Iterable<string>) => [...slugs].sort((a, b) => order.get(a)! - order.get(b)!);
  const backlinks = new Map([...graph.backlinks].map(([slug, from]) => [slug, byOrder(from)]));
  const mutual = new Map([...mutualLinks(graph.outgoing)].map(([slug, partners]) => [slug, byOrder(partners)]));

  const neighbours = neighbourIndex({
    titles: new Map(entries.map((e) => [e.id, e.data.title])),
    outgoing: graph.outgoing,
    backlinks: graph.backlinks,
    related: new Map(entries.map((e) => [e.id, e.data.related])),
  });

  return {
    entries,
    bySlug,
    outgoing: (slug) => resolve(graph.outgoing.get(slug)),
    backlinks: (slug) => resolve(backlinks.get(slug)),
    related: (slug) => resolve(bySlug.get(slug)?.data.related),
    mutual: (slug) => resolve(mutual.get(slug)),
    previousAndNext: orderNeighbours(entries, (e) => e.id),
    neighbourhood: (slug) => neighbours.neighbourhood(slug),
  };
}
