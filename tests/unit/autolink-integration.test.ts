import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { autolinkPlugin, createState, formatReport } from '../../src/integrations/autolink';
import { buildTermIndex } from '../../src/lib/glossary/autolink';
import { glossaryEntrySchema } from '../../src/lib/glossary/schema';

const root = '/projekt';

function entry(title: string, synonyms: string[] = [], extra: Record<string, unknown> = {}) {
  return glossaryEntrySchema.parse({
    title,
    synonyms,
    summary: 'Kurz.',
    category: 'pipeline',
    keyPoints: ['Eins', 'Zwei', 'Drei'],
    sources: [{ title: 'T', author: 'A', year: 2020 }],
    updated: '2026-01-01',
    ...extra,
  });
}

/** A state with a glossary of four entries, as the integration builds it from disk. */
function glossaryState() {
  const data = new Map([
    ['lead', entry('Lead', ['Vertriebskontakt'])],
    ['forecast', entry('Forecast', [], { autolinkIgnore: ['Lead', 'Kaffee'] })],
    ['akquise', entry('Akquise', [], { autolink: false })],
    ['sales-pipeline', entry('Sales Pipeline')],
  ]);
  const state = createState(root);
  state.glossary = {
    index: buildTermIndex([...data].map(([slug, d]) => ({ slug, title: d.title, synonyms: d.synonyms }))),
    data,
  };
  return state;
}

function compile(state: ReturnType<typeof createState>, path: string, source: string): string {
  // The plugin is synchronous, so the compile is too.
  const result = mdxToJs(source, { mdastPlugins: [autolinkPlugin(state)], fileURL: pathToFileURL(`${root}/${path}`) });
  return (result as MdxToJsResult).code;
}

describe('the auto-link plugin in the MDX compile', () => {
  it('links the first mention in a glossary entry and records the link for the report', () => {
    const state = glossaryState();
    const code = compile(state, 'src/content/glossary/sales-pipeline.mdx', 'Jeder Lead beginnt hier. Ein Lead.');
    expect(code).toContain('href: "/glossar/lead/"');
    expect(code.match(/\/glossar\/lead\//g)).toHaveLength(1);
    expect(state.results.get('sales-pipeline')?.links).toEqual([{ slug: 'lead', text: 'Lead' }]);
  });

  it('leaves MDX files outside the glossary alone', () => {
    const state = glossaryState();
    const code = compile(state, 'src/pages/ueber.mdx', 'Jeder Lead beginnt hier.');
    expect(code).not.toContain('/glossar/lead/');
    expect(state.results.size).toBe(0);
  });

  it('applies the entry’s frontmatter opt-outs', () => {
    const state = glossaryState();
    expect(compile(state, 'src/content/glossary/forecast.mdx', 'Ein Lead in der Sales Pipeline.')).not.toContain('/glossar/lead/');
    expect(compile(state, 'src/content/glossary/akquise.mdx', 'Ein Lead in der Sales Pipeline.')).not.toContain('/glossar/');
  });
});

describe('the build report', () => {
  it('gives the total, one line per entry with links, the entries without and the stale opt-outs', () => {
    const state = glossaryState();
    compile(state, 'src/content/glossary/sales-pipeline.mdx', 'Ein Lead.');
    compile(state, 'src/content/glossary/forecast.mdx', 'Ein Lead in der Sales-Pipeline.');
    compile(state, 'src/content/glossary/akquise.mdx', 'Ein Lead.');
    compile(state, 'src/content/glossary/lead.mdx', 'Ein Forecast und eine Sales Pipeline.');
    const { info, warnings } = formatReport(state);
    expect(info[0]).toMatch(/^Automatische Verweise: 4 Links in 3 von 4 Einträgen \(\d+ ms\)\.$/);
    expect(info.slice(1)).toEqual([
      '  lead            2: „Forecast“ → forecast, „Sales Pipeline“ → sales-pipeline',
      '  forecast        1: „Sales-Pipeline“ → sales-pipeline',
      '  sales-pipeline  1: „Lead“ → lead',
      '  ausgeschaltet mit „autolink: false“ (1): akquise',
    ]);
    expect(warnings).toEqual([
      'src/content/glossary/forecast.mdx: „autolinkIgnore“ nennt „Kaffee“, aber das ist kein Titel oder Synonym eines anderen Eintrags.',
    ]);
  });

  it('warns about entries the plugin never saw, so a plugin that does not run shows', () => {
    const { info, warnings } = formatReport(glossaryState());
    expect(info.at(-1)).toBe('  ausgeschaltet mit „autolink: false“ (1): akquise');
    expect(warnings).toEqual([
      'Automatische Verweise: 3 Einträge kamen nicht am Plugin vorbei (eigener MDX-Prozessor?): lead, forecast, sales-pipeline',
    ]);
  });
});
