// The rule editor in the real options page (Chromium): validation errors appear next to the
// field they concern as the lead types, a phrase shows the pattern it becomes, and the live
// tester shows which rule fires and where. The background checks the draft (the options page
// carries no analyser), so each check is waited for rather than read at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type LaunchedBrowser } from '../harness/browsers';
import { openOptions, waitForText } from './extension-pages';

/** The messages shown next to one field of the rule form. */
function errorsAt(page: Page, field: string): Promise<string[]> {
  return page.$$eval(`.rf-rule [data-field="${field}"] .rf-errors li`, (items) => items.map((item) => item.textContent ?? ''));
}

/** Retries `check` (an assertion) until it holds, for up to 5 s: the answer comes from the background. */
async function eventually(check: () => Promise<void>): Promise<void> {
  const until = Date.now() + 5_000;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function replaceText(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

describe('rule editor in chromium', () => {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launch('chromium');
  });
  afterAll(() => launched?.close());

  it('shows errors beside their fields while typing, and tests the rule live', async () => {
    const page = await openOptions(launched!.browser);
    await page.click('::-p-text(Start empty)');
    await page.click('::-p-text(Add a rule)');
    await page.waitForSelector('#rule-0-phrases');
    await eventually(async () => {
      expect((await errorsAt(page, 'patterns')).join(' ')).toMatch(/at least 1/);
    });
    await eventually(async () => {
      expect(await errorsAt(page, 'message')).toHaveLength(1);
    });
    await eventually(async () => {
      expect(await page.$eval('.rf-validity', (element) => element.getAttribute('data-valid'))).toBe('false');
    });

    await replaceText(page, '#rule-0-id', 'Courier Dates');
    await eventually(async () => {
      expect((await errorsAt(page, 'id')).length).toBeGreaterThan(0);
    });
    await replaceText(page, '#rule-0-id', 'courier-dates');
    await eventually(async () => {
      expect(await errorsAt(page, 'id')).toEqual([]);
    });

    // The lead writes a plain phrase and sees the pattern it becomes.
    await page.type('#rule-0-phrases', 'It will arrive TOMORROW!');
    await eventually(async () => {
      expect(await errorsAt(page, 'patterns')).toEqual([]);
    });
    await eventually(async () => {
      expect(await page.$eval('.rf-phrase-patterns dd', (item) => item.textContent)).toBe('it will arrive tomorrow');
    });
    await page.type('#rule-0-message', "Don't promise a delivery date before the courier confirms it.");
    await page.type('#rule-0-why', 'A date the courier then misses is a second broken promise.');
    await page.type('#rule-0-suggestions', "I'll confirm the delivery date as soon as the courier does.");
    await page.type('#rule-0-examples-flag', 'Good news, it will arrive tomorrow.');
    await page.type('#rule-0-examples-pass', "I'll confirm the date once the courier does.");
    await eventually(async () => {
      expect(await page.$$eval('.rf-rule .rf-errors li', (items) => items.map((item) => item.textContent))).toEqual([]);
    });
    await eventually(async () => {
      expect(await page.$eval('.rf-validity', (element) => element.getAttribute('data-valid'))).toBe('true');
    });

    const sample = 'Thanks for waiting. Good news, it will arrive tomorrow.';
    await page.type('#rf-tester-sample', sample);
    const hit = await page.waitForSelector('.rf-tester-findings [data-rule-id="courier-dates"]');
    const [start, end] = await hit!.evaluate((item) => [Number(item.getAttribute('data-start')), Number(item.getAttribute('data-end'))]);
    expect(sample.slice(start, end)).toBe('it will arrive tomorrow');
    expect(await page.$eval('.rf-tester mark[data-rule-id="courier-dates"]', (mark) => mark.textContent)).toBe('it will arrive tomorrow');

    // An edit that stops the rule matching takes the finding away at once.
    await replaceText(page, '#rule-0-phrases', 'the parcel ships today');
    await page.waitForFunction(() => !document.querySelector('.rf-tester-findings [data-rule-id="courier-dates"]'));

    // The finished policy goes into this browser as the team policy.
    await replaceText(page, '#rule-0-phrases', 'it will arrive tomorrow');
    await page.click('::-p-text(Use in this browser)');
    await waitForText(page, '[data-testid="team-policy-source"]', /imported from My team/, 'the written policy in use');
  });
});
