// The scenario suite with the built extension, on every fixture, in Chromium and Firefox ESR:
// type a reply, see the findings, open the card by click and by keyboard, apply, undo, type on.
// The model text must always be exactly what the agent typed or chose; nothing may leave.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import { placeholderSpans } from '../../src/core/placeholders';
import { BROWSERS, launch, type LaunchedBrowser } from './harness/browsers';
import { FixturePage } from './harness/fixture-page';
import { startOutboundSink, type OutboundSink } from './harness/outbound-sink';
import { RequestLog } from './harness/request-log';
import { ENGLISH_REPLY, HEBREW_REPLY, applyFromCard, pressAltShift, step, typeAndSeeFindings, undoTo } from './harness/scenario';
import { singleChange } from './harness/reply-diff';
import { TARGETS, type Target } from './harness/targets';

const SCREENSHOTS = 'test-results/screenshots';
const HEBREW_TARGETS: Target[] = [
  { label: 'gmail pop-out compose', path: 'gmail.html?lang=he', editorId: 'compose-1' },
  { label: 'zendesk CKEditor 5', path: 'zendesk.html?lang=he', editorId: 'reply' },
  { label: 'textarea right to left', path: 'textarea.html?lang=he', editorId: 'reply' },
];
/** Pages whose card goes into the screenshots (and the README). */
const SCREENSHOT_OF: Record<string, string> = { 'gmail pop-out compose': 'gmail', 'zendesk CKEditor 5': 'zendesk' };

let server: Awaited<ReturnType<typeof serveFixtures>>;
let sink: OutboundSink;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveFixtures();
  sink = await startOutboundSink();
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

describe.each(BROWSERS)('coaching in %s', (browserName) => {
  let launched: LaunchedBrowser;
  let page: Page;
  let requests: RequestLog;
  beforeAll(async () => {
    launched = await launch(browserName, { sink });
    page = await launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    requests = new RequestLog(server.origin);
    requests.watch(page);
  });
  afterAll(() => launched?.close());
  afterEach(() => {
    expect(requests.outside(), 'requests from the page or content scripts to anywhere but the fixture server').toEqual([]);
    expect(sink.attempts, 'requests that tried to leave the browser').toEqual([]);
  });

  it('the request checks catch a request that leaves (so their silence means something)', async () => {
    await page.goto(`${server.origin}/index.html`);
    await page.evaluate(() => fetch('http://reframe-e2e.invalid/leak').catch(() => undefined));
    expect(requests.outside()).toEqual(['http://reframe-e2e.invalid/leak']);
    expect(sink.attempts.some((attempt) => attempt.includes('reframe-e2e.invalid'))).toBe(true);
    requests.clear();
    sink.attempts.length = 0;
  });

  it.each(TARGETS)('$label: findings, card by click and keyboard, apply, undo, typing goes on', async (target: Target) => {
    const fixture = await FixturePage.open(page, server.origin, target);
    const reply = ENGLISH_REPLY;
    await step('type the reply, see findings', () => typeAndSeeFindings(fixture, reply));

    await step('click the underline, card opens; Esc closes it', async () => {
      await fixture.clickOn(reply.first.clickOn);
      const card = await fixture.waitForCard(true);
      expect(card?.suggestions.length).toBeGreaterThan(0);
      const shot = SCREENSHOT_OF[target.label];
      if (shot) await page.screenshot({ path: `${SCREENSHOTS}/card-${shot}-${browserName}.png` });
      await page.keyboard.press('Escape');
      await fixture.waitForCard(false);
      await fixture.waitForEditorFocus();
      expect(await fixture.modelText()).toBe(reply.text);
    });

    await step('Alt+Shift+R at the caret opens the card; ArrowDown, Enter applies', async () => {
      await pressAltShift(fixture, 'KeyR');
      const card = await fixture.waitForCard(true);
      await page.keyboard.press('ArrowDown');
      await applyFromCard(fixture, () => page.keyboard.press('Enter'), 'Enter on a suggestion', { before: reply.text, phrase: reply.first.phrase, card });
    });

    await step('Ctrl+Z gives back exactly what was typed', () => undoTo(fixture, reply.text));

    await step('click a suggestion of the other finding; Ctrl+Z', async () => {
      await fixture.clickOn(reply.second.clickOn);
      const card = await fixture.waitForCard(true);
      await applyFromCard(fixture, () => fixture.clickSuggestion(0), 'a click on a suggestion', { before: reply.text, phrase: reply.second.phrase, card });
      await undoTo(fixture, reply.text);
    });

    await step('typing goes on at the end, coaching keeps up', async () => {
      await fixture.clickAfter(reply.text.slice(-9));
      await fixture.type(reply.more);
      await fixture.expectModelText(reply.text + reply.more);
      await fixture.waitForFindings({ min: 2 }, 'findings after typing on');
    });

    await step('apply, then type at once: the keys land right after the inserted text, or over its placeholder', async () => {
      const before = reply.text + reply.more;
      await fixture.clickOn(reply.second.clickOn);
      const card = await fixture.waitForCard(true);
      const applied = await applyFromCard(fixture, () => fixture.clickSuggestion(0), 'a click on a suggestion', { before, phrase: reply.second.phrase, card });
      const change = singleChange(before, applied);
      await fixture.type(' ok');
      // An inserted placeholder ("[the customer's problem, in their words]") is selected after the
      // apply, so typing replaces it; otherwise the keys follow the inserted text.
      const placeholder = placeholderSpans(change.inserted)[0];
      const from = change.at + (placeholder?.start ?? change.inserted.length);
      const to = change.at + (placeholder?.end ?? change.inserted.length);
      await fixture.expectModelText(`${applied.slice(0, from)} ok${applied.slice(to)}`);
    });
  });

  it('gmail: two composes open at once are coached each on its own', async () => {
    const first = await FixturePage.open(page, server.origin, { label: 'gmail compose 1', path: 'gmail.html', editorId: 'compose-1' });
    await typeAndSeeFindings(first, ENGLISH_REPLY);
    const second = new FixturePage(page, { label: 'gmail compose 2', path: 'gmail.html', editorId: 'compose-2' });
    const other = "Please calm down, it's not our fault.";
    await second.focus();
    await second.type(other);
    await second.waitForFindings({ min: 1 }, 'findings in the second compose');
    await second.expectModelText(other);
    await first.expectModelText(ENGLISH_REPLY.text);
    expect(await first.findingsCount()).toBeGreaterThanOrEqual(2);
    expect(await first.highlightedTexts()).not.toEqual([]);
  });

  it('a field with data-reframe="off" is left alone while its neighbour is coached', async () => {
    const optedOut = await FixturePage.open(page, server.origin, { label: 'opted-out textarea', path: 'textarea.html', editorId: 'private-notes' });
    await optedOut.focus();
    await optedOut.type(ENGLISH_REPLY.text);
    const coached = new FixturePage(page, { label: 'textarea', path: 'textarea.html', editorId: 'reply' });
    await coached.focus();
    await coached.type(ENGLISH_REPLY.text);
    // The neighbour's findings prove the extension has run and analysed by now.
    await coached.waitForFindings({ min: 2 }, 'findings in the coached field');
    expect(await optedOut.findingsCount()).toBeNull();
    expect(await optedOut.modelText()).toBe(ENGLISH_REPLY.text);
  });

  // Issue 5: a Hebrew reply on the Gmail-like and Zendesk-like pages, right to left.
  it.each(HEBREW_TARGETS)('Hebrew, $label: underlined, card right to left, apply and undo', async (target: Target) => {
    const fixture = await FixturePage.open(page, server.origin, target);
    const reply = HEBREW_REPLY;
    await step('type the Hebrew reply, see findings', () => typeAndSeeFindings(fixture, reply));
    const card = await step('click the underline, the card opens right to left', async () => {
      await fixture.clickOn(reply.first.clickOn);
      const opened = await fixture.waitForCard(true);
      expect(opened?.dir).toBe('rtl');
      await page.screenshot({ path: `${SCREENSHOTS}/card-hebrew-${target.label.split(' ')[0]}-${browserName}.png` });
      return opened;
    });
    await step('apply, then Ctrl+Z', async () => {
      await applyFromCard(fixture, () => fixture.clickSuggestion(0), 'a click on a suggestion', { before: reply.text, phrase: reply.first.phrase, card });
      await undoTo(fixture, reply.text);
    });
  });
});
