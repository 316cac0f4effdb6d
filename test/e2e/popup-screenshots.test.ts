// The popup as an agent sees it over a reply on the Zendesk-like page, English and Hebrew, in
// Chromium: the real popup page, pointed at the reply's tab (a headless browser has no toolbar
// to open it from, so its "active tab" lookup is answered with that tab). Saved for the README.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import { launch, type LaunchedBrowser } from './harness/browsers';
import { FixturePage } from './harness/fixture-page';

const SCREENSHOTS = 'test-results/screenshots';
const REPLIES = {
  en: { path: 'zendesk.html', text: "Hi Noa, I understand your problem. It's company policy, so we cannot refund it." },
  he: { path: 'zendesk.html?lang=he', text: 'היי נועה, כן הבנתי את הבעיה שלך. זו המדיניות של החברה, אז אי אפשר לבטל.' },
} as const;

let server: Awaited<ReturnType<typeof serveFixtures>>;
let launched: LaunchedBrowser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveFixtures();
  launched = await launch('chromium');
});
afterAll(async () => {
  await launched?.close();
  await server?.close();
});

describe('the popup over a coached reply', () => {
  it.each(Object.entries(REPLIES))('%s: structure, findings in plain words, the policy named for people', async (lang, reply) => {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const fixture = await FixturePage.open(page, server.origin, { label: `zendesk ${lang}`, path: reply.path, editorId: 'reply' });
    await fixture.focus();
    await fixture.type(reply.text);
    await fixture.waitForFindings({ min: 2 }, 'findings in the reply');

    const worker = await (await launched.browser.waitForTarget((target) => target.type() === 'service_worker')).worker();
    // Node's URL gives a chrome-extension: URL no origin.
    const extensionOrigin = `chrome-extension://${new URL(worker!.url()).host}`;
    const popup = await launched.browser.newPage();
    await popup.setViewport({ width: 420, height: 760 });
    const replyUrl = page.url();
    await popup.evaluateOnNewDocument((url) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query: (filter: object) => Promise<unknown[]> } } }).chrome.tabs;
      const query = tabs.query.bind(tabs);
      tabs.query = (filter: object) => ('active' in filter ? query({ url }) : query(filter));
    }, replyUrl);
    await popup.goto(`${extensionOrigin}/popup/popup.html`);
    await popup.waitForSelector('[data-testid="coaching"] .finding', { timeout: 10_000 });
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('Reframe default');
    expect(text).not.toMatch(/seed|reframe:default/);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-${lang}.png`, fullPage: true });
    await popup.close();
    await page.close();
  });
});
