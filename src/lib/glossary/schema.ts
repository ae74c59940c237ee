/**
 * The frontmatter schema of a glossary entry, with German error messages that
 * name the field, so a build that stops on bad frontmatter says what to fix.
 */
import { z } from 'zod';
import { lowerCase } from '../text/fold.ts';
import { CATEGORIES, CATEGORY_SLUGS } from './categories.ts';
import { SLUG_PATTERN } from './slug.ts';

/** Longest summary: it is the meta description and the preview text. */
export const SUMMARY_MAX = 160;

function text(field: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Pflichtfeld „${field}“ fehlt.` : `„${field}“ muss ein Text sein.`,
    })
    .trim()
    .min(1, { error: `„${field}“ darf nicht leer sein.` });
}

function list<T extends z.ZodType>(field: string, item: T) {
  return z.array(item, {
    error: (issue) =>
      issue.input === undefined ? `Pflichtfeld „${field}“ fehlt.` : `„${field}“ muss eine Liste sein.`,
  });
}

const slug = (field: string) =>
  text(field).regex(SLUG_PATTERN, {
    error: (issue) =>
      `„${field}“: „${String(issue.input)}“ ist kein gültiger Slug (Kleinbuchstaben, Ziffern und Bindestriche, z. B. „cross-selling“).`,
  });

const source = z.object(
  {
    /** Title of the book, article, study or law. */
    title: text('sources.title'),
    /** Author(s), or the publishing organisation when there is no author. */
    author: text('sources.author'),
    /** Journal, publisher or institution, when it helps to find the source. */
    publisher: text('sources.publisher').optional(),
    /** Year of publication. */
    year: z
      .number({ error: '„sources.year“ muss eine Jahreszahl sein, z. B. 2012.' })
      .int({ error: '„sources.year“ muss eine ganze Jahreszahl sein.' })
      .min(1500, { error: '„sources.year“ muss zwischen 1500 und 2100 liegen.' })
      .max(2100, { error: '„sources.year“ muss zwischen 1500 und 2100 liegen.' }),
    /** Where the source can be read; only https addresses. */
    url: z
      .url({ protocol: /^https?$/, error: '„sources.url“ muss eine vollständige Adresse sein (https://…).' })
      .optional(),
  },
  { error: '„sources“ muss Einträge mit title, author und year enthalten.' },
);

export const glossaryEntrySchema = z.object({
  /** The term as readers know it; also the page heading. */
  title: text('title'),
  /** Other German names of the term (searchable, shown under the title). */
  synonyms: list('synonyms', text('synonyms')).default([]),
  /** The English term, when it differs usefully from the title. */
  english: text('english').optional(),
  /** One or two sentences: the definition up front, meta description and preview text. */
  summary: text('summary').max(SUMMARY_MAX, {
    error: (issue) =>
      `„summary“ darf höchstens ${SUMMARY_MAX} Zeichen lang sein (jetzt ${String(issue.input).length}).`,
  }),
  /** Topic cluster; one of the slugs in categories.ts. */
  category: z.enum(CATEGORY_SLUGS, {
    error: (issue) =>
      `„category“: „${String(issue.input)}“ gibt es nicht. Erlaubt: ${CATEGORIES.map((c) => c.slug).join(', ')}.`,
  }),
  /** Three to six short points shown as "Das Wichtigste in Kürze". */
  keyPoints: list('keyPoints', text('keyPoints'))
    .min(3, { error: '„keyPoints“ braucht mindestens 3 Punkte.' })
    .max(6, { error: '„keyPoints“ darf höchstens 6 Punkte haben.' }),
  /** Slugs of closely related entries ("Verwandte Begriffe"); each must exist. */
  related: list('related', slug('related')).default([]),
  /** Where the facts come from; academic and primary sources first. */
  sources: list('sources', source).min(1, { error: '„sources“ braucht mindestens eine Quelle.' }),
  /** Date of the last editorial review ("Stand"), as YYYY-MM-DD. */
  updated: z.coerce.date({ error: '„updated“ muss ein Datum im Format JJJJ-MM-TT sein.' }),
  /**
   * Date the entry first appeared, as YYYY-MM-DD (for existing entries: the day of their first
   * commit). Drives the „Neu“ mark; not after `updated` and not in the future (content check).
   * Optional: an entry without it can be marked „Aktualisiert“ but never „Neu“.
   */
  published: z.coerce.date({ error: '„published“ muss ein Datum im Format JJJJ-MM-TT sein.' }).optional(),
  /**
   * Automatic first-mention links in this entry's text (rules in autolink.ts); `false` switches
   * them off for the whole entry. Authored links are never touched.
   */
  autolink: z.boolean({ error: '„autolink“ muss true oder false sein (ohne Anführungszeichen).' }).default(true),
  /** Words (titles or synonyms of other entries) that are never linked automatically in this entry. */
  autolinkIgnore: list('autolinkIgnore', text('autolinkIgnore')).default([]),
  /**
   * This entry's own title or synonyms that no other entry links automatically: for synonyms that
   * are also everyday words („Interessent“). Each must be the title or one of the synonyms.
   */
  autolinkExcludeNames: list('autolinkExcludeNames', text('autolinkExcludeNames')).default([]),
}).superRefine((entry, ctx) => {
  const own = new Set([entry.title, ...entry.synonyms].map(lowerCase));
  entry.autolinkExcludeNames.forEach((name, i) => {
    if (own.has(lowerCase(name))) return;
    ctx.addIssue({
      code: 'custom',
      path: ['autolinkExcludeNames', i],
      message: `„autolinkExcludeNames“: „${name}“ ist weder der Titel noch ein Synonym dieses Eintrags.`,
    });
  });
});

export type GlossaryEntryData = z.output<typeof glossaryEntrySchema>;
export type GlossarySource = GlossaryEntryData['sources'][number];

/** One line per problem: "field: message", as the build prints them. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(Frontmatter)'}: ${issue.message}`);
}
