import { describe, expect, it } from 'vitest';
import { normalWords, sentences, sharedRuns, sharedSentences, textBlocks, wordRuns } from '../../../src/lib/glossary/overlap';

describe('normalWords', () => {
  it('folds case, umlauts and hyphens and drops punctuation and Markdown markup', () => {
    expect(normalWords('**Ergänzende** Cross-Selling-Angebote, „sofort“!')).toEqual(['ergaenzende', 'cross', 'selling', 'angebote', 'sofort']);
  });
});

describe('textBlocks', () => {
  it('keeps link text and the text inside callouts, drops link targets, tags and empty lines', () => {
    const body = '## Titel\n\nSiehe [Qualifizierung](/glossar/qualifizierung/).\n\n<Tipp>\n\nRechnen!\n\n</Tipp>\n<CrossSellingRechner />';
    expect(textBlocks(body)).toEqual(['## Titel', 'Siehe [Qualifizierung].', 'Rechnen!']);
  });

  it('splits table rows into cells', () => {
    expect(textBlocks('| Kunde | Umsatz |\n|---|---|\n| A | 1.200 € |')).toEqual(['Kunde', 'Umsatz', 'A', '1.200 €']);
  });
});

describe('sentences', () => {
  it('ends a sentence at . ! ? before a word that is not lower case', () => {
    expect(sentences('Erstens gilt das. Zweitens nicht! Warum? „Darum.“ 2016 zahlte sie.')).toEqual([
      'Erstens gilt das.',
      'Zweitens nicht!',
      'Warum?',
      '„Darum.“',
      '2016 zahlte sie.',
    ]);
  });

  it('does not end a sentence at an abbreviation or before a lower-case word', () => {
    const text = 'Das gilt z. B. für Kunden nach § 7 Abs. 2 Nr. 1 UWG, d. h. fast immer, und ca. 20 Mio. Euro. Neu.';
    expect(sentences(text)).toEqual(['Das gilt z. B. für Kunden nach § 7 Abs. 2 Nr. 1 UWG, d. h. fast immer, und ca. 20 Mio. Euro.', 'Neu.']);
  });
});

describe('sharedRuns', () => {
  it('finds runs of n words an entry shares with a source, whatever the case and punctuation', () => {
    const source = wordRuns(['Ein Kunde kauft ergänzende Produkte, wenn er vertraut.'], 6);
    expect(sharedRuns(['Jeder KUNDE kauft **ergänzende** Produkte – wenn er vertraut.'], source, 6)).toEqual([
      'kunde kauft ergaenzende produkte wenn er',
      'kauft ergaenzende produkte wenn er vertraut',
    ]);
    expect(sharedRuns(['Ein Kunde kauft ergänzende Produkte nur selten.'], source, 6)).toEqual([]);
  });

  it('does not join words across blocks', () => {
    const source = wordRuns(['eins zwei drei vier fünf sechs'], 6);
    expect(sharedRuns(['eins zwei drei', 'vier fünf sechs'], source, 6)).toEqual([]);
  });
});

describe('sharedSentences', () => {
  const long = 'Im Schnitt müssen mehrere Personen einem Kauf im B2B-Geschäft formell zustimmen, sagt die Studie.';

  it('reports a long sentence found in two files, compared in folded form', () => {
    const texts = [
      { file: 'a.mdx', blocks: [`Erster Satz. ${long}`] },
      { file: 'b.mdx', blocks: [long.replace('Studie.', '**Studie**.').toUpperCase()] },
      { file: 'c.mdx', blocks: ['Etwas anderes.'] },
    ];
    expect(sharedSentences(texts, 12)).toEqual([{ sentence: long, files: ['a.mdx', 'b.mdx'] }]);
  });

  it('ignores shorter sentences and repeats within one file', () => {
    const texts = [
      { file: 'a.mdx', blocks: [long, long] },
      { file: 'b.mdx', blocks: ['Das ist kurz.'] },
      { file: 'c.mdx', blocks: ['Das ist kurz.'] },
    ];
    expect(sharedSentences(texts, 12)).toEqual([]);
  });
});
