import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';

const PORT = Number(process.env['E2E_PORT'] ?? 3100);
const root = join(__dirname, '../..');
const output = join(__dirname, 'output');

/**
 * Runs against the built app served by the built API on a fresh SQLite database with demo data,
 * in Debian's Chromium (no browser download).
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(output, 'results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The journeys click through many pages; a busy 2-core machine needs headroom.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: join(output, 'report'), open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `rm -rf ${join(output, 'data')} && node ${join(root, 'dist/apps/api/main.js')}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      DATA_DIR: join(output, 'data'),
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      // Many logins from one address in one run; production keeps the stricter default.
      LOGIN_MAX_FAILURES_PER_IP: '1000',
    },
  },
});
