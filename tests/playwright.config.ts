import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the built site (`dist/`, served by `astro preview`).
 * Build first: `npm test` does, or `npm run build`.
 *
 * Browser: Debian's Chromium where it is installed (CI and these machines cannot
 * download Playwright's own build); elsewhere Playwright's Chromium after
 * `npx playwright install chromium`. CHROMIUM_PATH overrides both.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const port = Number(process.env.PREVIEW_PORT ?? 4329);
/** Loopback port of the real nginx (deploy/nginx.conf) for the hosting tests. */
const nginxPort = Number(process.env.NGINX_PORT ?? port + 50);
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'hosting/**',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The same built site behind the shipped nginx configuration.
      name: 'nginx',
      testMatch: 'hosting/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${nginxPort}` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node e2e/hosting/start-nginx.mjs ${nginxPort}`,
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
