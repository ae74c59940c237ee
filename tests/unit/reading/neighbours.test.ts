import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderNeighbours } from '../../../src/lib/reading/neighbours';

/** The neighbours of `key` in `ordered`, through a fresh index. */
const neighbours = <T,>(ordered: readonly T[], key: string, keyOf: (item: T) => string) => orderNeighbours(ordered, keyOf)(key);

const id = (s: string) => s;
const az = ['aida', 'bant', 'champ', 'usp'];

describe('orderNeighbours', () => {
  it('gives an entry in the middle its previous and next entry in the given order', () => {
    expect(neighbours(az, 'bant', id)).toEqual({ previous: 'aida', next: 'champ' });
  });

  it('gives the first entry no previous and the last no next: the list does not wrap around', () => {
    expect(neighbours(az, 'aida', id)).toEqual({ previous: undefined, next: 'bant' });
    expect(neighbours(az, 'usp', id)).toEqual({ previous: 'champ', next: undefined });
  });

  it('gives a single entry and an unknown key no neighbours', () => {
    expect(neighbours(['aida'], 'aida', id)).toEqual({ previous: undefined, next: undefined });
    expect(neighbours(az, 'gibt-es-nicht', id)).toEqual({ previous: undefined, next: undefined });
  });

  it('works on objects through the key function', () => {
    const entries = az.map((slug) => ({ id: slug }));
    expect(neighbours(entries, 'champ', (e) => e.id)).toEqual({ previous: { id: 'bant' }, next: { id: 'usp' } });
  });

  it('links every entry both ways: the next entry’s previous is the entry itself', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 30 }), (keys) => {
        keys.forEach((key, i) => {
          const { previous, next } = neighbours(keys, key, id);
          expect(previous).toBe(keys[i - 1]);
          if (next !== undefined) expect(neighbours(keys, next, id).previous).toBe(key);
        });
      }),
    );
  });
});
