// Opens the extension's own pages (options, popup) in Chromium and reads the team policy
// status they show, through the same elements an agent looks at.
import type { Browser, Page } from 'puppeteer-core';
import { CHROME_EXTENSION_ID } from '../../../scripts/build-extension.mjs';

export async function openOptions(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options/options.html`, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="team-policy-title"]', { timeout: 10_000 });
  return page;
}

/** Waits until an element's text satisfies `accept`; fails with what it shows then. */
export async function waitForText(page: Page, selector: string, accept: RegExp, what: string): Promise<string> {
  try {
    await page.waitForFunction(
      (sel, source, flags) => new RegExp(source, flags).test(document.querySelector(sel)?.textContent ?? ''),
      { timeout: 15_000 },
      selector,
      accept.source,
      accept.flags,
    );
  } catch {
    throw new Error(`waited 15 s for ${what}; ${selector} shows "${await textOf(page, selector)}"`);
  }
  return textOf(page, selector);
}

export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);
}
