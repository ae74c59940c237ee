/**
 * The previous and next entry of an entry in A–Z order. The first entry has no previous and the
 * last no next: the list does not wrap around, because "Z → A" as "next" would not be the
 * alphabet readers expect.
 */

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/** Neighbours of the item whose key is `key` in `ordered`; none when the key is not in the list. */
export function neighbours<T>(ordered: readonly T[], key: string, keyOf: (item: T) => string): Neighbours<T> {
  const i = ordered.findIndex((item) => keyOf(item) === key);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}
