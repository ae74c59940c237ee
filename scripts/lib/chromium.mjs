// The Chromium the end-to-end tests and Lighthouse drive, and the flags they start it with. Playwright
// cannot download its own browser on our machines, so Debian's Chromium comes first: its headless
// shell where installed (the same engine without the desktop browser around it; Playwright's own
// headless runs use such a shell too), which opens a page in about half the time on these 2-core
// machines, else the full browser. CHROMIUM_PATH names another one; elsewhere Playwright's own build
// (npx playwright install chromium) is used.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's packages chromium-headless-shell and chromium, in this order. */
const DEBIAN_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * Flags for a headless Chromium on a machine without network: no sandbox (CI runs as root), and no
 * background traffic or look-ups of Google's hosts (the host resolver answers only for localhost).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/**
 * The Chromium to use: `{ path }` (undefined: Playwright's own browsers, so that Playwright picks its
 * headless shell), or `{ missing }`, one message naming the three ways to get one.
 * @returns {{ path: string | undefined, missing?: undefined } | { path?: undefined, missing: string }}
 */
function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return { path: configured };
    return { missing: missingMessage(`CHROMIUM_PATH zeigt auf ${configured}, dort liegt kein Chromium.`) };
  }
  const debian = DEBIAN_CHROMIUMS.find((path) => existsSync(path));
  if (debian) return { path: debian };
  if (existsSync(chromium.executablePath())) return { path: undefined };
  return { missing: missingMessage('Kein Chromium gefunden.') };
}

/**
 * The Chromium to use for Playwright (undefined: its own browsers). Without one, prints the message
 * naming the three ways to get one and exits, so no test starts only to fail on a launch error.
 * @returns {string | undefined}
 */
export function requireChromium() {
  const found = findChromium();
  if (found.missing) {
    console.error(found.missing);
    process.exit(1);
  }
  return found.path;
}

/**
 * The path of the Chromium to use, for tools other than Playwright (Lighthouse); exits like
 * requireChromium when there is none.
 * @returns {string}
 */
export function chromiumPath() {
  return requireChromium() ?? chromium.executablePath();
}

/** @param {string} problem */
function missingMessage(problem) {
  return [
    `${problem} Die End-to-End-Tests und Lighthouse brauchen einen Chromium-Browser. Drei Wege:`,
    '  1. Debian/Ubuntu: apt-get install chromium   (oder das schnellere chromium-headless-shell; beide werden unter /usr/bin gefunden)',
    '  2. ein vorhandenes Chromium angeben:  CHROMIUM_PATH=/pfad/zu/chromium npm test',
    '  3. Playwrights eigenes Chromium:  npx playwright install chromium',
  ].join('\n');
}
