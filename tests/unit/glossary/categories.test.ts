import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryDescription } from '../../../src/lib/glossary/categories';
import { SUMMARY_MAX } from '../../../src/lib/glossary/schema';

describe('categoryDescription', () => {
  it('fits a meta description (at most 160 characters) for every category', () => {
    for (const category of CATEGORIES) {
      expect(categoryDescription(category).length, category.slug).toBeLessThanOrEqual(SUMMARY_MAX);
    }
  });

  it('uses the intro when a category has no description of its own', () => {
    expect(categoryDescription({ slug: 'x', name: 'X', intro: 'Kurz.' })).toBe('Kurz.');
    expect(categoryDescription({ slug: 'x', name: 'X', intro: 'Lang.', description: 'Kürzer.' })).toBe('Kürzer.');
  });
});
