/**
 * Editorial rules for glossary entries that the schema cannot express: length of the
 * text, German quotes, unique names, no leftover placeholders, plausible dates.
 * Pure functions over strings; tests/content applies them to the real entries.
 */
import { isoDay } from '../format.ts';
import { lowerCase } from '../text/fold.ts';
import { INLINE_CODE, blankFencedCode } from './mdx-code.ts';

/** Body length in words for ordinary entries. */
export const WORDS = { min: 400, max: 1200 } as const;

/** The three entries the glossary grew from get more room and a higher floor. */
export const CORE_ENTRIES: readonly string[] = ['cross-selling', 'nutzenargumentation', 'qualifizierung'];
export const CORE_WORDS = { min: 600, max: 1200 } as const;

/** Every entry links to at least this many other entries in its text … */
export const MIN_OUTGOING_LINKS = 3;
/** … and is linked from the text of at least this many. */
export const MIN_INCOMING_LINKS = 2;

/** The word range an entry's body must fall into. */
export function wordRange(slug: string): { min: number; max: number } {
  return CORE_ENTRIES.includes(slug) ? CORE_WORDS : WORDS;
}

// An MDX/HTML tag with its attributes; quoted attribute values may contain '>'.
const TAG = /<\/?[A-Za-z][\w.:-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*\s*\/?>/g;

/**
 * The body as prose, line for line: code, MDX tags with their attributes and
 * Markdown link targets removed (the link text stays). Line numbers are kept.
 */
export function proseLines(body: string): string[] {
  return blankFencedCode(body).map((line) => line.replace(INLINE_CODE, ' ').replace(TAG, ' ').replace(/\]\([^)]*\)/g, ']'));
}

/** Words of the body as a reader counts them: tokens with at least one letter or digit. */
export function countWords(body: string): number {
  let count = 0;
  for (const line of proseLines(body)) {
    for (const token of line.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  }
  return count;
}

/** A finding on one line of a text (1-based line number). */
export interface LineFinding {
  line: number;
  text: string;
}

/** Lines of the body whose prose contains a straight double quote (German text uses „…“). */
export function findStraightQuotes(body: string): LineFinding[] {
  return proseLines(body).flatMap((prose, i) =>
    prose.includes('"') ? [{ line: i + 1, text: body.split('\n')[i]!.trim() }] : [],
  );
}

/** Lines of a file that still contain a "TODO" placeholder (as `npm run new` writes them). */
export function findTodos(source: string): LineFinding[] {
  return source.split('\n').flatMap((text, i) => (/\bTODO\b/.test(text) ? [{ line: i + 1, text: text.trim() }] : []));
}

/** The names under which an entry can be found. */
export interface NamedEntry {
  file: string;
  title: string;
  synonyms: readonly string[];
}

/** A name used more than once, and where. */
export interface DuplicateName {
  name: string;
  uses: { file: string; as: 'title' | 'synonym' }[];
}

function nameKey(name: string): string {
  return lowerCase(name.trim().replace(/\s+/g, ' '));
}

/**
 * Titles and synonyms that occur more than once, compared case-insensitively: in two
 * entries, or twice in the same entry (a synonym equal to its own title adds nothing).
 */
export function findDuplicateNames(entries: readonly NamedEntry[]): DuplicateName[] {
  const byKey = new Map<string, DuplicateName>();
  for (const entry of entries) {
    const names = [
      { name: entry.title, as: 'title' as const },
      ...entry.synonyms.map((name) => ({ name, as: 'synonym' as const })),
    ];
    for (const { name, as } of names) {
      const key = nameKey(name);
      const found = byKey.get(key);
      if (found) found.uses.push({ file: entry.file, as });
      else byKey.set(key, { name: name.trim(), uses: [{ file: entry.file, as }] });
    }
  }
  return [...byKey.values()].filter((d) => d.uses.length > 1);
}

const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today as the calendar day in Germany, YYYY-MM-DD: the editors' day, so an editor who
 * reviews an entry shortly after midnight is not ahead of a UTC build machine.
 */
export function berlinToday(now: Date = new Date()): string {
  return berlinDay.format(now);
}

/** Whether a frontmatter date ("Stand", first publication) lies after today in Germany. */
export function isInFuture(updated: Date, now: Date = new Date()): boolean {
  return isoDay(updated) > berlinToday(now);
}

/**
 * What is wrong with an entry's `published` date, in German naming the field, or undefined:
 * it must not lie after `updated` (an entry cannot be reviewed before it first appeared)
 * nor in the future. Entries without `published` pass.
 */
export function publishedProblem(dates: { published?: Date | undefined; updated: Date }, now: Date = new Date()): string | undefined {
  const { published, updated } = dates;
  if (published === undefined) return undefined;
  const day = isoDay(published);
  if (isInFuture(published, now)) return `„published“ (${day}) liegt in der Zukunft.`;
  const stand = isoDay(updated);
  if (day > stand) return `„published“ (${day}) liegt nach „updated“ (${stand}); die Erstveröffentlichung kann nicht nach dem Stand liegen.`;
  return undefined;
}

/** An MDX file split into its YAML frontmatter and its body. */
export interface SplitSource {
  frontmatter: string;
  body: string;
  /** How many lines of the file precede the body: body line n is file line n + bodyOffset. */
  bodyOffset: number;
}

/** Splits an MDX source at its `---` fences; undefined when it has no frontmatter. */
export function splitFrontmatter(source: string): SplitSource | undefined {
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const head = match[0];
  return { frontmatter: match[1] ?? '', body: source.slice(head.length), bodyOffset: head.split('\n').length - 1 };
}
