/** Absolute URLs on the configured site URL, from the root-relative paths the pages use. */

/** "https://glossar.fioro.de" + "/glossar/lead/" → "https://glossar.fioro.de/glossar/lead/". */
export function absoluteUrl(siteUrl: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`Expected a root-relative path, got "${path}".`);
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href;
}

/** The newest of the dates, or undefined for none. */
export function newest(dates: readonly Date[]): Date | undefined {
  let best: Date | undefined;
  for (const date of dates) if (!best || date.getTime() > best.getTime()) best = date;
  return best;
}
