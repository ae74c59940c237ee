/**
 * Astro integration: automatic first-mention links in glossary entries (rules in
 * src/lib/glossary/autolink.ts). It adds an mdast plugin to the Markdown processor that compiles
 * the MDX entries (Sätteri, Astro's default; MDX inherits `markdown.processor`), builds the term
 * index once from the entries on disk, and prints after the build how many links it added per
 * entry. Sätteri runs no remark plugins, so this is an mdast plugin of its own plugin API.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { MdastContent, MdastPluginDefinition, MdastPluginEntry, MdastTarget, PluginFactoryContext } from 'satteri';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR, validEntryFiles } from '../lib/glossary/entry-files';
import { buildTermIndex, planAutolinks, type AddedLink, type MdNode, type TermIndex } from '../lib/glossary/autolink';
import type { GlossaryEntryData } from '../lib/glossary/schema';

/** What one compile of one entry did, for the report. */
export interface EntryResult {
  links: AddedLink[];
  unknownIgnores: string[];
}

/** The plugin's state for one build: the glossary, read once, and what each entry got. */
export interface State {
  root: string;
  /** Built on first use, once per process. */
  glossary?: { index: TermIndex; data: Map<string, GlossaryEntryData> };
  results: Map<string, EntryResult>;
  /** Time spent finding mentions, summed over all entries. */
  ms: number;
}

function glossaryOf(state: State): NonNullable<State['glossary']> {
  if (!state.glossary) {
    // Entries with invalid frontmatter are left out here; the content layer reports them.
    const entries = validEntryFiles(state.root);
    state.glossary = {
      index: buildTermIndex(
        entries.map((e) => ({ slug: e.slug, title: e.data.title, synonyms: e.data.synonyms, excludeNames: e.data.autolinkExcludeNames })),
      ),
      data: new Map(entries.map((e) => [e.slug, e.data])),
    };
  }
  return state.glossary;
}

/** The slug of a glossary entry file, or undefined for any other file. */
function entrySlug(state: State, fileURL: URL | undefined): string | undefined {
  if (!fileURL || fileURL.protocol !== 'file:') return undefined;
  const path = fileURLToPath(fileURL);
  if (!path.endsWith('.mdx') || resolve(dirname(path)) !== resolve(join(state.root, CONTENT_DIR))) return undefined;
  return basename(path, '.mdx');
}

/** The Sätteri plugin entry: a factory that leaves every file but glossary entries alone. */
export function autolinkPlugin(state: State): MdastPluginEntry {
  return (ctx: PluginFactoryContext): MdastPluginDefinition | null => {
    const slug = entrySlug(state, ctx.fileURL);
    if (slug === undefined || ctx.sourceFormat !== 'mdx') return null;
    return {
      name: 'glossar-autolink',
      before(root, visit) {
        const { index, data } = glossaryOf(state);
        const entry = data.get(slug);
        if (!entry) return;
        const started = performance.now();
        const plan = planAutolinks(
          root as unknown as MdNode,
          { slug, enabled: entry.autolink, ignore: entry.autolinkIgnore },
          index,
        );
        for (const { node, nodes } of plan.replacements) {
          visit.replaceNode(node as unknown as MdastTarget, nodes as unknown as MdastContent[]);
        }
        state.ms += performance.now() - started;
        state.results.set(slug, { links: plan.links, unknownIgnores: plan.unknownIgnores });
      },
    };
  };
}

/** The German build report: total, one line per entry with links (most first), then the rest. */
export function formatReport(state: State): { info: string[]; warnings: string[] } {
  const { data } = glossaryOf(state);
  const rows = [...data.keys()].map((slug) => ({ slug, result: state.results.get(slug) }));
  const total = rows.reduce((sum, r) => sum + (r.result?.links.length ?? 0), 0);
  const withLinks = rows
    .filter((r) => (r.result?.links.length ?? 0) > 0)
    .sort((a, b) => b.result!.links.length - a.result!.links.length || a.slug.localeCompare(b.slug));
  const off = rows.filter((r) => data.get(r.slug)!.autolink === false).map((r) => r.slug);
  const none = rows.filter((r) => r.result && r.result.links.length === 0 && !off.includes(r.slug)).map((r) => r.slug);
  const unseen = rows.filter((r) => !r.result && !off.includes(r.slug)).map((r) => r.slug);
  const width = Math.max(0, ...withLinks.map((r) => r.slug.length));

  const info = [
    `Automatische Verweise: ${total} Links in ${withLinks.length} von ${rows.length} Einträgen (${Math.round(state.ms)} ms).`,
    ...withLinks.map(({ slug, result }) => {
      const words = result!.links.map((l) => `„${l.text}“ → ${l.slug}`).join(', ');
      return `  ${slug.padEnd(width)} ${String(result!.links.length).padStart(2)}: ${words}`;
    }),
  ];
  if (none.length > 0) info.push(`  ohne automatische Verweise (${none.length}): ${none.join(', ')}`);
  if (off.length > 0) info.push(`  ausgeschaltet mit „autolink: false“ (${off.length}): ${off.join(', ')}`);
  const warnings = rows.flatMap(({ slug, result }) =>
    (result?.unknownIgnores ?? []).map(
      (word) => `${CONTENT_DIR}/${slug}.mdx: „autolinkIgnore“ nennt „${word}“, aber das ist kein Titel oder Synonym eines anderen Eintrags.`,
    ),
  );
  // An entry the plugin never saw means it did not run there, e.g. because `mdx({ processor })`
  // set a processor of its own: the auto-linker would fail silently.
  if (unseen.length > 0) {
    warnings.push(`Automatische Verweise: ${unseen.length} Einträge kamen nicht am Plugin vorbei (eigener MDX-Prozessor?): ${unseen.join(', ')}`);
  }
  return { info, warnings };
}

function report(state: State, logger: AstroIntegrationLogger) {
  const { info, warnings } = formatReport(state);
  for (const line of info) logger.info(line);
  for (const line of warnings) logger.warn(line);
}

/** A fresh state for one build of the project at `root` (exported for the tests). */
export function createState(root: string): State {
  return { root, results: new Map(), ms: 0 };
}

export default function autolinkIntegration(): AstroIntegration {
  const state = createState('');
  return {
    name: 'glossar-autolink',
    hooks: {
      'astro:config:setup': ({ config }) => {
        state.root = fileURLToPath(config.root);
        const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: MdastPluginEntry[] } };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins)) {
          throw new Error(
            `Automatische Verweise (src/integrations/autolink.ts) brauchen den Markdown-Prozessor Sätteri, Astros Standard; eingestellt ist „${processor.name}“.`,
          );
        }
        // Astro keeps the processor object by reference, and MDX reads its options when it
        // compiles, so adding the plugin here is enough (the documented way for integrations).
        processor.options.mdastPlugins.push(autolinkPlugin(state));
      },
      'astro:build:done': ({ logger }) => report(state, logger),
    },
  };
}
