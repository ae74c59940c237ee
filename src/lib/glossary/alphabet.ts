/** German A–Z ordering and grouping of entries (Ä files under A, ß under S). */
import { foldLetters } from '../text/fold';

const byBase = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });
const byVariant = new Intl.Collator('de-DE', { sensitivity: 'variant', numeric: true });

/** German order (DIN 5007-1): "Äpfel" beside "Apfel", case-insensitive; ties broken so the order is total. */
export function compareGerman(a: string, b: string): number {
  return byBase.compare(a, b) || byVariant.compare(a, b);
}

/** The letters of the letter bar, in order; '#' collects titles that start with a digit or sign. */
export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'] as const;

/** The index letter of a title: the first letter of its folded form („Ärger“ → A), upper case, or '#'. */
export function indexLetter(title: string): string {
  const first = foldLetters(title.trim()).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Sorts a copy of the items by title in German order. */
export function sortByTitle<T>(items: readonly T[], title: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareGerman(title(a), title(b)));
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Groups items by index letter, in the order of LETTERS, items sorted; empty letters are left out. */
export function groupByLetter<T>(items: readonly T[], title: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of sortByTitle(items, title)) {
    const letter = indexLetter(title(item));
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return LETTERS.filter((l) => groups.has(l)).map((letter) => ({ letter, items: groups.get(letter)! }));
}

/** Anchor id of a letter section on the A–Z page. */
export function letterId(letter: string): string {
  return letter === '#' ? 'buchstabe-0-9' : `buchstabe-${letter.toLowerCase()}`;
}
