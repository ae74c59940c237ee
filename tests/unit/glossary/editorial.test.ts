import { describe, expect, it } from 'vitest';
import {
  countWords,
  CORE_WORDS,
  findDuplicateNames,
  findStraightQuotes,
  findTodos,
  berlinToday,
  isInFuture,
  proseLines,
  publishedProblem,
  splitFrontmatter,
  wordRange,
  WORDS,
} from '../../../src/lib/glossary/editorial';

describe('countWords', () => {
  it('counts the words of plain prose', () => {
    expect(countWords('Cross-Selling lohnt sich nicht bei jedem Kunden.')).toBe(7);
  });

  it('counts link text but not link targets', () => {
    expect(countWords('Siehe [Qualifizierung](/glossar/qualifizierung/ "mit Titel").')).toBe(2);
  });

  it('ignores MDX tags and their attributes but counts the text inside', () => {
    const body = '<Beispiel title="Zwei Kunden, dasselbe Produkt">\n\nKunde A zahlt.\n\n</Beispiel>\n<Tipp>\n\nRechnen!\n\n</Tipp>';
    expect(countWords(body)).toBe(4);
  });

  it('does not count Markdown markup, dashes, signs or table rules as words', () => {
    expect(countWords('## Fallstricke\n\n- **Eins** – zwei\n\n| a | b |\n| --- | --- |\n\n1.200 € × 45 %')).toBe(7);
  });

  it('ignores code blocks and inline code', () => {
    expect(countWords('Ein Wort\n\n```\nviele Wörter im Code\n```\n\nund `code hier` zwei')).toBe(4);
  });
});

describe('proseLines', () => {
  it('keeps one output line per input line, so line numbers stay valid', () => {
    const body = 'a\n```\ncode\n```\n<Tipp>\nb';
    expect(proseLines(body)).toHaveLength(body.split('\n').length);
  });
});

describe('wordRange', () => {
  it('gives the three core entries a higher floor than the others', () => {
    for (const slug of ['cross-selling', 'nutzenargumentation', 'qualifizierung']) expect(wordRange(slug)).toEqual(CORE_WORDS);
    expect(wordRange('bant')).toEqual(WORDS);
    expect(CORE_WORDS.min).toBe(600);
    expect(WORDS).toEqual({ min: 400, max: 1200 });
  });
});

describe('findStraightQuotes', () => {
  it('finds straight double quotes in prose with their line numbers', () => {
    expect(findStraightQuotes('Gut: „so“.\nSchlecht: "so".')).toEqual([{ line: 2, text: 'Schlecht: "so".' }]);
  });

  it('accepts quotes that are MDX attribute or link title syntax', () => {
    const body = '<Beispiel title="Ein Titel">\n\nText mit [Link](/glossar/lead/ "Titel").\n\n</Beispiel>';
    expect(findStraightQuotes(body)).toEqual([]);
  });

  it('still finds a straight quote after a tag on the same line', () => {
    expect(findStraightQuotes('<Fakt title="ok">Er sagte "nein".</Fakt>')).toHaveLength(1);
  });

  it('accepts straight quotes inside code', () => {
    expect(findStraightQuotes('Schreiben Sie `title="…"` so.\n```\n"x"\n```')).toEqual([]);
  });
});

describe('findTodos', () => {
  it('finds every line that still holds a TODO placeholder', () => {
    const source = 'summary: "TODO: Definition"\nkeyPoints:\n  - "Fertig"\n  - "TODO"';
    expect(findTodos(source).map((f) => f.line)).toEqual([1, 4]);
  });

  it('does not flag words that merely contain the letters', () => {
    expect(findTodos('Der TODOS-Tarif und todo in Kleinbuchstaben')).toEqual([]);
  });
});

describe('findDuplicateNames', () => {
  it('finds a synonym that equals another entry’s title, ignoring case and spacing', () => {
    const duplicates = findDuplicateNames([
      { file: 'a.mdx', title: 'Cross-Selling', synonyms: ['Querverkauf'] },
      { file: 'b.mdx', title: 'Up-Selling', synonyms: ['cross-selling '] },
    ]);
    expect(duplicates).toEqual([
      { name: 'Cross-Selling', uses: [{ file: 'a.mdx', as: 'title' }, { file: 'b.mdx', as: 'synonym' }] },
    ]);
  });

  it('finds duplicate titles and synonyms shared by two entries', () => {
    const duplicates = findDuplicateNames([
      { file: 'a.mdx', title: 'Lead', synonyms: ['Interessent'] },
      { file: 'b.mdx', title: 'LEAD', synonyms: [] },
      { file: 'c.mdx', title: 'Kontakt', synonyms: ['Interessent'] },
    ]);
    expect(duplicates.map((d) => [d.name, d.uses.map((u) => u.file)])).toEqual([
      ['Lead', ['a.mdx', 'b.mdx']],
      ['Interessent', ['a.mdx', 'c.mdx']],
    ]);
  });

  it('finds a synonym that repeats its own entry’s title', () => {
    expect(findDuplicateNames([{ file: 'a.mdx', title: 'NPS', synonyms: ['nps'] }])).toHaveLength(1);
  });

  it('finds nothing when all names are distinct', () => {
    expect(
      findDuplicateNames([
        { file: 'a.mdx', title: 'Up-Selling', synonyms: ['Upselling'] },
        { file: 'b.mdx', title: 'Down-Selling', synonyms: ['Downselling'] },
      ]),
    ).toEqual([]);
  });
});

describe('isInFuture', () => {
  const now = new Date('2026-11-27T12:00:00Z');

  it('accepts today and earlier days', () => {
    expect(isInFuture(new Date('2026-11-27'), now)).toBe(false);
    expect(isInFuture(new Date('2025-01-31'), now)).toBe(false);
  });

  it('rejects tomorrow', () => {
    expect(isInFuture(new Date('2026-11-28'), now)).toBe(true);
  });

  it('counts the day as it is in Germany, ahead of UTC after midnight', () => {
    // 23:30 UTC on the 27th is already 00:30 on the 28th in Berlin.
    expect(isInFuture(new Date('2026-11-28'), new Date('2026-11-27T23:30:00Z'))).toBe(false);
    expect(isInFuture(new Date('2026-11-29'), new Date('2026-11-27T23:30:00Z'))).toBe(true);
  });
});

describe('berlinToday', () => {
  it('is the calendar day in Germany, summer and winter time included', () => {
    expect(berlinToday(new Date('2026-11-27T12:00:00Z'))).toBe('2026-11-27');
    expect(berlinToday(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(berlinToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(berlinToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('publishedProblem', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const updated = new Date('2026-11-20');

  it('accepts a missing date and a first publication on or before the "Stand"', () => {
    expect(publishedProblem({ updated }, now)).toBeUndefined();
    expect(publishedProblem({ published: new Date('2026-11-20'), updated }, now)).toBeUndefined();
    expect(publishedProblem({ published: new Date('2025-03-01'), updated }, now)).toBeUndefined();
  });

  it('names the field and both dates when the first publication lies after the "Stand"', () => {
    expect(publishedProblem({ published: new Date('2026-11-21'), updated }, now)).toBe(
      '„published“ (2026-11-21) liegt nach „updated“ (2026-11-20); die Erstveröffentlichung kann nicht nach dem Stand liegen.',
    );
  });

  it('rejects a first publication in the future, counted in German days', () => {
    expect(publishedProblem({ published: new Date('2026-11-28'), updated: new Date('2026-11-28') }, now)).toBe(
      '„published“ (2026-11-28) liegt in der Zukunft.',
    );
    expect(publishedProblem({ published: new Date('2026-11-28'), updated: new Date('2026-11-28') }, new Date('2026-11-27T23:30:00Z'))).toBeUndefined();
  });
});

describe('splitFrontmatter', () => {
  it('splits frontmatter and body and says where the body starts', () => {
    const split = splitFrontmatter('---\ntitle: A\nsummary: "B"\n---\n\nText\n');
    expect(split).toEqual({ frontmatter: 'title: A\nsummary: "B"', body: '\nText\n', bodyOffset: 4 });
  });

  it('accepts empty frontmatter and rejects a file without any', () => {
    expect(splitFrontmatter('---\n---\nText')).toEqual({ frontmatter: '', body: 'Text', bodyOffset: 2 });
    expect(splitFrontmatter('Text ohne Frontmatter')).toBeUndefined();
  });
});
