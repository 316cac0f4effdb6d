// The apply matrix: every kind of suggestion the default policies produce, applied by a click
// in every fixture editor, in Chromium and Firefox, English and Hebrew. Each case checks the
// editor's own model holds exactly the reply the agent meant (one insertion, one space,
// capitals right, nothing else changed), that Ctrl+Z gives back exactly what was typed, and
// that redo applies it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import { BROWSERS, withBrowserPage, type LaunchedBrowser } from './harness/browsers';
import { FixturePage } from './harness/fixture-page';
import { step } from './harness/scenario';
import { TARGETS, type Target } from './harness/targets';

interface ApplyCase {
  kind: string;
  /** Typed line by line (Enter between lines). */
  lines: string[];
  clickOn: string;
  /** The suggestion's label on the card. */
  label: string;
  expected: string;
  /** Typed right after the apply: an inserted placeholder is selected, so this replaces it. */
  fillWith?: string;
}

const ENGLISH: ApplyCase[] = [
  { kind: 'replace', lines: ['Hi Noa, with all due respect, the charge is correct.'], clickOn: 'respect', label: 'Clarify', expected: 'Hi Noa, to clarify, the charge is correct.' },
  { kind: 'remove', lines: ['Just restart the router and it works.'], clickOn: 'Just', label: 'Drop the minimizer', expected: 'Restart the router and it works.' },
  {
    kind: 'replace the clause',
    lines: ["Tracking shows it was delivered, so it's not our fault."],
    clickOn: 'fault',
    label: 'Own it',
    expected: 'Tracking shows it was delivered. Let me see what we can do about this right now.',
  },
  {
    kind: 'insert after the sentence, placeholder selected and typed over',
    lines: ['Thanks for waiting. We cannot refund this order.'],
    clickOn: 'refund',
    label: 'Add an offer',
    expected: 'Thanks for waiting. We cannot refund this order. What I can do for you is [what you can offer].',
    fillWith: 'a full voucher',
  },
  {
    kind: 'replace at the start of the line after a greeting',
    lines: ['Hi Noa,', 'as I already explained, the refund takes five days.'],
    clickOn: 'explained',
    label: 'Recap neutrally',
    expected: 'Hi Noa,\nTo recap, the refund takes five days.',
  },
];

const HEBREW: ApplyCase[] = [
  { kind: 'replace', lines: ['תירגע, ההחזר יוצא היום.'], clickOn: 'תירגע', label: 'להכיר ברגש', expected: 'זה באמת מרגיז, ההחזר יוצא היום.' },
  {
    kind: 'insert after the sentence',
    lines: ['לצערי אי אפשר לבטל את ההזמנה.'],
    clickOn: 'אפשר',
    label: 'להוסיף הצעה',
    expected: 'לצערי אי אפשר לבטל את ההזמנה. מה שאני כן יכול לעשות עבורך זה [מה שאפשר להציע].',
  },
];

/** Editors keep paragraphs apart with one or two line breaks in their models; the reply is the same. */
const normalised = (text: string) => text.replace(/\n+/g, '\n');

async function settledTo(fixture: FixturePage, expected: string, what: string): Promise<void> {
  await fixture.page
    .waitForFunction((id, want) => window.__fixture!.getModelText(id).replace(/\n+/g, '\n') === want, { timeout: 5_000 }, fixture.target.editorId, expected)
    .catch(() => undefined);
  expect(normalised(await fixture.modelText()), `${fixture.target.label}: ${what}`).toBe(expected);
}

async function typeLines(fixture: FixturePage, lines: string[]): Promise<void> {
  await fixture.focus();
  for (const [index, line] of lines.entries()) {
    if (index > 0) await fixture.page.keyboard.press('Enter');
    await fixture.type(line);
  }
}

async function clickSuggestionLabelled(fixture: FixturePage, label: string): Promise<void> {
  const card = await fixture.waitForCard(true);
  const index = card?.suggestions.findIndex((suggestion) => suggestion.split('\n')[0]?.trim() === label) ?? -1;
  if (index < 0) throw new Error(`${fixture.target.label}: no "${label}" on the card: ${JSON.stringify(card?.suggestions)}`);
  await fixture.thenRendered(() => fixture.clickSuggestion(index), `applying "${label}"`);
}

async function redo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyZ');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Control');
}

/** The few extension APIs the service worker is asked to use here (the project carries no chrome typings). */
declare const chrome: {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  scripting: {
    executeScript(options: { target: { tabId: number; allFrames: boolean }; func: () => boolean }): Promise<{ frameId: number; result?: boolean }[]>;
  };
};

/**
 * What the popup's "Insert at the start of the reply" does, from the extension's service worker
 * (Chromium): find the frame being coached, send it the reflection line. The popup itself asks
 * for the active tab, which a headless test cannot focus from outside.
 */
async function insertFromPopup(launched: LaunchedBrowser, pageUrl: string, text: string): Promise<unknown> {
  const worker = await (await launched.browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'))).worker();
  if (!worker) throw new Error('no extension service worker');
  return worker.evaluate(
    async (url, line) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) return { ok: false, error: `no tab at ${url}` };
      // The coach that owns the editor answers: the top frame's (it reaches into same-origin
      // frames and shadow roots), else the frame's own.
      const frames = await chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: () => true });
      const answers: unknown[] = [];
      for (const { frameId } of [...frames].sort((a, b) => a.frameId - b.frameId)) {
        const answer = await chrome.tabs.sendMessage(tab.id, { type: 'coaching.insert', text: line }, { frameId }).catch((error: Error) => ({ ok: false, error: error.message }));
        if (answer) return answer;
        answers.push(answer);
      }
      return { ok: false, error: `no coach answered: ${JSON.stringify(answers)}` };
    },
    pageUrl,
    text,
  );
}

let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('the apply matrix in %s', (browserName) => {
  const opened = withBrowserPage(browserName);

  const cases = TARGETS.flatMap((target) => [
    ...ENGLISH.map((applyCase) => ({ target, applyCase, path: target.path })),
    ...HEBREW.map((applyCase) => ({ target, applyCase, path: `${target.path}${target.path.includes('?') ? '&' : '?'}lang=he` })),
  ]);

  it.each(cases)('$target.label: $applyCase.kind ($applyCase.label)', async ({ target, applyCase, path }: { target: Target; applyCase: ApplyCase; path: string }) => {
    const fixture = await FixturePage.open(opened.page, server.origin, { ...target, path });
    const typed = applyCase.lines.join('\n');
    await step('type the reply', async () => {
      await typeLines(fixture, applyCase.lines);
      await settledTo(fixture, typed, 'the model holds what was typed');
      await fixture.waitForFindings({ min: 1 }, 'a finding to apply');
    });
    await step('apply the suggestion by a click', async () => {
      await fixture.clickOn(applyCase.clickOn);
      await clickSuggestionLabelled(fixture, applyCase.label);
      await settledTo(fixture, applyCase.expected, 'the reply after the apply');
    });
    if (applyCase.fillWith) {
      const fill = applyCase.fillWith;
      await step('type over the selected placeholder', async () => {
        await fixture.type(fill);
        await settledTo(fixture, applyCase.expected.replace(/\[[^\]]+\]/, fill), 'typing replaced the placeholder');
      });
      return;
    }
    await step('Ctrl+Z gives back exactly what was typed', async () => {
      await fixture.pressWithControl('KeyZ');
      await settledTo(fixture, typed, 'after Ctrl+Z');
    });
    await step('redo applies it again', async () => {
      await redo(opened.page);
      await settledTo(fixture, applyCase.expected, 'after redo');
    });
  });

  const reflectionLine = 'If I understand correctly, you were charged twice. Is that right?';
  it.runIf(browserName === 'chromium').each(TARGETS)('$label: the popup inserts the reflection line after the greeting', async (target: Target) => {
    const fixture = await FixturePage.open(opened.page, server.origin, target);
    const typed = 'Hi Noa,\nThe refund is on its way.';
    await typeLines(fixture, typed.split('\n'));
    await settledTo(fixture, typed, 'the model holds what was typed');
    await fixture.waitForFindings({ min: 0 }, 'the reply to be coached');
    const outcome = await insertFromPopup(opened.launched, opened.page.url(), reflectionLine);
    expect(outcome, `${target.label}: the insert's outcome`).toMatchObject({ ok: true });
    await settledTo(fixture, `Hi Noa,\n${reflectionLine} The refund is on its way.`, 'after the insert');
    await fixture.focus();
    await fixture.pressWithControl('KeyZ');
    await settledTo(fixture, typed, 'after Ctrl+Z');
  });
});
