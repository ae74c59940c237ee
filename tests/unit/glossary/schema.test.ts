import { describe, expect, it } from 'vitest';
import { describeIssues, glossaryEntrySchema, SUMMARY_MAX } from '../../../src/lib/glossary/schema';

const valid = {
  title: 'Cross-Selling',
  synonyms: ['Querverkauf'],
  summary: 'Verkauf ergänzender Produkte an bestehende Kunden.',
  category: 'profitabilitaet',
  keyPoints: ['Eins', 'Zwei', 'Drei'],
  related: ['up-selling'],
  sources: [{ title: 'The Dark Side of Cross-Selling', author: 'Denish Shah, V. Kumar', year: 2012, url: 'https://hbr.org/2012/12/the-dark-side-of-cross-selling' }],
  updated: '2026-11-27',
};

function problems(data: Record<string, unknown>): string[] {
  const result = glossaryEntrySchema.safeParse(data);
  return result.success ? [] : describeIssues(result.error);
}

describe('glossaryEntrySchema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const { synonyms: _s, related: _r, ...minimal } = valid;
    const parsed = glossaryEntrySchema.parse(minimal);
    expect(parsed.synonyms).toEqual([]);
    expect(parsed.related).toEqual([]);
    expect(parsed.updated).toEqual(new Date('2026-11-27'));
  });

  it('names a missing required field in German', () => {
    const { title: _t, ...rest } = valid;
    expect(problems(rest)).toEqual(['title: Pflichtfeld „title“ fehlt.']);
  });

  it('says how long a too long summary is', () => {
    const summary = 'x'.repeat(SUMMARY_MAX + 7);
    expect(problems({ ...valid, summary })).toEqual([
      `summary: „summary“ darf höchstens 160 Zeichen lang sein (jetzt ${SUMMARY_MAX + 7}).`,
    ]);
  });

  it('lists the allowed categories for an unknown one', () => {
    expect(problems({ ...valid, category: 'marketing' })).toEqual([
      'category: „category“: „marketing“ gibt es nicht. Erlaubt: profitabilitaet, kundenbeziehung, pipeline, gespraech.',
    ]);
  });

  it('points into lists: the related slug and the source field', () => {
    expect(
      problems({ ...valid, related: ['Up Selling'], sources: [{ title: 'T', author: 'A', year: 'zwanzig' }] }),
    ).toEqual([
      'related.0: „related“: „Up Selling“ ist kein gültiger Slug (Kleinbuchstaben, Ziffern und Bindestriche, z. B. „cross-selling“).',
      'sources.0.year: „sources.year“ muss eine Jahreszahl sein, z. B. 2012.',
    ]);
  });

  it('requires at least one source, three key points and a valid date', () => {
    expect(problems({ ...valid, sources: [], keyPoints: ['a'], updated: 'gestern' })).toEqual([
      'keyPoints: „keyPoints“ braucht mindestens 3 Punkte.',
      'sources: „sources“ braucht mindestens eine Quelle.',
      'updated: „updated“ muss ein Datum im Format JJJJ-MM-TT sein.',
    ]);
  });

  it('takes an optional first-publication date and names the field when it is not a date', () => {
    expect(glossaryEntrySchema.parse(valid).published).toBeUndefined();
    expect(glossaryEntrySchema.parse({ ...valid, published: '2026-11-01' }).published).toEqual(new Date('2026-11-01'));
    expect(problems({ ...valid, published: 'letzte Woche' })).toEqual([
      'published: „published“ muss ein Datum im Format JJJJ-MM-TT sein.',
    ]);
  });

  it('switches automatic links on by default, with empty opt-out lists', () => {
    const parsed = glossaryEntrySchema.parse(valid);
    expect(parsed.autolink).toBe(true);
    expect(parsed.autolinkIgnore).toEqual([]);
    expect(parsed.autolinkExcludeNames).toEqual([]);
    expect(glossaryEntrySchema.parse({ ...valid, autolink: false, autolinkIgnore: ['Lead'] }).autolinkIgnore).toEqual(['Lead']);
  });

  it('names the auto-link fields in German when they have the wrong type', () => {
    expect(problems({ ...valid, autolink: 'nein', autolinkIgnore: 'Lead' })).toEqual([
      'autolink: „autolink“ muss true oder false sein (ohne Anführungszeichen).',
      'autolinkIgnore: „autolinkIgnore“ muss eine Liste sein.',
    ]);
  });

  it('accepts only the entry’s own title and synonyms as excluded names', () => {
    expect(problems({ ...valid, autolinkExcludeNames: ['querverkauf'] })).toEqual([]);
    expect(problems({ ...valid, autolinkExcludeNames: ['Querverkauf', 'Lead'] })).toEqual([
      'autolinkExcludeNames.1: „autolinkExcludeNames“: „Lead“ ist weder der Titel noch ein Synonym dieses Eintrags.',
    ]);
  });

  it('rejects an empty title and a source URL that is not http(s)', () => {
    expect(problems({ ...valid, title: '  ', sources: [{ title: 'T', author: 'A', year: 2000, url: 'ftp://x.de/a' }] })).toEqual([
      'title: „title“ darf nicht leer sein.',
      'sources.0.url: „sources.url“ muss eine vollständige Adresse sein (https://…).',
    ]);
  });
});
