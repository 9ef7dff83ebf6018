import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { Store } from '../../src/db/database';
import type { Config } from '../../src/server/config';
import { CHROMIUM_ARGS } from './browser-session';
import { openTestStore, type TestStoreOptions } from './test-app';

export const PHONE = { width: 360, height: 740 };

/** A phone's page in a browser already open: 360 × 740, JavaScript off (the public pages work without it). */
export async function openPhonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'vi-VN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export type CitizenPhone = { browser: Browser; page: Page; url: string; close: () => Promise<void> };

/**
 * A citizen's phone on the public pages: the real server on a fresh demo database (`prepare` adds what a
 * test needs before it starts), and Chromium at 360 × 740 with JavaScript switched off.
 */
export async function openCitizenPhone(options: TestStoreOptions, prepare?: (store: Store, config: Config, browser: Browser) => Promise<void>): Promise<CitizenPhone> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const { store, config, dispose } = await openTestStore('sqlite', options);
  await prepare?.(store, config, browser);
  const app = await buildApp({ store, config, logger: false, webRoot: '/nonexistent' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const { page } = await openPhonePage(browser);
  return {
    browser,
    page,
    url,
    close: async () => {
      await browser.close();
      await app.close();
      await dispose();
    },
  };
}

/** Nothing sticks out sideways: a phone user never scrolls left and right to read. */
export async function expectFitsPhone(page: Page) {
  // Playwright's own evaluation still runs with the page's scripts switched off.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}
