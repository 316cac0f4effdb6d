// An agent with fast hands: an apply, Ctrl+Z, then at once, before coaching has caught up with
// either edit, a click on another underline and its suggestion. The suggestion shown must be the one applied, in its own span;
// a stale finding from the previous apply must never write into the text.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import { BROWSERS, withBrowserPage } from './harness/browsers';
import { FixturePage } from './harness/fixture-page';
import { ENGLISH_REPLY, applyFromCard, expectAppliedInside, pressAltShift, step, typeAndSeeFindings } from './harness/scenario';
import { TARGETS } from './harness/targets';

const FRAMEWORK_EDITORS = ['zendesk CKEditor 5', 'intercom ProseMirror', 'lexical', 'draft.js'];

let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('fast hands in %s', (browserName) => {
  const opened = withBrowserPage(browserName);

  it.each(TARGETS.filter((target) => FRAMEWORK_EDITORS.includes(target.label)))(
    '$label: apply, Ctrl+Z, and at once another suggestion: only that one is applied',
    async (target) => {
      const fixture = await FixturePage.open(opened.page, server.origin, target);
      const reply = ENGLISH_REPLY;
      await step('type the reply, see findings', () => typeAndSeeFindings(fixture, reply));
      await step('apply the first finding from the keyboard, Ctrl+Z without waiting', async () => {
        await fixture.clickOn(reply.first.clickOn);
        await fixture.waitForCard(true);
        await opened.page.keyboard.press('Escape');
        await fixture.waitForCard(false);
        await fixture.waitForEditorFocus();
        await pressAltShift(fixture, 'KeyR');
        const card = await fixture.waitForCard(true);
        await opened.page.keyboard.press('ArrowDown');
        await opened.page.keyboard.press('Enter');
        expectAppliedInside(reply.text, await fixture.settledModelText({ differsFrom: reply.text }), reply.first.phrase, card);
        await fixture.waitForCard(false);
        await fixture.waitForEditorFocus();
        await fixture.pressWithControl('KeyZ');
        await fixture.expectModelText(reply.text);
      });
      await step('at once, the other finding: its own suggestion, in its own span', async () => {
        await fixture.clickOn(reply.second.clickOn);
        const card = await fixture.waitForCard(true);
        await applyFromCard(fixture, () => fixture.clickSuggestion(0), 'a click on a suggestion', { before: reply.text, phrase: reply.second.phrase, card });
      });
    },
  );
});
