// The Chromium the end-to-end tests and Lighthouse drive, and the flags they start it with. Playwright
// cannot download its own browser on our machines, so Debian's Chromium comes first; CHROMIUM_PATH
// names another one; elsewhere Playwright's own build (npx playwright install chromium) is used.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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
 * The Chromium to use: `{ path }`, or `{ missing }`, one message naming the three ways to get one.
 * @returns {{ path: string, missing?: undefined } | { path?: undefined, missing: string }}
 */
export function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return { path: configured };
    return { missing: missingMessage(`CHROMIUM_PATH zeigt auf ${configured}, dort liegt kein Chromium.`) };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM };
  const playwrights = chromium.executablePath();
  if (existsSync(playwrights)) return { path: playwrights };
  return { missing: missingMessage('Kein Chromium gefunden.') };
}

/** @param {string} problem */
function missingMessage(problem) {
  return [
    `${problem} Die End-to-End-Tests und Lighthouse brauchen einen Chromium-Browser. Drei Wege:`,
    '  1. Debian/Ubuntu: apt-get install chromium   (wird unter /usr/bin/chromium gefunden)',
    '  2. ein vorhandenes Chromium angeben:  CHROMIUM_PATH=/pfad/zu/chromium npm test',
    '  3. Playwrights eigenes Chromium:  npx playwright install chromium',
  ].join('\n');
}
