import { describe, expect, it } from 'vitest';
import { absoluteUrl, newest } from '../../../src/lib/seo/url';

describe('absoluteUrl', () => {
  it('puts a root-relative path on the site URL, with or without its trailing slash', () => {
    expect(absoluteUrl('https://glossar.fioro.de', '/glossar/lead/')).toBe('https://glossar.fioro.de/glossar/lead/');
    expect(absoluteUrl('https://glossar.fioro.de/', '/')).toBe('https://glossar.fioro.de/');
  });

  it('rejects a relative path, which would depend on the current page', () => {
    expect(() => absoluteUrl('https://glossar.fioro.de', 'glossar/lead/')).toThrow();
  });
});

describe('newest', () => {
  it('finds the newest date, and nothing in an empty list', () => {
    const dates = [new Date('2025-01-02'), new Date('2026-03-04'), new Date('2026-01-01')];
    expect(newest(dates)?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
    expect(newest([])).toBeUndefined();
  });
});
