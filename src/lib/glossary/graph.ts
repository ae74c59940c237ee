/**
 * The link graph of the glossary, computed once per build: who links to whom,
 * related entries in both directions, and every broken link or reference.
 */
import { RESERVED_SLUGS, entryPath, extractEntryLinks, extractHeadingIds } from './links';
import { SLUG_PATTERN } from './slug';

/** What the graph needs to know of one entry. */
export interface GraphEntry {
  slug: string;
  /** Path of the source file, for error messages. */
  file: string;
  title: string;
  related: readonly string[];
  /** The MDX source of the body. */
  body: string;
}

/** A broken link or reference, with where it was written. */
export interface GraphProblem {
  file: string;
  message: string;
}

export interface GlossaryGraph {
  /** Distinct entries each entry links to in its text, in order of first appearance. */
  outgoing: ReadonlyMap<string, readonly string[]>;
  /** Entries whose text links to each entry ("Erwähnt in"). */
  backlinks: ReadonlyMap<string, readonly string[]>;
  /** Heading anchors of each entry. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  problems: readonly GraphProblem[];
}

/** Builds the graph in O(entries + links); collects every problem instead of stopping at the first. */
export function buildGraph(entries: readonly GraphEntry[]): GlossaryGraph {
  const bySlug = new Map<string, GraphEntry>();
  const problems: GraphProblem[] = [];
  for (const entry of entries) {
    const twin = bySlug.get(entry.slug);
    if (twin) {
      problems.push({ file: entry.file, message: `Der Slug „${entry.slug}“ ist doppelt (auch in ${twin.file}).` });
      continue;
    }
    if (!SLUG_PATTERN.test(entry.slug)) {
      problems.push({
        file: entry.file,
        message: `Der Dateiname ergibt den Slug „${entry.slug}“; erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche.`,
      });
    }
    if (RESERVED_SLUGS.includes(entry.slug)) {
      problems.push({
        file: entry.file,
        message: `Der Slug „${entry.slug}“ ist reserviert: ${entryPath(entry.slug)} ist eine andere Seite des Glossars. Bitte die Datei umbenennen, z. B. in „${entry.slug}-begriff.mdx“.`,
      });
    }
    bySlug.set(entry.slug, entry);
  }

  const anchors = new Map<string, ReadonlySet<string>>();
  for (const entry of bySlug.values()) anchors.set(entry.slug, new Set(extractHeadingIds(entry.body)));

  const outgoing = new Map<string, string[]>();
  const backlinks = new Map<string, string[]>();
  for (const slug of bySlug.keys()) backlinks.set(slug, []);

  for (const entry of bySlug.values()) {
    const targets: string[] = [];
    for (const link of extractEntryLinks(entry.body)) {
      if (!bySlug.has(link.slug)) {
        problems.push({ file: entry.file, message: `Link auf „${link.href}“: Einen Eintrag „${link.slug}“ gibt es nicht.` });
        continue;
      }
      if (link.anchor !== undefined && !anchors.get(link.slug)!.has(link.anchor)) {
        problems.push({
          file: entry.file,
          message: `Link auf „${link.href}“: Der Eintrag „${link.slug}“ hat keinen Abschnitt „#${link.anchor}“.`,
        });
        continue;
      }
      if (link.slug !== entry.slug && !targets.includes(link.slug)) targets.push(link.slug);
    }
    outgoing.set(entry.slug, targets);
    for (const target of targets) backlinks.get(target)!.push(entry.slug);

    for (const rel of entry.related) {
      if (rel === entry.slug) {
        problems.push({ file: entry.file, message: `„related“ nennt den Eintrag selbst („${rel}“).` });
      } else if (!bySlug.has(rel)) {
        problems.push({ file: entry.file, message: `„related“ nennt „${rel}“, aber diesen Eintrag gibt es nicht.` });
      }
    }
  }

  return { outgoing, backlinks, anchors, problems };
}

/**
 * For each entry, the entries whose texts link each other with it (both directions), in O(links):
 * the pairs of the glossary map. Symmetric: b is among a's partners exactly when a is among b's.
 */
export function mutualLinks(outgoing: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const links = new Map([...outgoing].map(([slug, targets]) => [slug, new Set(targets)]));
  const mutual = new Map<string, string[]>([...outgoing.keys()].map((slug) => [slug, []]));
  for (const [a, targets] of links) {
    for (const b of targets) if (b !== a && links.get(b)?.has(a)) mutual.get(a)!.push(b);
  }
  return mutual;
}

/** The problems as the build prints them: one line each, file first. */
export function formatProblems(problems: readonly GraphProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.message}`);
  return `Das Glossar hat ${problems.length} defekte Verweise:\n${lines.join('\n')}`;
}

