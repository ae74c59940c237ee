/**
 * The previous and next entry of an entry in A–Z order. The first entry has no previous and the
 * last no next: the list does not wrap around, because "Z → A" as "next" would not be the
 * alphabet readers expect.
 */

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/**
 * The neighbours of every item of `ordered`, looked up by key: the positions are indexed once, so
 * that each page of a glossary of thousands of entries finds its neighbours without a pass over
 * all of them. An unknown key has none.
 */
export function orderNeighbours<T>(ordered: readonly T[], keyOf: (item: T) => string): (key: string) => Neighbours<T> {
  const position = new Map(ordered.map((item, i) => [keyOf(item), i]));
  return (key) => {
    const i = position.get(key);
    if (i === undefined) return { previous: undefined, next: undefined };
    return { previous: ordered[i - 1], next: ordered[i + 1] };
  };
}
