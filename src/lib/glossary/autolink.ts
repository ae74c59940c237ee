/**
 * Automatic first-mention links: finds the first mention of another entry's title or synonym in
 * an entry's running text and makes it a link to `/glossar/<slug>/`. Pure: it reads an mdast tree
 * (as Sätteri, Astro's MDX parser, or remark-mdx produce it) and either plans or applies the
 * changes; src/integrations/autolink.ts runs it inside the MDX compile.
 *
 * The rules (docs/autoren.md, „Automatische Verweise“, says the same for authors):
 *
 * Where: text in paragraphs, list items, table body cells, block quotes and in the children of the
 * callouts <Tipp>, <Beispiel>, <Fakt> (CALLOUTS), also inside *emphasis*. Never in headings, table
 * header rows, **bold** text (here: list labels that work as small headings, „**Lead vs.
 * Kontakt:**“, and results), existing links, inline code, code blocks, MDX expressions {…}, other
 * JSX elements, raw HTML, footnotes, or a callout's `title` attribute (attributes are no text).
 * A mention that spans several nodes (`Customer *Lifetime* Value`) is not linked. Text in these
 * places still counts for whole words and for "longest wins"; the first mention that can be
 * linked gets the link.
 *
 * What matches (a "term" is a title or synonym; a title „X (Y)“ also yields the terms X and Y):
 * - Whole words: the character before a mention is no letter, digit or hyphen, the one after no
 *   letter or digit (Unicode-aware, so äöüß are letters). „Lead“ does not match in „Leadqualität“,
 *   „B2B-Lead“ or „Lead- und Kundendaten“.
 * - Hyphenated compounds: a compound that STARTS with the whole term, in its exact form, followed
 *   by a hyphen and a word, links the term part only: „[Cross-Selling](…)-Kampagne“. A term in the
 *   middle or at the end of a compound („Inbound-Lead“) is not linked: the compound names a
 *   different thing, and a link that starts mid-word reads badly.
 * - Space and hyphen between the words of a term are interchangeable („Sales Pipeline“ =
 *   „Sales-Pipeline“), and the first letter of each word of a multi-word term may be upper or
 *   lower case („Break-Even-Punkt“). In a single-word term every letter is matched as written,
 *   because German capitalisation separates the noun from the verb („Vertrauen“, not
 *   „vertrauen“). A term that starts with a lower-case letter also matches capitalised (sentence
 *   start); a capitalised term never matches in lower case.
 * - Inflection (only the last word of a term, only by appending; umlaut plurals like
 *   „Einwand“ → „Einwänden“ never match):
 *   - abbreviations (two or more capitals/digits, „USP“, „CLV“): + s („USPs“);
 *   - last word shorter than 4 letters: no ending;
 *   - ends in -e: + n, + s („Akquisen“, „Churn-Raten“, „Scores“);
 *   - ends in -el or -er: + n, + s („Funnels“, „Anbietern“); ends in -en: + s („Vertrauens“);
 *   - ends in -ung, -heit, -keit, -schaft, -ion, -tät, -ik, -ur, -ei (feminine, no genitive -s):
 *     + en („Qualifizierungen“, „Abschlusstechniken“);
 *   - any other letter: + s, + es, + e, + en („des Leads“, „des Deckungsbeitrages“,
 *     „Interessenten“).
 *   A term that ends in another character („GPCTBA/C&I“, „… (CAC)“) has no inflected forms.
 *   Compound starts (above) take the exact form only.
 * - Overlaps: the longest mention wins („Customer-Lifetime-Value“ over „Value“, „Lead-Scoring“
 *   over „Lead“), also when the longer one cannot be linked (it is the entry itself, already
 *   linked, ignored, or inside a link): a term is never linked inside a longer term.
 * - A term that two entries share is ambiguous and never linked.
 *
 * Which mentions become links:
 * - never the entry itself (its own terms still take part in "longest wins", so nothing inside
 *   the entry's own term is linked: „Lead“ is not linked inside „Lead-Scoring“ in Lead-Scoring);
 * - at most one link per target entry and entry: the first linkable mention in document order;
 * - none at all to a target the author already links anywhere in the entry (Markdown link,
 *   reference definition or <a href>), with or without #anchor: the authored link is the one link.
 *
 * Opt-outs (frontmatter, see schema.ts):
 * - `autolink: false`: no automatic links in this entry's text;
 * - `autolinkIgnore: [„Lead“]`: these words (and their inflected forms) stay unlinked in this
 *   entry; a word that is no other entry's term is reported (stale opt-out);
 * - `autolinkExcludeNames: [„Interessent“]` in the TARGET entry: these of its own names are never
 *   auto-linked anywhere, for synonyms that are also everyday words. No entry needs to switch off
 *   being a target altogether; its other names keep working.
 * An ignored or excluded word still counts as a mention for "longest wins". To put the one link
 * somewhere other than the first mention, an author writes that link by hand.
 *
 * The link graph (graph.ts, „Erwähnt in“, the editorial minimum of links) reads the raw MDX and so
 * sees only authored links, on purpose: the editorial rules count what authors wrote.
 */
import { lowerCase, nfc } from '../text/fold';
import { entryPath, parseEntryHref } from './links';

/** The MDX components whose children are running text; others (calculators) are left alone. */
const CALLOUTS: ReadonlySet<string> = new Set(['Tipp', 'Beispiel', 'Fakt']);

/** What the auto-linker needs to know of every entry. */
export interface AutolinkSource {
  slug: string;
  title: string;
  synonyms: readonly string[];
  /** `autolinkExcludeNames`: own names (title or synonyms) that are never auto-linked. */
  excludeNames?: readonly string[];
}

/** The per-entry settings from the frontmatter. */
export interface AutolinkOptions {
  /** Slug of the entry whose tree is linked. */
  slug: string;
  /** `autolink` from the frontmatter; false switches auto-linking off. Default true. */
  enabled?: boolean;
  /** `autolinkIgnore` from the frontmatter: words (terms) not to link in this entry. */
  ignore?: readonly string[];
}

/** A term: one title or synonym of one entry, compiled to a pattern. */
export interface Term {
  slug: string;
  /** The term as written in the frontmatter (or derived from a title „X (Y)“). */
  text: string;
  /** Finds the term with its inflected forms (word boundaries are checked apart); group 1 is the ending. */
  pattern: RegExp;
  /** The first word in lower case: a block without it cannot mention the term (a cheap filter). */
  needle: string;
  /** False for a name its entry excludes: it still counts as a mention, but is never linked. */
  linkable: boolean;
}

/**
 * All terms of the glossary, built once per build. buildTermIndex also builds the tries that find a
 * block's candidate terms (NeedleIndex; kept apart, by the `terms` array, so the shape stays as it
 * was); `terms` must not change afterwards.
 */
export interface TermIndex {
  terms: readonly Term[];
  /** Normalised term text → slug (terms of two entries are left out). */
  slugByKey: ReadonlyMap<string, string>;
}

/** A node of an mdast tree, as far as this module reads it. */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: readonly unknown[];
  children?: MdNode[];
  [key: string]: unknown;
}

export interface TextNode extends MdNode {
  type: 'text';
  value: string;
}

export interface LinkNode extends MdNode {
  type: 'link';
  url: string;
  title: null;
  children: [TextNode];
}

/** One text node to replace by text and link nodes. */
export interface Replacement {
  node: TextNode;
  parent: MdNode;
  nodes: (TextNode | LinkNode)[];
}

/** One added link. */
export interface AddedLink {
  slug: string;
  /** The linked words as they stand in the text („des Leads“ → „Leads“). */
  text: string;
}

export interface AutolinkPlan {
  replacements: Replacement[];
  links: AddedLink[];
  /** Words in `ignore` that are no other entry's term (stale opt-outs, to report). */
  unknownIgnores: string[];
}

/** Characters that continue a word before a mention: letters, digits, marks, soft and real hyphens. */
const WORD_BEFORE = /[\p{L}\p{N}\p{M}\u00AD\-\u2010\u2011]/u;
/** Characters that continue a word after a mention (a hyphen is handled as a compound). */
const WORD_AFTER = /[\p{L}\p{N}\p{M}\u00AD]/u;
const HYPHEN = /^[-\u2010\u2011]$/;
const WORD_START = /^[\p{L}\p{N}]$/u;
/** Stands for a node without text (an expression, an image) so no word runs across it. */
const OPAQUE = '\uFFFC';

/** Case-, space- and hyphen-insensitive key of a term, to compare terms and opt-outs. */
export function termKey(text: string): string {
  return lowerCase(text).replace(/[\s\-\u2010\u2011]+/g, ' ').trim();
}

const FEMININE = /(?:ung|heit|keit|schaft|ion|tät|ik|ur|ei)$/;

/** The endings the last word of a term may take (see the module comment). */
export function inflections(lastWord: string): readonly string[] {
  if (!/\p{L}$/u.test(lastWord)) return [];
  if (/^[\p{Lu}\p{N}]{2,}$/u.test(lastWord)) return ['s'];
  const letters = lastWord.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return [];
  if (lastWord.endsWith('e')) return ['n', 's'];
  if (/(?:el|er)$/.test(lastWord)) return ['n', 's'];
  if (lastWord.endsWith('en')) return ['s'];
  if (FEMININE.test(lastWord)) return ['en'];
  return ['es', 'en', 's', 'e'];
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/;

function literal(ch: string): string {
  return SYNTAX.test(ch) ? `\\${ch}` : ch;
}

function eitherCase(ch: string): string {
  const lower = ch.toLocaleLowerCase('de-DE');
  const upper = ch.toLocaleUpperCase('de-DE');
  return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : literal(ch);
}

/** The words of a term, as its pattern joins them (by space or hyphen). */
function termWords(text: string): string[] {
  return text.trim().split(/[\s\-\u2010\u2011]+/).filter(Boolean);
}

/** The pattern of one term. */
function termPattern(text: string): RegExp {
  const words = termWords(text);
  const multi = words.length > 1;
  const parts = words.map((word, w) => {
    const chars = [...word];
    return chars
      .map((ch, i) => {
        if (i > 0) return literal(ch);
        // A lower-case start also matches capitalised (sentence start); multi-word terms ignore
        // the case of each word's first letter; single-word capitalised terms match exactly.
        const isLower = ch !== ch.toLocaleUpperCase('de-DE');
        return multi || (w === 0 && isLower) ? eitherCase(ch) : literal(ch);
      })
      .join('');
  });
  const endings = inflections(words.at(-1) ?? '');
  const ending = endings.length > 0 ? `(${endings.join('|')})?` : '()';
  // No lookarounds: the boundaries are checked in code (Unicode-aware), which keeps the ~150
  // patterns cheap to compile. An ending is a letter, so a greedy match that fails the boundary
  // check has no shorter form that passes it.
  return new RegExp(`${parts.join('(?:\\s+|[-\\u2010\\u2011])')}${ending}`, 'g');
}

/** The terms of one entry: title, synonyms, and for a title „X (Y)“ also X and Y. */
export function termsOf(source: AutolinkSource): string[] {
  const names = [source.title, ...source.synonyms];
  const paren = /^(.*\S)\s*\(([^()]+)\)$/.exec(source.title.trim());
  if (paren) names.push(paren[1]!, paren[2]!);
  const seen = new Set<string>();
  // NFC: a name typed with a decomposed umlaut still matches the running text, which is typed composed.
  return names.map((n) => nfc(n).trim()).filter((n) => n.length >= 2 && !seen.has(termKey(n)) && seen.add(termKey(n)));
}

/** Builds the term index of the whole glossary; a term two entries claim is left out. */
export function buildTermIndex(sources: readonly AutolinkSource[]): TermIndex {
  const owners = new Map<string, Set<string>>();
  const texts = new Map<string, string>();
  const excluded = new Set<string>();
  for (const source of sources) {
    for (const name of source.excludeNames ?? []) excluded.add(termKey(name));
    for (const text of termsOf(source)) {
      const key = termKey(text);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(source.slug);
      if (!texts.has(key)) texts.set(key, text);
    }
  }
  const terms: Term[] = [];
  const slugByKey = new Map<string, string>();
  for (const [key, slugs] of owners) {
    if (slugs.size !== 1) continue;
    const slug = [...slugs][0]!;
    const text = texts.get(key)!;
    slugByKey.set(key, slug);
    const needle = lowerCase(text.trim().split(/[\s\-\u2010\u2011]+/)[0] ?? '');
    terms.push({ slug, text, pattern: termPattern(text), needle, linkable: !excluded.has(key) });
  }
  needleIndex(terms);
  return { terms, slugByKey };
}

/** The terms that share one needle (or tail, see NeedleIndex), as positions in `TermIndex.terms`, ascending. */
interface NeedleGroup {
  needle: string;
  positions: number[];
}

/**
 * A trie of needles, one UTF-16 code unit per level, so that the needles occurring in a block are
 * found in time proportional to the block's length (times the length of the longest needle prefix
 * found at a position), not to the number of terms. The root holds the empty needle (of a term
 * like „-Rabatt“, or the empty tail of „Plan B“), which every text contains.
 */
interface NeedleNode {
  next?: Map<number, NeedleNode>;
  /** The terms whose needle ends here. */
  group?: NeedleGroup;
}

/**
 * What finds the candidate terms of a block: a glossary of 2,000 entries has 4,000 and more terms,
 * and testing each of them against each block made finding mentions grow with entries × entries.
 */
interface NeedleIndex {
  /** The needles, searched in the block's lower-case text. Its groups list the single-word terms only. */
  needles: NeedleNode;
  /**
   * The tails of multi-word terms: their last word without its first character, searched in the
   * block's text as written. Their groups list the multi-word terms.
   */
  tails: NeedleNode;
  /** The needle group of each term, by position. */
  needleOf: NeedleGroup[];
}

/** Adds `position` under `needle` to a trie; returns the needle's group. */
function insert(root: NeedleNode, needle: string, position?: number): NeedleGroup {
  let node = root;
  for (let i = 0; i < needle.length; i++) {
    const unit = needle.charCodeAt(i);
    node.next ??= new Map();
    let child = node.next.get(unit);
    if (!child) node.next.set(unit, (child = {}));
    node = child;
  }
  node.group ??= { needle, positions: [] };
  if (position !== undefined) node.group.positions.push(position);
  return node.group;
}

/**
 * The groups of every needle of the trie that occurs in `text`; with `wordStarts`, only where no
 * word goes on before it (WORD_BEFORE).
 */
function occurring(root: NeedleNode, text: string, wordStarts = false): Set<NeedleGroup> {
  const found = new Set<NeedleGroup>();
  if (root.group) found.add(root.group);
  for (let i = 0; i < text.length; i++) {
    if (wordStarts && i > 0 && WORD_BEFORE.test(text[i - 1]!)) continue;
    let node: NeedleNode | undefined = root;
    for (let j = i; j < text.length && node.next; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.group) found.add(node.group);
    }
  }
  return found;
}

// Keyed by the terms array, not the index, so that an index copied with `{ ...index }` shares the
// tries and one with other terms gets its own; an index put together by hand gets them on first use.
const needleIndexes = new WeakMap<readonly Term[], NeedleIndex>();

/** The needle index of a term list, built on first use (buildTermIndex builds it up front). */
function needleIndex(terms: readonly Term[]): NeedleIndex {
  let built = needleIndexes.get(terms);
  if (built) return built;
  built = { needles: {}, tails: {}, needleOf: [] };
  for (const [position, term] of terms.entries()) {
    const words = termWords(term.text);
    const multi = words.length > 1;
    built.needleOf.push(insert(built.needles, term.needle, multi ? undefined : position));
    if (multi) insert(built.tails, [...words.at(-1)!].slice(1).join(''), position);
  }
  needleIndexes.set(terms, built);
  return built;
}

/**
 * The terms that may occur in a block, in the order of `index.terms` (two terms may match the same
 * words, „Leads“ as a synonym and as the plural of „Lead“, and the earlier one wins): those whose
 * needle the lower-case text contains at the start of a word, and of a multi-word
 * term only if the text as written also contains its tail. The pattern spells every character of a
 * word but the first literally (termPattern), so a term without its tail in the text has no match,
 * and leaving it out changes nothing but the time; it matters where many terms share their first
 * word (the 2,000 synthetic entries „Testbegriff NNNN“ of the build benchmark).
 */
function candidateTerms(text: string, lower: string, index: TermIndex): Term[] {
  const { needles, tails, needleOf } = needleIndex(index.terms);
  // A mention starts a word (mentions() drops the others), and it starts with its needle: a needle
  // only inside words („kontakt“ in „Neukontakte“) names no candidate. Lower case keeps letters,
  // digits, marks and hyphens what they are, so the test on `lower` is the one on the text.
  const found = occurring(needles, lower, true);
  const positions: number[] = [];
  for (const group of found) positions.push(...group.positions);
  for (const group of occurring(tails, text)) {
    for (const position of group.positions) if (found.has(needleOf[position]!)) positions.push(position);
  }
  return positions.sort((a, b) => a - b).map((position) => index.terms[position]!);
}

function hrefOf(node: MdNode): string | undefined {
  if (node.type === 'link' || node.type === 'definition') return typeof node.url === 'string' ? node.url : undefined;
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
    for (const attr of node.attributes ?? []) {
      const a = attr as { type?: string; name?: string; value?: unknown };
      if (a.type === 'mdxJsxAttribute' && a.name === 'href' && typeof a.value === 'string') return a.value;
    }
  }
  return undefined;
}

/** Every entry the author links to anywhere in the tree (headings and callouts included). */
function authoredTargets(root: MdNode): Set<string> {
  const targets = new Set<string>();
  const walk = (node: MdNode) => {
    const href = hrefOf(node);
    const target = href === undefined ? undefined : parseEntryHref(href);
    if (target) targets.add(target.slug);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return targets;
}

/** A stretch of a block's text: a text node that may be linked, or text that only counts. */
interface Segment {
  start: number;
  text: string;
  node?: TextNode;
  parent?: MdNode;
}

interface Block {
  text: string;
  segments: Segment[];
}

// Bold is left out on purpose: in this glossary it marks list labels that work as small headings
// („**Lead vs. Kontakt:**“) and results („**20 €**“), not running text.
const TRANSPARENT = new Set(['emphasis', 'delete']);

function isCallout(node: MdNode): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && CALLOUTS.has(node.name ?? '');
}

/** The text of one paragraph or table cell, with where each piece came from. */
function readBlock(container: MdNode): Block {
  const segments: Segment[] = [];
  let text = '';
  const push = (value: string, node?: TextNode, parent?: MdNode) => {
    segments.push({ start: text.length, text: value, node, parent });
    text += value;
  };
  const walk = (node: MdNode, parent: MdNode, linkable: boolean) => {
    if (node.type === 'text') return push(node.value ?? '', linkable ? (node as TextNode) : undefined, parent);
    if (node.type === 'inlineCode') return push(node.value ?? '');
    if (node.type === 'break') return push('\n');
    if (node.children) {
      // Links, link references and other JSX keep their text (it counts for whole words and
      // "longest wins") but get no links inside.
      const inside = linkable && (TRANSPARENT.has(node.type) || isCallout(node));
      for (const child of node.children) walk(child, node, inside);
      return;
    }
    push(OPAQUE);
  };
  for (const child of container.children ?? []) walk(child, container, true);
  return { text, segments };
}

/** The paragraphs and table body cells of running text, in document order. */
function runningText(root: MdNode): MdNode[] {
  const blocks: MdNode[] = [];
  const walk = (node: MdNode) => {
    switch (node.type) {
      case 'paragraph':
        blocks.push(node);
        return;
      case 'table':
        // The first row is the header row: column headings are headings.
        for (const row of (node.children ?? []).slice(1)) for (const cell of row.children ?? []) blocks.push(cell);
        return;
      case 'root':
      case 'list':
      case 'listItem':
      case 'blockquote':
        for (const child of node.children ?? []) walk(child);
        return;
      default:
        if (isCallout(node)) for (const child of node.children ?? []) walk(child);
    }
  };
  walk(root);
  return blocks;
}

interface Mention {
  start: number;
  end: number;
  term: Term;
}

/** Every mention of every term in a block: the longest wins, shorter overlapping ones drop out. */
function mentions(text: string, index: TermIndex): Mention[] {
  const found: Mention[] = [];
  for (const term of candidateTerms(text, lowerCase(text), index)) {
    for (const match of text.matchAll(term.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (WORD_BEFORE.test(text[start - 1] ?? '') || WORD_AFTER.test(text[end] ?? '')) continue;
      if (HYPHEN.test(text[end] ?? '')) {
        // Compound: only „<exact term>-Wort“ links, and only the term part.
        const next = [...text.slice(end + 1, end + 3)][0] ?? '';
        if (match[1] || !WORD_START.test(next)) continue;
      }
      found.push({ start, end, term });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Mention[] = [];
  for (const m of found) if (chosen.every((c) => m.end <= c.start || m.start >= c.end)) chosen.push(m);
  return chosen.sort((a, b) => a.start - b.start);
}

/** What linking this entry would change, without changing anything. */
export function planAutolinks(root: MdNode, options: AutolinkOptions, index: TermIndex): AutolinkPlan {
  const ignoreKeys = new Map((options.ignore ?? []).map((word) => [termKey(word), word]));
  const unknownIgnores = [...ignoreKeys]
    .filter(([key]) => index.slugByKey.get(key) === undefined || index.slugByKey.get(key) === options.slug)
    .map(([, word]) => word);
  if (options.enabled === false) return { replacements: [], links: [], unknownIgnores };

  const linked = authoredTargets(root);
  linked.add(options.slug);
  const links: AddedLink[] = [];
  const cuts = new Map<TextNode, { parent: MdNode; ranges: { from: number; to: number; slug: string }[] }>();

  for (const container of runningText(root)) {
    const block = readBlock(container);
    for (const m of mentions(block.text, index)) {
      const slug = m.term.slug;
      if (!m.term.linkable || linked.has(slug) || ignoreKeys.has(termKey(m.term.text))) continue;
      const segment = block.segments.find((s) => s.start <= m.start && m.end <= s.start + s.text.length);
      if (!segment?.node || !segment.parent) continue;
      linked.add(slug);
      const from = m.start - segment.start;
      const to = m.end - segment.start;
      links.push({ slug, text: segment.text.slice(from, to) });
      if (!cuts.has(segment.node)) cuts.set(segment.node, { parent: segment.parent, ranges: [] });
      cuts.get(segment.node)!.ranges.push({ from, to, slug });
    }
  }

  const replacements: Replacement[] = [];
  for (const [node, { parent, ranges }] of cuts) {
    const nodes: (TextNode | LinkNode)[] = [];
    let at = 0;
    for (const { from, to, slug } of ranges) {
      if (from > at) nodes.push({ type: 'text', value: node.value.slice(at, from) });
      nodes.push({ type: 'link', url: entryPath(slug), title: null, children: [{ type: 'text', value: node.value.slice(from, to) }] });
      at = to;
    }
    if (at < node.value.length) nodes.push({ type: 'text', value: node.value.slice(at) });
    replacements.push({ node, parent, nodes });
  }
  return { replacements, links, unknownIgnores };
}
