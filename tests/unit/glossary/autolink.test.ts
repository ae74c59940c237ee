import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import {
  buildTermIndex,
  inflections,
  planAutolinks,
  termsOf,
  type AutolinkOptions,
  type AutolinkPlan,
  type AutolinkSource,
  type MdNode,
  type TermIndex,
} from '../../../src/lib/glossary/autolink';
import { parseEntryHref } from '../../../src/lib/glossary/links';

// Real entries and a few made up for the cases the glossary lacks (Einwand, Value, Pipeline).
const sources: AutolinkSource[] = [
  { slug: 'lead', title: 'Lead', synonyms: ['Interessent', 'Vertriebskontakt'], excludeNames: ['Interessent'] },
  { slug: 'lead-scoring', title: 'Lead-Scoring', synonyms: ['Lead-Bewertung'] },
  { slug: 'cross-selling', title: 'Cross-Selling', synonyms: ['Querverkauf', 'Zusatzverkauf'] },
  { slug: 'up-selling', title: 'Up-Selling', synonyms: ['Upselling'] },
  { slug: 'einwand', title: 'Einwand', synonyms: [] },
  { slug: 'customer-lifetime-value', title: 'Customer Lifetime Value', synonyms: ['CLV'] },
  { slug: 'value', title: 'Value', synonyms: [] },
  { slug: 'sales-pipeline', title: 'Sales Pipeline', synonyms: ['Vertriebspipeline'] },
  { slug: 'pipeline', title: 'Pipeline', synonyms: [] },
  { slug: 'deckungsbeitrag', title: 'Deckungsbeitrag', synonyms: ['DB'] },
  { slug: 'vertrauen', title: 'Vertrauen', synonyms: [] },
  { slug: 'qualifizierung', title: 'Qualifizierung', synonyms: [] },
  { slug: 'akquise', title: 'Akquise', synonyms: ['Neukundengewinnung'] },
  { slug: 'kundenakquisitionskosten', title: 'Kundenakquisitionskosten (CAC)', synonyms: [] },
  { slug: 'usp', title: 'USP', synonyms: ['Alleinstellungsmerkmal'] },
  { slug: 'mql-sql', title: 'MQL und SQL', synonyms: ['marketingqualifizierter Lead'] },
  { slug: 'sales-funnel', title: 'Sales Funnel', synonyms: [] },
  { slug: 'forecast', title: 'Forecast', synonyms: ['Umsatzprognose'] },
];
const index = buildTermIndex(sources);

/** Carries out the plan on a plain (mutable) mdast tree, as the integration does in Sätteri's tree. */
function applyAutolinks(root: MdNode, options: AutolinkOptions, terms: TermIndex): AutolinkPlan {
  const plan = planAutolinks(root, options, terms);
  for (const { node, parent, nodes } of plan.replacements) {
    const children = parent.children!;
    children.splice(children.indexOf(node), 1, ...nodes);
  }
  return plan;
}

/** A small Markdown rendering of the tree, so expectations read like the source. */
function render(node: MdNode): string {
  const inner = () => (node.children ?? []).map(render).join('');
  switch (node.type) {
    case 'root':
      return (node.children ?? []).map(render).join('\n\n');
    case 'text':
      return node.value ?? '';
    case 'link':
      return `[${inner()}](${node.url})`;
    case 'strong':
      return `**${inner()}**`;
    case 'emphasis':
      return `*${inner()}*`;
    case 'inlineCode':
      return `\`${node.value}\``;
    case 'code':
      return `\`\`\`\n${node.value}\n\`\`\``;
    case 'heading':
      return `${'#'.repeat(Number(node.depth))} ${inner()}`;
    case 'list':
      return (node.children ?? []).map((item) => `- ${(item.children ?? []).map(render).join('\n')}`).join('\n');
    case 'blockquote':
      return `> ${(node.children ?? []).map(render).join('\n')}`;
    case 'table':
      return (node.children ?? []).map((row) => `| ${(row.children ?? []).map(render).join(' | ')} |`).join('\n');
    case 'tableCell':
      return inner();
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return `{${node.value}}`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const attrs = (node.attributes ?? []).map((a) => {
        const { name, value } = a as { name: string; value: string };
        return ` ${name}="${value}"`;
      });
      const body = (node.children ?? []).map(render).join(node.type === 'mdxJsxFlowElement' ? '\n\n' : '');
      return `<${node.name}${attrs.join('')}>${body}</${node.name}>`;
    }
    default:
      return inner();
  }
}

function parse(source: string): MdNode {
  return mdxToMdast(source, { position: false }) as unknown as MdNode;
}

/** Links `source` as the text of the entry `slug` and returns the result as Markdown. */
function link(source: string, slug = 'qualifizierung', options: Partial<AutolinkOptions> = {}): string {
  const tree = parse(source);
  applyAutolinks(tree, { slug, ...options }, index);
  return render(tree);
}

/** The words of the text that became links, as „Wort → slug“. */
function linked(source: string, slug = 'qualifizierung', options: Partial<AutolinkOptions> = {}): string[] {
  return applyAutolinks(parse(source), { slug, ...options }, index).links.map((l) => `${l.text} → ${l.slug}`);
}

describe('automatic first-mention links', () => {
  it('links the first mention of another entry to its page', () => {
    expect(link('Ein Lead wird qualifiziert, bevor der Vertrieb anruft.')).toBe(
      'Ein [Lead](/glossar/lead/) wird qualifiziert, bevor der Vertrieb anruft.',
    );
  });

  describe('German inflection', () => {
    it('links the genitive and plural of „Lead“ as a whole word', () => {
      expect(link('Die Qualität des Leads entscheidet.')).toBe('Die Qualität des [Leads](/glossar/lead/) entscheidet.');
      expect(link('Die Leads kommen aus dem Webinar.')).toBe('Die [Leads](/glossar/lead/) kommen aus dem Webinar.');
    });

    it('links -es, -en and -n endings where the word takes them', () => {
      expect(linked('Die Höhe des Deckungsbeitrages zählt.')).toEqual(['Deckungsbeitrages → deckungsbeitrag']);
      expect(linked('Beide Akquisen liefen gut.')).toEqual(['Akquisen → akquise']);
      expect(linked('Sie prüfen zwei Umsatzprognosen.', 'lead')).toEqual(['Umsatzprognosen → forecast']);
      expect(linked('Nach mehreren Qualifizierungen bleibt einer.', 'lead')).toEqual(['Qualifizierungen → qualifizierung']);
      expect(linked('Die Pflege des Vertrauens dauert.')).toEqual(['Vertrauens → vertrauen']);
      expect(linked('Ihre USPs sind klar.')).toEqual(['USPs → usp']);
    });

    it('does not link umlaut plurals such as „Einwänden“, but the genitive „Einwands“', () => {
      expect(linked('Mit Einwänden umgehen.')).toEqual([]);
      expect(linked('Die Einwände kamen spät.')).toEqual([]);
      expect(linked('Der Kern des Einwands war der Preis.')).toEqual(['Einwands → einwand']);
    });

    it('lists the endings per word shape', () => {
      expect(inflections('Lead')).toEqual(['es', 'en', 's', 'e']);
      expect(inflections('Akquise')).toEqual(['n', 's']);
      expect(inflections('Funnel')).toEqual(['n', 's']);
      expect(inflections('Vertrauen')).toEqual(['s']);
      expect(inflections('Qualifizierung')).toEqual(['en']);
      expect(inflections('USP')).toEqual(['s']);
      expect(inflections('Rat')).toEqual([]);
      expect(inflections('(CAC)')).toEqual([]);
    });

    it('needs the capital of a single-word noun, so the verb „vertrauen“ stays text', () => {
      expect(linked('Kunden vertrauen dem Anbieter.')).toEqual([]);
      expect(linked('Kunden schenken Vertrauen.')).toEqual(['Vertrauen → vertrauen']);
    });

    it('matches a lower-case term capitalised at the start of a sentence', () => {
      expect(linked('Marketingqualifizierter Lead heißt die erste Stufe.')).toEqual([
        'Marketingqualifizierter Lead → mql-sql',
      ]);
    });

    it('treats space and hyphen between the words of a term alike', () => {
      expect(linked('Die Sales-Pipeline ist voll.')).toEqual(['Sales-Pipeline → sales-pipeline']);
      expect(linked('Der Customer-Lifetime-Value steigt.')).toEqual(['Customer-Lifetime-Value → customer-lifetime-value']);
      expect(linked('Der Customer Lifetime Values wegen.')).toEqual(['Customer Lifetime Values → customer-lifetime-value']);
    });
  });

  describe('whole words and compounds', () => {
    it('does not link a term inside a longer word or at the end of a compound', () => {
      expect(linked('Die Leadqualität und der B2B-Lead.')).toEqual([]);
      expect(linked('Ein Inbound-Lead meldet sich selbst.')).toEqual([]);
    });

    it('does not link a term before a suspended hyphen („Lead- und Kundendaten“)', () => {
      expect(linked('Lead- und Kundendaten liegen im CRM.')).toEqual([]);
    });

    it('links the term part of a compound that starts with the term: „Cross-Selling-Kampagne“', () => {
      expect(link('Eine Cross-Selling-Kampagne startet im Mai.')).toBe(
        'Eine [Cross-Selling](/glossar/cross-selling/)-Kampagne startet im Mai.',
      );
      expect(link('Zwei Cross-Selling-Kampagnen laufen.')).toBe('Zwei [Cross-Selling](/glossar/cross-selling/)-Kampagnen laufen.');
    });

    it('takes only the exact term as the start of a compound, no inflected form', () => {
      expect(linked('Die Leads-Liste ist lang.')).toEqual([]);
    });

    it('prefers the longest match when terms overlap', () => {
      expect(linked('Der Customer-Lifetime-Value ist kein Value allein.')).toEqual([
        'Customer-Lifetime-Value → customer-lifetime-value',
        'Value → value',
      ]);
      expect(linked('Die Sales-Pipeline zeigt die Pipeline.')).toEqual(['Sales-Pipeline → sales-pipeline', 'Pipeline → pipeline']);
      expect(linked('Lead-Scoring sortiert.')).toEqual(['Lead-Scoring → lead-scoring']);
    });

    it('never links a shorter term inside the entry’s own longer term', () => {
      expect(linked('Die Sales-Pipeline ist voll, jede Pipeline braucht Pflege.', 'sales-pipeline')).toEqual([
        'Pipeline → pipeline',
      ]);
      expect(linked('Das Lead-Scoring bewertet.', 'lead-scoring')).toEqual([]);
    });

    it('derives X and Y from a title „X (Y)“', () => {
      expect(termsOf({ slug: 'k', title: 'Kundenakquisitionskosten (CAC)', synonyms: [] })).toEqual([
        'Kundenakquisitionskosten (CAC)',
        'Kundenakquisitionskosten',
        'CAC',
      ]);
      expect(linked('Die CAC steigen.')).toEqual(['CAC → kundenakquisitionskosten']);
    });

    it('links a term that two entries share nowhere', () => {
      const shared = buildTermIndex([
        { slug: 'a', title: 'Wert', synonyms: [] },
        { slug: 'b', title: 'Nutzen', synonyms: ['Wert'] },
      ]);
      expect(applyAutolinks(parse('Der Wert zählt.'), { slug: 'c' }, shared).links).toEqual([]);
    });
  });

  describe('where it links', () => {
    it('leaves headings alone and links the first mention in the text below', () => {
      expect(link('## Leads gewinnen\n\nJeder Lead zählt.')).toBe('## Leads gewinnen\n\nJeder [Lead](/glossar/lead/) zählt.');
    });

    it('links in list items, block quotes, emphasis and table body cells, not in the header row', () => {
      expect(link('- Ein Lead\n- Ein Forecast')).toBe('- Ein [Lead](/glossar/lead/)\n- Ein [Forecast](/glossar/forecast/)');
      expect(link('> Vertrauen braucht Zeit.')).toBe('> [Vertrauen](/glossar/vertrauen/) braucht Zeit.');
      expect(link('Das ist *Cross-Selling* pur.')).toBe('Das ist *[Cross-Selling](/glossar/cross-selling/)* pur.');
      expect(link('| Lead | Forecast |\n|---|---|\n| ein Lead | kein |')).toBe(
        '| Lead | Forecast |\n| ein [Lead](/glossar/lead/) | kein |',
      );
    });

    it('does not link in bold list labels, but the next mention', () => {
      expect(link('- **Lead vs. Kontakt:** Ein Lead hat Interesse gezeigt.')).toBe(
        '- **Lead vs. Kontakt:** Ein [Lead](/glossar/lead/) hat Interesse gezeigt.',
      );
    });

    it('links the children of a callout but never its title attribute', () => {
      expect(link('<Beispiel title="Ein Lead aus dem Webinar">\n\nDer Lead kam am Montag.\n\n</Beispiel>')).toBe(
        '<Beispiel title="Ein Lead aus dem Webinar">Der [Lead](/glossar/lead/) kam am Montag.</Beispiel>',
      );
      expect(link('<Tipp>\n\nFragen Sie nach dem Deckungsbeitrag.\n\n</Tipp>')).toBe(
        '<Tipp>Fragen Sie nach dem [Deckungsbeitrag](/glossar/deckungsbeitrag/).</Tipp>',
      );
    });

    it('leaves inline code, code blocks, MDX expressions and other components alone', () => {
      expect(linked('Das Feld `Lead` im CRM.')).toEqual([]);
      expect(linked('```\nLead = 1\n```')).toEqual([]);
      expect(linked('Ein {"Lead"} im Ausdruck.')).toEqual([]);
      expect(linked('<abbr title="x">Lead</abbr> im Text.')).toEqual([]);
      expect(link('Das Feld `Lead` im CRM, dann der Lead.')).toBe('Das Feld `Lead` im CRM, dann der [Lead](/glossar/lead/).');
    });

    it('does not link a mention that runs across nodes, nor a shorter term inside it', () => {
      expect(linked('Der Customer *Lifetime* Value.')).toEqual([]);
      expect(linked('Der Customer *Lifetime* Value. Ein Value.')).toEqual(['Value → value']);
    });
  });

  describe('which mentions become links', () => {
    it('links each target once, at its first mention, also when a synonym comes first', () => {
      expect(link('Ein Lead, noch ein Lead, ein Vertriebskontakt.')).toBe(
        'Ein [Lead](/glossar/lead/), noch ein Lead, ein Vertriebskontakt.',
      );
      expect(linked('Der Zusatzverkauf ist Cross-Selling.')).toEqual(['Zusatzverkauf → cross-selling']);
    });

    it('never links the entry to itself', () => {
      expect(linked('Cross-Selling heißt auch Querverkauf.', 'cross-selling')).toEqual([]);
    });

    it('leaves authored links alone and does not link their target again, anchors and JSX links included', () => {
      expect(link('Erst [der Lead](/glossar/lead/), dann ein Lead.')).toBe('Erst [der Lead](/glossar/lead/), dann ein Lead.');
      expect(linked('Ein Lead.\n\nSpäter [mehr](/glossar/lead/#stufen).')).toEqual([]);
      expect(linked('Ein Lead und <a href="/glossar/lead/">hier</a>.')).toEqual([]);
      expect(linked('Ein Lead.\n\n## Mehr zum [Lead](/glossar/lead/)')).toEqual([]);
    });

    it('does not link a term inside an authored link to another entry', () => {
      expect(link('Siehe [Lead-Scoring und Lead](/glossar/lead-scoring/).')).toBe('Siehe [Lead-Scoring und Lead](/glossar/lead-scoring/).');
    });

    it('never links a name its entry excludes, but links the entry by its other names', () => {
      expect(linked('Der Interessent sagt nein.')).toEqual([]);
      expect(linked('Der Interessent ist ein Lead.')).toEqual(['Lead → lead']);
    });
  });

  describe('opt-outs', () => {
    it('links nothing in an entry with autolink: false', () => {
      expect(linked('Ein Lead und ein Forecast.', 'qualifizierung', { enabled: false })).toEqual([]);
    });

    it('skips the words in autolinkIgnore with their inflected forms, and links the rest', () => {
      expect(linked('Die Leads und der Forecast.', 'qualifizierung', { ignore: ['Lead'] })).toEqual(['Forecast → forecast']);
      expect(linked('Ein Lead, ein Vertriebskontakt.', 'qualifizierung', { ignore: ['lead'] })).toEqual(['Vertriebskontakt → lead']);
    });

    it('reports ignored words that are no other entry’s term', () => {
      const plan = applyAutolinks(parse('Text.'), { slug: 'lead', ignore: ['Lead', 'Sales Pipeline', 'Kaffee'] }, index);
      expect(plan.unknownIgnores).toEqual(['Lead', 'Kaffee']);
    });
  });
});

/** All entry links in a tree, in order. */
function links(node: MdNode): string[] {
  const own = node.type === 'link' && typeof node.url === 'string' ? [parseEntryHref(node.url)?.slug ?? ''] : [];
  return [...own, ...(node.children ?? []).flatMap(links)];
}

/** The text a reader sees, in order (what linking must not change). */
function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

describe('automatic links, property-based', () => {
  const word = fc.constantFrom(
    'Lead', 'Leads', 'des', 'Leads', 'Lead-Scoring', 'Cross-Selling-Kampagne', 'Cross-Selling', 'Querverkauf',
    'Vertrauen', 'vertrauen', 'Einwänden', 'Einwands', 'Sales Pipeline', 'Sales-Pipeline', 'Pipeline',
    'Customer-Lifetime-Value', 'Value', 'Deckungsbeitrages', 'DB', 'CLV', 'USPs', 'Akquise', 'Interessent',
    'und', 'der', 'die', 'ist', 'Kunde', '–', 'B2B-Lead', 'Lead-', '„Lead“', '(Forecast)',
    '[Lead](/glossar/lead/)', '[mehr](/glossar/akquise/#x)', '**Lead**', '*Akquise*', '`Lead`', '{1 + 1}',
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
  const block = fc.oneof(
    sentence,
    sentence.map((s) => `## ${s}`),
    fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((s) => `- ${s}`).join('\n')),
    sentence.map((s) => `<Tipp>\n\n${s}\n\n</Tipp>`),
    sentence.map((s) => `<Beispiel title="Lead und Forecast">\n\n${s}\n\n</Beispiel>`),
    sentence.map((s) => `> ${s}`),
  );
  const doc = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));
  const self = fc.constantFrom(...sources.map((s) => s.slug));

  it('adds at most one link per target, none to the entry itself and none to an authored target', () => {
    fc.assert(
      fc.property(doc, self, (source, slug) => {
        const tree = parse(source);
        const before = links(tree);
        const plan = applyAutolinks(tree, { slug }, index);
        const added = plan.links.map((l) => l.slug);
        expect(new Set(added).size).toBe(added.length);
        expect(added).not.toContain(slug);
        for (const target of added) expect(before).not.toContain(target);
        expect(links(tree).length).toBe(before.length + added.length);
      }),
    );
  });

  it('leaves the text unchanged: links only wrap words', () => {
    fc.assert(
      fc.property(doc, self, (source, slug) => {
        const tree = parse(source);
        const text = plainText(tree);
        applyAutolinks(tree, { slug }, index);
        expect(plainText(tree)).toBe(text);
      }),
    );
  });

  it('adds nothing when run a second time', () => {
    fc.assert(
      fc.property(doc, self, (source, slug) => {
        const tree = parse(source);
        applyAutolinks(tree, { slug }, index);
        expect(applyAutolinks(tree, { slug }, index).links).toEqual([]);
      }),
    );
  });
});
