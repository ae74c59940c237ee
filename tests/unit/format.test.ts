import { describe, expect, it } from 'vitest';
import { formatDate, formatList, isoDay } from '../../src/lib/format';

describe('dates and lists', () => {
  it('formats a UTC date as YYYY-MM-DD', () => {
    expect(isoDay(new Date('2026-11-27'))).toBe('2026-11-27');
  });

  it('writes a frontmatter date and a list the German way', () => {
    expect(formatDate(new Date('2026-11-27'))).toBe('27. November 2026');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B und C');
  });
});
