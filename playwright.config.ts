import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './scripts/lib/chromium.mjs';

const port = Number(process.env.PORT ?? 4321);
// One message and no test run without a browser, instead of a launch error in every test.
const executablePath = requireChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    // --ignore-lock: Astro refuses a second preview server of the same project otherwise (npm start may be running).
    command: `npm run preview -- --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
