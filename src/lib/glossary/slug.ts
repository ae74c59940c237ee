/**
 * Entry slugs: the file name of an entry and its URL segment under /glossar/. `npm run new` derives
 * one from the title; the schema and the link graph check the form. Imported directly by
 * scripts/new-entry.mjs, so its own imports carry the .ts extension.
 */
import { foldLetters } from '../text/fold.ts';

/** A slug: lowercase ASCII words joined by single hyphens (also the file name). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of a German title: folded (ä → ae, ß → ss, other accents dropped, lower case), every run
 * of other characters one hyphen, no hyphen at either end. "Kundenprofitabilität" →
 * "kundenprofitabilitaet"; empty when the title has no letter or digit.
 */
export function slugify(title: string): string {
  return foldLetters(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
