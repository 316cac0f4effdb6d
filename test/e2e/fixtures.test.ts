// The fixture pages themselves, without the extension: real typing reaches each editor's model,
// and each editor's own undo works. If these fail, coaching failures mean nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import { BROWSERS, launch, type LaunchedBrowser } from './harness/browsers';
import { FixturePage } from './harness/fixture-page';
import { TARGETS } from './harness/targets';

const REPLY = "Hi Noa, thanks for writing. I'll check order 4471 today.";

let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('fixture pages in %s', (browserName) => {
  let launched: LaunchedBrowser;
  let page: Page;
  beforeAll(async () => {
    launched = await launch(browserName, { withExtension: false });
    page = await launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
  });
  afterAll(() => launched?.close());

  it.each(TARGETS)('$label: typing reaches the model, the editor undoes it', async (target) => {
    const fixture = await FixturePage.open(page, server.origin, target);
    expect(await fixture.modelText()).toBe('');
    await fixture.focus();
    await fixture.type(REPLY);
    expect(await fixture.modelText()).toBe(REPLY);

    await fixture.pressWithControl('KeyZ');
    const undone = await fixture.settledModelText({ differsFrom: REPLY });
    expect(undone.length).toBeLessThan(REPLY.length);
    expect(REPLY.startsWith(undone)).toBe(true);
  });

  it('gmail: signature and quoted history stay out of the reply text', async () => {
    const gmail = await FixturePage.open(page, server.origin, TARGETS.find((t) => t.editorId === 'inline-reply')!);
    await gmail.focus();
    await gmail.type('Thanks Noa.');
    expect(await gmail.modelText()).toBe('Thanks Noa.');
    const full = await page.evaluate(() => window.__fixture!.editor('inline-reply').textContent);
    expect(full).toContain('Dana Cohen, Support team');
    expect(full).toContain('wrote:');
  });
});
