import { describe, expect, it } from 'vitest';
import { matchRanges, searchWords } from '../../../src/lib/search/highlight';

const marked = (text: string, query: string) =>
  matchRanges(text, searchWords(query)).map(([s, e]) => text.slice(s, e));

describe('searchWords', () => {
  it('splits, folds and de-duplicates; drops one-letter words', () => {
    expect(searchWords('Querverkauf  querverkauf, a „Nutzen“')).toEqual(['querverkauf', 'nutzen']);
  });
});

describe('matchRanges', () => {
  it('marks whole words that start with a search word, case-insensitively', () => {
    expect(marked('Cross-Selling heißt auch Querverkauf; querverkaufen geht auch.', 'querverkauf')).toEqual([
      'Querverkauf',
      'querverkaufen',
    ]);
  });

  it('ignores umlaut spelling and marks hyphenated compounds', () => {
    expect(marked('Die Reziprozität wirkt.', 'reziprozitaet')).toEqual(['Reziprozität']);
    expect(marked('Eine Cross-Selling-Kampagne', 'cross selling')).toEqual(['Cross-Selling-Kampagne']);
  });

  it('marks a compound when one of its hyphenated parts starts with a search word', () => {
    expect(marked('Up-Selling und Cross-Selling-Kampagnen', 'selling')).toEqual(['Up-Selling', 'Cross-Selling-Kampagnen']);
  });

  it('does not mark words that only contain the search word inside', () => {
    expect(marked('Die Kundenbindung und Neukunden', 'kunden')).toEqual(['Kundenbindung']);
  });

  it('returns no ranges without search words', () => {
    expect(matchRanges('Text', [])).toEqual([]);
  });
});
