/**
 * Reading time of an entry in whole minutes, from its word count.
 *
 * Speed: 200 words per minute, an editorial choice. Brysbaert's meta-analysis of 190 studies
 * (How many words do we read per minute?, Journal of Memory and Language 109, 2019,
 * doi:10.1016/j.jml.2019.104047) puts silent reading of English non-fiction at 238 words per
 * minute; German says the same in fewer, longer words (compounds), and our entries are
 * specialist text with figures and tables, so we assume fewer words per minute. Readers should
 * rather finish early than late.
 */
import { countWords } from '../glossary/editorial';

export const WORDS_PER_MINUTE = 200;

/** Minutes for a number of words: rounded to the nearest minute, at least 1; bad input counts as 0 words. */
export function readingMinutes(words: number): number {
  const n = Number.isFinite(words) && words > 0 ? words : 0;
  return Math.max(1, Math.round(n / WORDS_PER_MINUTE));
}

/**
 * The words a reader reads on an entry page: the definition (summary), the key points and the
 * text, counted the way the content check counts the text (countWords).
 */
export function entryWords(entry: { summary: string; keyPoints: readonly string[]; body: string }): number {
  return [entry.summary, ...entry.keyPoints, entry.body].reduce((sum, text) => sum + countWords(text), 0);
}

/** "4 Min. Lesezeit". */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} Min. Lesezeit`;
}
